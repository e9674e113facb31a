// Hover documentation for the security-relevant elements and attributes, written for this project: what each is,
// what ActiveMQ does with it at run time, and a short example.

export interface ElementDoc {
  summary: string;
  example?: string;
  /** Child elements an editor may offer inside it. */
  children?: string[];
  attributes?: Record<string, string>;
}

const RIGHT = (what: string) => `Comma-separated groups that may ${what}. Items are trimmed; \`*\` means every authenticated connection. Entries add up: a narrower entry can only add groups, never take them away.`;

export const ELEMENT_DOCS: Record<string, ElementDoc> = {
  broker: {
    summary: 'The ActiveMQ broker (XBeanBrokerService). Its child elements configure persistence, destinations, plugins and connectors.',
    example: '<broker xmlns="http://activemq.apache.org/schema/core" brokerName="localhost" dataDirectory="${activemq.data}">',
    children: ['plugins', 'transportConnectors', 'networkConnectors', 'sslContext', 'destinationPolicy', 'persistenceAdapter', 'systemUsage', 'managementContext'],
    attributes: { brokerName: 'The broker\'s name; characters outside [a-zA-Z0-9._-:] are replaced by `_`.', dataDirectory: 'Where the broker ' +
      'keeps its data (default activemq-data).', useJmx: 'Expose the broker over JMX (true/false).', persistent: 'Keep persistent messages on disk (true/false).' },
  },
  plugins: {
    summary: 'The broker plugins (BrokerService.setPlugins). Security plugins must stand here; the last listed plugin sees each command first.',
    children: ['simpleAuthenticationPlugin', 'jaasAuthenticationPlugin', 'jaasCertificateAuthenticationPlugin', 'jaasDualAuthenticationPlugin', 'authorizationPlugin', 'loggingBrokerPlugin', 'runtimeConfigurationPlugin'],
  },
  simpleAuthenticationPlugin: {
    summary: 'Users and passwords in this file. A connection gets only its users\' GROUP principals, so authorization entries must name groups. A wrong login is refused with `User name [x] or password is invalid.`',
    example: '<simpleAuthenticationPlugin>\n  <users>\n    <authenticationUser username="app" password="${app.password}" groups="users"/>\n  </users>\n</simpleAuthenticationPlugin>',
    children: ['users'],
    attributes: { anonymousAccessAllowed: 'Let connections without username and password in as `anonymousUser` with group `anonymousGroup` ' +
      '(default false).', anonymousUser: 'The user name anonymous connections get (default anonymous).', anonymousGroup: 'The single group ' +
        'anonymous connections get (default anonymous); entries grant anonymous access by naming it.' },
  },
  users: { summary: 'The list of `authenticationUser`s of a simpleAuthenticationPlugin. With no users, every login is refused.', children: ['authenticationUser'] },
  authenticationUser: {
    summary: 'One user of simpleAuthenticationPlugin. With the same username twice, the last one wins completely.',
    example: '<authenticationUser username="app" password="${app.password}" groups="users,admins"/>',
    attributes: { username: 'The login name, compared case-sensitively.', password: 'The password; without one the user can never log in. Keep it ' +
      'in credentials.properties and write `${...}`.', groups: 'Comma-separated groups (trimmed). These group names are what authorization entries grant.' },
  },
  jaasAuthenticationPlugin: {
    summary: 'Logins through a JAAS login module (users.properties/groups.properties, LDAP, ...). `configuration` names the entry of login.config (default activemq-domain; the shipped login.config defines `activemq`).',
    attributes: { configuration: 'The login.config entry to use (default activemq-domain).', discoverLoginConfig: 'Find login.config on the classpath when java.security.auth.login.config is unset (default true).' },
  },
  jaasCertificateAuthenticationPlugin: { summary: 'Logins by SSL client certificate through JAAS; connections without a certificate are refused ' +
    '("Unable to authenticate transport without SSL certificate").', attributes: { configuration: 'The login.config entry (default activemq-domain).' } },
  jaasDualAuthenticationPlugin: { summary: 'JAAS with two login.config entries: `sslConfiguration` for TLS connections with certificates, ' +
    '`configuration` for the rest.', attributes: { configuration: 'Entry for non-TLS connections (default activemq-domain).', sslConfiguration: 'Entry for TLS connections (default activemq-ssl-domain).' } },
  authorizationPlugin: { summary: 'Checks read, write and admin on every destination a client touches. Without an authentication plugin every ' +
    'operation fails with "User is not authenticated."; without a matching entry an operation is denied.', children: ['map'] },
  map: { summary: 'The authorization map of an authorizationPlugin: an `authorizationMap` (entries in this file), a `cachedLDAPAuthorizationMap`, ' +
    'or a Spring bean. Without it the broker does not start.', children: ['authorizationMap', 'cachedLDAPAuthorizationMap'] },
  authorizationMap: {
    summary: 'Entries granting groups read/write/admin on destination patterns. For a destination, the groups of EVERY matching entry are added up ' +
      '(plus defaultEntry); no match means denied. Temporary destinations use only the tempDestinationAuthorizationEntry.',
    children: ['authorizationEntries', 'tempDestinationAuthorizationEntry', 'defaultEntry'],
    attributes: { groupClass: 'The principal class group names are matched against (default org.apache.activemq.jaas.GroupPrincipal).' },
  },
  authorizationEntries: { summary: 'The list of `authorizationEntry` elements. Required (a missing list stops the broker); anything else in it ' +
    'causes a ClassCastException at start-up.', children: ['authorizationEntry'] },
  authorizationEntry: {
    summary: 'Grants groups rights on a queue or topic pattern. `.` separates segments, `*` is one segment, `>` any rest — only as whole segments (`nodes>` is literal). Entries add up and never restrict.',
    example: '<authorizationEntry queue="ORDERS.>" read="orders" write="orders" admin="admins"/>',
    attributes: {
      queue: 'A queue name or pattern; commas make a composite (`A.>,B`), each part may carry `topic://`.',
      topic: 'A topic name or pattern. Advisory topics (`ActiveMQ.Advisory.>`) and virtual topics are topics; virtual-topic CONSUMERS read queues.',
      tempQueue: 'Ignored for temporary queues: use tempDestinationAuthorizationEntry.',
      tempTopic: 'Ignored for temporary topics: use tempDestinationAuthorizationEntry.',
      read: RIGHT('consume and browse'),
      write: RIGHT('send'),
      admin: RIGHT('create (also auto-create on first use) and remove the destination'),
      groupClass: 'The principal class for this entry\'s groups.',
    },
  },
  tempDestinationAuthorizationEntry: {
    summary: 'The one entry governing ALL temporary destinations (written twice: property and bean). Without it any authenticated user may create and use them; with it, creating needs admin.',
    example: '<tempDestinationAuthorizationEntry>\n  <tempDestinationAuthorizationEntry read="users" write="users" admin="users"/>\n</tempDestinationAuthorizationEntry>',
    attributes: { read: RIGHT('consume from temporary destinations'), write: RIGHT('send to temporary destinations'), admin: RIGHT('create temporary destinations') },
  },
  defaultEntry: { summary: 'An entry whose groups are added to EVERY lookup (not a fallback).', children: ['authorizationEntry'] },
  cachedLDAPAuthorizationMap: {
    summary: 'Authorization entries read from an LDAP directory and cached (refreshed on change or on an interval); the same add-up semantics apply. The rights are LDAP groups, so this file shows none of them.',
    example: '<cachedLDAPAuthorizationMap connectionURL="ldap://ldap:389" connectionUsername="uid=admin,ou=system" connectionPassword="${ldap.password}"/>',
    attributes: {
      connectionURL: 'The LDAP server, e.g. ldap://host:389 (ldaps:// for TLS).',
      connectionUsername: 'The DN the broker binds with to read the entries.',
      connectionPassword: 'Its password; better a ${placeholder} than plain text.',
      queueSearchBase: 'Where the queue entries live in the directory.',
      topicSearchBase: 'Where the topic entries live.',
      tempSearchBase: 'Where the entry for temporary destinations lives.',
      refreshInterval: 'Milliseconds between full reloads when the server sends no change notifications (-1: only on change).',
      legacyGroupMapping: 'Read group members the old way (group DN taken as the principal name).',
    },
  },
  transportConnectors: { summary: 'The ports the broker listens on.', children: ['transportConnector'] },
  transportConnector: {
    summary: 'A listening port. The URI scheme picks the protocol and whether it is TLS (ssl, +ssl, https, wss); options after `?` set server and ' +
      '`transport.`/`wireFormat.` settings, and the broker silently ignores misspelt ones.',
    example: '<transportConnector name="openwire" uri="ssl://0.0.0.0:61617?maximumConnections=1000"/>',
    attributes: {
      name: 'A unique name (it appears in JMX and the logs).',
      uri: 'scheme://host:port?options, e.g. tcp://0.0.0.0:61616. Host 0.0.0.0 listens on every interface.',
      updateClusterClients: 'Tell failover clients about the other brokers of the network.',
      rebalanceClusterClients: 'Ask failover clients to spread themselves over the network.',
      enableStatusMonitor: 'Watch connections for stalled acknowledgements.',
    },
  },
  networkConnectors: { summary: 'Bridges to other brokers.', children: ['networkConnector'] },
  networkConnector: {
    summary: 'A bridge forwarding messages to other brokers (`static:(tcp://a:61616,tcp://b:61616)`, `multicast://default`). On secured brokers it needs userName/password (remoteUserName/remotePassword for the remote side).',
    example: '<networkConnector name="to-b" uri="static:(ssl://broker-b:61617)" userName="bridge" password="${bridge.password}"/>',
    attributes: {
      uri: 'How peers are found: `static:(url,url)`, `masterslave:(url,url)`, `multicast://default`; an unknown scheme stops the broker.',
      name: 'A name unique per broker (default NC); two connectors to one peer need different names.',
      userName: 'Login used on the local broker and, unless remoteUserName is set, on the remote one.',
      password: 'Password for userName.',
      remoteUserName: 'Login used on the remote broker instead of userName.',
      remotePassword: 'Password for remoteUserName.',
      duplex: 'Forward in both directions over the one connection (default false).',
      networkTTL: 'How many brokers a message or subscription may cross (default 1).',
      dynamicOnly: 'Forward only while a consumer on the other side wants the messages (default false).',
      conduitSubscriptions: 'Merge consumers of one topic into one network subscription (default true).',
      staticBridge: 'Forward only the statically included destinations (default false).',
      bridgeTempDestinations: 'Forward temporary destinations, needed for request/reply across brokers (default true).',
    },
  },
  sslContext: {
    summary: 'Key and trust stores for the broker\'s TLS connectors (written twice: property and bean). Without it the JVM-wide javax.net.ssl.* properties are used.',
    example: '<sslContext>\n  <sslContext keyStore="${activemq.conf}/broker.ks" keyStorePassword="${keystore.password}"/>\n</sslContext>',
    attributes: {
      keyStore: 'The key store holding the broker\'s certificate and key (a file, else a URL or classpath resource), e.g. ${activemq.conf}/broker.ks.',
      keyStorePassword: 'The key store password.',
      keyStoreKeyPassword: 'The password of the key inside it, when it differs from keyStorePassword.',
      keyStoreType: 'jks by default; pkcs12 for .p12 files.',
      keyStoreAlgorithm: 'Key manager algorithm (the JVM default when unset).',
      trustStore: 'The trust store with the client certificates or CAs to trust (needed for needClientAuth).',
      trustStorePassword: 'The trust store password.',
      trustStoreType: 'jks by default; pkcs12 for .p12 files.',
      trustStoreAlgorithm: 'Trust manager algorithm; PKIX is needed for crlPath to take effect.',
      crlPath: 'A certificate revocation list to check client certificates against (with trustStoreAlgorithm PKIX).',
      protocol: 'The SSLContext protocol (default TLS).',
      secureRandomAlgorithm: 'The random source (default SHA1PRNG).',
    },
  },
};
