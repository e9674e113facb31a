// Configs whose start-up the linter does not predict, each with the reason, and the broker's words for its refusal
// (so that an exception cannot hide a different refusal). Reviewed one by one against the broker's answer.

export interface StartupException {
  reason: string;
  /** The broker's reason for refusing; absent when the broker starts although the linter predicts a refusal. */
  brokerSays?: RegExp;
  /** The rewrite cannot make it a local broker (prepareConfig says why). */
  unrunnable?: true;
}

/** The credentials.properties of ActiveMQ's distribution, beside every installed activemq.xml. */
export const DISTRIBUTION_CREDENTIALS = 'activemq.username=system\nactivemq.password=manager\nguest.password=password\n';

export const CORPUS_CONDITIONS = 'each corpus file alone, with the distribution\'s credentials.properties beside it, on Debian\'s activemq 5.17.2 package';

const NOT_PACKAGED = 'Debian\'s activemq package does not ship it (a classpath matter the linter cannot see)';

const JASYPT: StartupException = {
  reason: `encrypted passwords through jasypt's Spring integration (EncryptablePropertyPlaceholderConfigurer); ${NOT_PACKAGED}`,
  brokerSays: /ClassNotFoundException: org\.jasypt\.spring(4|31)\.properties\.EncryptablePropertyPlaceholderConfigurer/,
};
const INSIGHT_LOG: StartupException = {
  reason: `the web console's log query bean (insight-log of fabric8 / FuseSource, in the Apache distribution and Red Hat A-MQ); ${NOT_PACKAGED}`,
  brokerSays: /ClassNotFoundException: (io\.fabric8|org\.fusesource)\.insight\.log\.log4j\.Log4jLogQuery/,
};
const RUNTIME_CONFIG: StartupException = {
  reason: `runtimeConfigurationPlugin (activemq-runtime-config); ${NOT_PACKAGED}`,
  brokerSays: /ClassNotFoundException: org\.apache\.activemq\.plugin\.RuntimeConfigurationPlugin/,
};
const FABRIC: StartupException = {
  reason: 'Red Hat JBoss A-MQ / Fuse\'s fabric ConfigurationProperties bean, which only that product ships',
  brokerSays: /(org\.fusesource|io\.fabric8)\.mq\.fabric\.ConfigurationProperties/,
};
const STORES: StartupException = {
  reason: 'its sslContext names key or trust store files the corpus does not hold; ssl-context reports a missing store only as a warning, since the linter may look at a copy without its stores',
  brokerSays: /FileNotFoundException: .*\.(ks|jks)\]? (\(No such file or directory\)|cannot be opened because it does not exist)/,
};
const PLACEHOLDER: StartupException = {
  reason: 'a ${…} placeholder its deployment supplies (environment, system property or a properties file the corpus lacks)',
  brokerSays: /Could not resolve placeholder '[\w.]+'/,
};
const OLD_NAMESPACE: StartupException = {
  reason: 'the ActiveMQ 4 / 5.0 namespace http://activemq.org/config/1.0, which 5.17.2\'s schema no longer declares; the linter does not take it for a broker config',
  brokerSays: /cvc-complex-type\.2\.4\.c: The matching wildcard is strict, but no declaration can be found for element 'broker'\./,
};
const NEWER_SCHEMA = (what: string, brokerSays: RegExp): StartupException => ({
  reason: `written for another ActiveMQ version: 5.17.2's schema has no ${what}, outside the security parts that unknown-element and unknown-attribute check`,
  brokerSays,
});

