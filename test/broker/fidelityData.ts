// What docs/fidelity.md states: per rule, the broker-backed test that shows its run-time claim on ActiveMQ 5.17.2,
// or the ActiveMQ source it rests on; and the differential test's figures (the CI seed's, checked by
// differential.test.ts on every CI run, and the other seeds it has run with). scripts/generate-fidelity-doc.ts
// writes the page; test/unit/fidelity-doc.test.ts checks that it is current and that every rule is listed.

export const DIFFERENTIAL_FIGURES = {
  seed: 16,
  configs: 40,
  /** (user, destination, right) answers of the broker that the CI seed compares with --who-can. */
  probes: 5960,
};

/** Other seeds run without a disagreement (BROKER_SEED=N BROKER_CONFIGS=40 npm run test:broker). */
export const EXPLORED_SEEDS: { seed: number; configs: number; probes: number }[] = [
  { seed: 3, configs: 40, probes: 6154 },
  { seed: 4, configs: 40, probes: 6227 },
  { seed: 7, configs: 40, probes: 6111 },
  { seed: 8, configs: 40, probes: 5793 },
  { seed: 9, configs: 40, probes: 5997 },
  { seed: 10, configs: 40, probes: 5816 },
  { seed: 11, configs: 40, probes: 6415 },
  { seed: 12, configs: 40, probes: 6323 },
  { seed: 13, configs: 40, probes: 6264 },
  { seed: 14, configs: 40, probes: 6175 },
];

export type Fidelity =
  /** A test of test/broker/rules.test.ts (or another test/broker file), by its name. */
  | { verified: string; file?: string }
  /** The ActiveMQ source (class) the rule's claim comes from, and why no broker test shows it. */
  | { source: string; why: string };

const RULES_TEST = 'test/broker/rules.test.ts';
const verified = (name: string, file = RULES_TEST): Fidelity => ({ verified: name, file });
const source = (cls: string, why: string): Fidelity => ({ source: cls, why });

const NOT_RUN = 'not yet shown by a broker test';

export const RULE_FIDELITY: Record<string, Fidelity> = {
  'xml-syntax': source('XmlBeanDefinitionStoreException (Spring, via XBeanBrokerFactory)', NOT_RUN),
  'xml-entities': source('XBeanBrokerFactory (Spring XML parsing)', 'depends on the JVM\'s XML limits'),
  'unknown-element': verified("a config the broker refuses rejects with the broker's reason and leaves no folder", 'test/broker/harness.test.ts'),
  'unknown-attribute': source('XBeanBrokerFactory (XSD validation)', NOT_RUN),
  'missing-attribute': source('SimpleAuthenticationPlugin.setUsers, SimpleAuthenticationBroker.authenticate', NOT_RUN),
  'entry-destination': verified('entry-destination: queue= and topic= on one entry govern the topic only, in either order'),
  'missing-element': verified('missing-element: an authorizationPlugin without a map stops the broker at start-up'),
  'entry-no-rights': source('AuthorizationEntry.parseACLs', 'an entry that grants nothing changes no answer'),
  'user-without-groups': source('SimpleAuthenticationBroker, AuthorizationBroker', 'shown by the differential test only where a generated user has no group'),
  'jaas-configuration': source('JaasAuthenticationBroker (LoginContext)', NOT_RUN),
  'duplicate-user': verified('duplicate-user: the last definition wins, password and groups, and --who-can follows it'),
  'plugin-placement': source('BrokerService.setPlugins (XSD validation)', NOT_RUN),
  'no-authentication': verified('no-authentication: an authorizationPlugin alone refuses everything with "User is not authenticated."'),
  'list-syntax': source('AuthorizationEntry.parseACLs, SimpleAuthenticationPlugin.setUsers', 'blanks around items are in the differential test\'s configs'),
  'lint-comment': source('none: about the linter\'s own comments', 'no broker behaviour'),
  'no-users': source('SimpleAuthenticationBroker.authenticate (SimpleAuthenticationPluginNoUsersTest)', NOT_RUN),
  'no-authorization': verified('no-authorization: with authentication alone, every user may read, write and create everything'),
  'group-without-members': verified('group-without-members: a grant to a group nobody belongs to (wrong case) reaches nobody'),
  'unused-group': source('DefaultAuthorizationMap', 'a hint about the config, no broker behaviour'),
  'pattern-overlap': source('DefaultAuthorizationMap.getReadACLs (union of matching entries)', 'the union is what the differential test compares'),
  'wildcard-syntax': verified('wildcard-syntax: `nodes>` is a literal name, matching neither nodes.x nor nodes'),
  'virtual-topic-consumer-kind': verified('virtual-topic-consumer-kind: a topic= entry for Consumer.*.VirtualTopic.> never reaches the consumer queues'),
  'advisory-access': verified('advisory-access on 5.17.2: read and admin on the temp advisories alone fail the first connection, then the first use of a queue'),
  'temp-destination-access': verified('temp-destination-access: users lacking admin in the temp entry cannot create temporary destinations; without one, everyone can'),
  'weak-password': source('none: a password policy', 'ActiveMQ accepts any password'),
  'plaintext-password': source('PropertyPlaceholderConfigurer (the shipped credentials.properties)', 'no broker behaviour'),
  'anonymous-access': verified('anonymous-access: with anonymousAccessAllowed, the anonymous group and `*` reach connections without a login'),
  'insecure-transport': source('TcpTransportFactory / SslTransportFactory', 'about the network path, not the broker\'s answers'),
  'ssl-context': source('SslTransportFactory, SslContext', 'Debian\'s broker runs without a keystore here'),
  'tls-protocols': source('SslTransportServer (IntrospectionSupport → SSLServerSocket)', 'depends on the JDK\'s disabled protocols'),
  'jmx-connector': source('ManagementContext', 'the harness turns JMX off'),
  'web-console': source('the web console (Jetty)', 'not packaged by Debian'),
  'transport-uri': source('TransportFactory, DiscoveryAgentFactory', 'the harness replaces the connectors'),
  'duplicate-connector': source('TransportConnector (BindException)', 'the harness replaces the connectors'),
  'network-credentials': source('DemandForwardingBridgeSupport', 'the harness removes network connectors'),
  'connector-limits': source('TcpTransportServer', 'the harness replaces the connectors'),
};

/** Other facts the broker tests show, beyond single rules. */
export const OTHER_VERIFIED: { claim: string; test: string; file: string }[] = [
  { claim: 'errors agree with start-up (the example, the planted-error fixtures and the corpus files that run here; exceptions listed in the test)', test: 'the broker refuses to start exactly when the linter reports an error that says so', file: 'test/broker/startup.test.ts' },
  { claim: '--who-can names JAAS users from the properties files login.config names', test: '--who-can answers for JAAS users (the properties files login.config names) as the broker does', file: RULES_TEST },
  { claim: 'advisory-access, the JMS view (ActiveMQ\'s OpenWire client)', test: 'advisory-access, the JMS view: without read on the temp advisories the OpenWire client fails at connect', file: RULES_TEST },
  { claim: 'client-no-username (the Alfresco client check)', test: 'the Alfresco client check: a repository without messaging.broker.username is refused with "User name [null] or password is invalid."', file: RULES_TEST },
];