export const EXCEPTIONS: Record<string, StartupException> = {
  'examples/alfresco/activemq.xml': {
    reason: 'its planted start-up errors (the sll:// scheme, port 61616 twice) are in the connectors prepareConfig replaces; what stops it here is the key store password credentials.properties would hold, which the example does not ship',
    brokerSays: /Could not resolve placeholder 'keystore\.password'/,
  },
  'test/fixtures/transport/accepted-connectors.xml': {
    reason: 'a fixture of the transport rules without xsi:schemaLocation, which ActiveMQ needs and the linter does not require',
    brokerSays: /cvc-elt\.1\.a: Cannot find the declaration of element 'beans'\./,
  },
  'test/fixtures/cli/two-warnings.xml': {
    reason: 'a fixture of the CLI\'s --max-warnings test without xsi:schemaLocation, which ActiveMQ needs and the linter does not yet require',
    brokerSays: /cvc-elt\.1\.a: Cannot find the declaration of element 'beans'\./,
  },
  'test/suite/fixtures/plain.xml': { reason: 'no ActiveMQ broker in it (the extension must leave it alone)', unrunnable: true },

  'corpus/002-apache-activemq-examples-activemq-security.xml': JASYPT,
  'corpus/003-apache-activemq-examples-activemq-demo.xml': STORES,
  'corpus/007-apache-activemq-examples-activemq-jdbc.xml': {
    reason: `an embedded Derby data source for the JDBC store; ${NOT_PACKAGED}`,
    brokerSays: /ClassNotFoundException: org\.apache\.derby\.jdbc\.EmbeddedDataSource/,
  },
  'corpus/008-apache-activemq-examples-activemq-minimal.xml': NEWER_SCHEMA('<kahaDB> inside <persistenceFactory>', /Invalid content was found starting with element '\{"http:\/\/activemq\.apache\.org\/schema\/core":kahaDB\}'/),
  'corpus/009-apache-activemq-security_simple-auth-broker.xml': JASYPT,
  'corpus/010-apache-activemq-security_simple-auth-broker-no-users.xml': JASYPT,
  'corpus/012-apache-activemq-security_simple-auth-separator.xml': JASYPT,
  'corpus/016-apache-activemq-security_activemq-ldap.xml': PLACEHOLDER,
  'corpus/017-apache-activemq-security_activemq-openldap.xml': {
    reason: 'its LDAP authorization map connects to an LDAP server on localhost at start-up, and none runs here',
    brokerSays: /java\.net\.ConnectException: Connection refused/,
  },
  'corpus/018-apache-activemq-security_activemq-apacheds.xml': PLACEHOLDER,
  'corpus/020-apache-activemq-security_broker1.xml': STORES,
  'corpus/021-apache-activemq-security_broker2.xml': STORES,
  'corpus/023-apache-activemq-security_JaasDualAuthenticationNetworkBridge.xml': {
    reason: 'two brokers in one file: prepareConfig gives both the same connectors (named openwire and stomp), and Spring refuses the repeated bean name; the original names its connectors apart',
    brokerSays: /Bean name 'openwire' is already used in this <beans> element/,
  },
  'corpus/024-apache-activemq-security_activemq-sslcontext.xml': STORES,
  'corpus/025-apache-activemq-usecases_sender-secured.xml': NEWER_SCHEMA('allowTempDestinationStealing on <policyEntry>', /Attribute 'allowTempDestinationStealing' is not allowed to appear in element 'policyEntry'/),
  'corpus/026-apache-activemq-usecases_receiver-secured.xml': NEWER_SCHEMA('allowTempDestinationStealing on <policyEntry>', /Attribute 'allowTempDestinationStealing' is not allowed to appear in element 'policyEntry'/),
  'corpus/028-apache-activemq-network_remoteBroker-advancedNetworkStatistics.xml': NEWER_SCHEMA('advancedMessageStatisticsEnabled on <policyEntry>', /Attribute 'advancedMessageStatisticsEnabled' is not allowed to appear in element 'policyEntry'/),
  'corpus/030-apache-activemq-bugs-amq3625_JaasStompSSLBroker1.xml': STORES,
  'corpus/031-apache-activemq-runtime-config_authorizationTest-wildcard-users-guests.xml': RUNTIME_CONFIG,
  'corpus/032-apache-activemq-runtime-config_authorizationTest-users-dud-groupClass.xml': RUNTIME_CONFIG,
  'corpus/033-apache-activemq-runtime-config_authenticationTest-users.xml': RUNTIME_CONFIG,
  'corpus/034-apache-activemq-runtime-config_namespace-prefix.xml': RUNTIME_CONFIG,
  'corpus/037-AndriyKalashnykov-activemq-ldap-authorization-conf_activemq.xml': { reason: 'it names an LDAP server on another machine, which a test must not reach', unrunnable: true },
  'corpus/038-AndriyKalashnykov-activemq-conf_activemq.xml': STORES,
  'corpus/039-camptocamp-docker-activemq-mcollective-activemq.xml': STORES,
  'corpus/043-justinpmliu-activemq-config-conf_activemq.xml': JASYPT,
  'corpus/044-rethab-php-stomp-cert-example-conf_activemq.xml': INSIGHT_LOG,
  'corpus/047-jhu-sheridan-libraries-jhuda-docker-activemq-activemq.xml': INSIGHT_LOG,
  'corpus/050-anaselhajjaji-activemq-security-activemq_activemq.xml': INSIGHT_LOG,
  'corpus/051-IPvSean-netdevops-puppet-enterprise-activemq_activemq.xml': STORES,
  'corpus/052-eclipse-pass-pass-docker-activemq_activemq.xml': PLACEHOLDER,
  'corpus/065-bsnyder-activemq-in-action-ch5_activemq-simple.xml': OLD_NAMESPACE,
  'corpus/066-bsnyder-activemq-in-action-ch5_activemq-authorization.xml': OLD_NAMESPACE,
  'corpus/068-bsnyder-activemq-in-action-ch6_activemq-ssl.xml': STORES,
  'corpus/070-ppastorino-activemq-plugin-config_activemq.xml': {
    reason: 'it loads activemq.security.properties from beside it, which the corpus does not hold',
    brokerSays: /FileNotFoundException: \S+\/activemq\.security\.properties \(No such file or directory\)/,
  },
  'corpus/071-garethahealy-amq6-dual-jaas-plugin-nob-1.xml': {
    reason: `a plugin of the author's own (JaasDualAuthenticationNetworkConnectorPlugin); ${NOT_PACKAGED}`,
    brokerSays: /ClassNotFoundException: com\.garethahealy\.amq6dualjaasplugin\.JaasDualAuthenticationNetworkConnectorPlugin/,
  },
  'corpus/072-garethahealy-amq-jaas-cert-conf_activemq.xml': PLACEHOLDER,
  'corpus/073-Cajova-Houba-activemq-plugin-poc-conf_activemq.xml': INSIGHT_LOG,
  'corpus/074-rafachies-amq-custom-image-activemq.xml': PLACEHOLDER,
  'corpus/075-bfarr-rh-amqbridgepoc-activemq.xml': FABRIC,
  'corpus/076-FuseServiceWorksByExample-AMQ-Testing-activemq.xml': FABRIC,
  'corpus/077-jarielpa-amq62-ose-conf_openshift-activemq.xml': PLACEHOLDER,
  'corpus/079-MechanicalRock-broker-forwarding-conf_activemq.xml': INSIGHT_LOG,
  'corpus/080-duffqiu-activemq-edge-conf_activemq.xml': NEWER_SCHEMA('<replicatedLevelDB> (LevelDB was removed in 5.17)', /Invalid content was found starting with element '\{"http:\/\/activemq\.apache\.org\/schema\/core":replicatedLevelDB\}'/),
  'corpus/081-peneksglazami-activemq-broker-network-example-docker_activemq.xml': PLACEHOLDER,
  'corpus/085-rparree-activemq-demos-composite-queue.conf.xml': { reason: 'a fragment without <broker> (the corpus manifest says so)', unrunnable: true },
  'corpus/086-dejanb-demo-ca-activemq.xml': STORES,
  'corpus/087-ArkCase-ark_alfresco_activemq-activemq.xml': {
    reason: 'its sslContext\'s keyStoreType is a placeholder word ("someTypeOfFile"), no key store type the JVM knows; nothing checks store types',
    brokerSays: /NoSuchAlgorithmException: someTypeOfFile KeyStore not available/,
  },
  'corpus/088-tushardashpute-activemq-ssl-kahadb-docker-activemq.xml': INSIGHT_LOG,
  'corpus/089-NHSDigital-integration-adaptor-gp2gp-activemq_activemq.xml': INSIGHT_LOG,
  'corpus/091-NessComputing-service-activemq-conf_activemq.xml': NEWER_SCHEMA('destroyApplicationContextOnStop on <broker>', /Attribute 'destroyApplicationContextOnStop' is not allowed to appear in element 'broker'/),
  'corpus/092-thimotyb-activemq-lab-conf_activemq.xml': INSIGHT_LOG,
  'corpus/093-rsriniva-amq-cluster-config-activemq.xml': FABRIC,
};
