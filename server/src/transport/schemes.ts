// Transport schemes and URI option names as ActiveMQ registers and reads them (activemq-facts-broker.md sections 3-5,
// checked against the setters of TcpTransportServer, SslTransportServer, AutoTcpTransportServer, OpenWireFormatFactory,
// FailoverTransport and SimpleDiscoveryAgent at apache/activemq HEAD).

export interface SchemeInfo {
  scheme: string;
  /** Can a broker listen on it (`doBind` does not throw)? */
  bindable: boolean;
  tls: boolean;
  /** Wraps a list of other URIs: `failover:(a,b)`. */
  composite: boolean;
  /** Wire format read from `wireFormat.*`; undefined when the scheme has no TCP-style bind. */
  wireFormat?: 'openwire' | 'stomp' | 'mqtt' | 'amqp';
  /** Binds through TcpTransportFactory-style code, so unprefixed options are the server's setters only. */
  tcpServer: boolean;
  auto?: boolean;
  summary: string;
}

const tcpFamily = (scheme: string, wireFormat: SchemeInfo['wireFormat'], summary: string, extra: Partial<SchemeInfo> = {}): SchemeInfo => ({
  scheme, bindable: true, tls: scheme.split('+').includes('ssl'), composite: false, wireFormat, tcpServer: true, summary, ...extra,
});
const other = (scheme: string, bindable: boolean, tls: boolean, summary: string, composite = false): SchemeInfo => ({
  scheme, bindable, tls, composite, tcpServer: false, summary,
});

/** The four registrations each of STOMP, MQTT and AMQP has: plain, NIO, TLS, TLS with NIO. */
function protocolVariants(base: 'stomp' | 'mqtt' | 'amqp', label: string): SchemeInfo[] {
  return [
    tcpFamily(base, base, `${label} over plain TCP.`),
    tcpFamily(`${base}+nio`, base, `${label} over plain TCP with NIO.`),
    tcpFamily(`${base}+ssl`, base, `${label} over TLS.`),
    tcpFamily(`${base}+nio+ssl`, base, `${label} over TLS with NIO.`),
  ];
}

/** TransportFactory's registry (META-INF/services/org/apache/activemq/transport/<scheme>). */
export const TRANSPORT_SCHEMES: readonly SchemeInfo[] = [
  tcpFamily('tcp', 'openwire', 'OpenWire over plain TCP (blocking I/O).'),
  tcpFamily('nio', 'openwire', 'OpenWire over plain TCP with NIO.'),
  tcpFamily('ssl', 'openwire', 'OpenWire over TLS.'),
  tcpFamily('nio+ssl', 'openwire', 'OpenWire over TLS with NIO.'),
  tcpFamily('auto', undefined, 'Detects OpenWire, STOMP, AMQP or MQTT on one plain-text port.', { auto: true }),
  tcpFamily('auto+nio', undefined, 'Protocol detection, plain text, NIO.', { auto: true }),
  tcpFamily('auto+ssl', undefined, 'Protocol detection over TLS.', { auto: true }),
  tcpFamily('auto+nio+ssl', undefined, 'Protocol detection over TLS with NIO.', { auto: true }),
  ...protocolVariants('stomp', 'STOMP'),
  ...protocolVariants('mqtt', 'MQTT'),
  ...protocolVariants('amqp', 'AMQP 1.0'),
  other('amqp+ws', false, false, 'AMQP over WebSocket, client side only ("No Server over WS implemented").'),
  other('amqp+wss', false, true, 'AMQP over secure WebSocket, client side only.'),
  other('http', true, false, 'OpenWire over HTTP (activemq-http).'),
  other('https', true, true, 'OpenWire over HTTPS (activemq-http).'),
  other('ws', true, false, 'WebSocket for STOMP, MQTT and AMQP sub-protocols (activemq-http).'),
  other('wss', true, true, 'Secure WebSocket (activemq-http).'),
  other('udp', true, false, 'OpenWire over UDP.'),
  other('multicast', true, false, 'OpenWire over IP multicast.'),
  other('vm', true, false, 'In-JVM connection to an embedded broker.'),
  other('failover', false, false, 'Client-side reconnection over a list of broker URIs: `failover:(uri1,uri2)?options`.', true),
  other('fanout', false, false, 'Client-side: sends to every broker of a list.', true),
  other('discovery', false, false, 'Client-side: connects to brokers found by a discovery agent.', true),
  other('peer', false, false, 'Embedded peer-to-peer brokers (client side only).'),
  other('mock', false, false, 'Test transport, client side only.'),
];

/** DiscoveryAgentFactory's registry: the schemes a networkConnector `uri` may start with. */
export const DISCOVERY_SCHEMES: readonly SchemeInfo[] = [
  other('static', false, false, 'A fixed list of remote brokers: `static:(tcp://h1:61616,tcp://h2:61616)`.', true),
  other('simple', false, false, 'Same as `static:`.', true),
  other('masterslave', false, false, 'A master/slave pair, first reachable wins: `masterslave:(tcp://m:61616,tcp://s:61616)`.', true),
  other('multicast', false, false, 'Brokers announced by multicast discovery: `multicast://default`.'),
  other('zeroconf', false, false, 'Brokers announced by Zeroconf.'),
  other('http', false, false, 'Brokers announced through an HTTP discovery registry.'),
];

/** Named but never registered; the nearest real one is suggested instead. */
export const NOT_REGISTERED: Record<string, string> = {
  openwire: 'tcp', 'openwire+ssl': 'ssl', tls: 'ssl', 'stomp+ws': 'ws', 'mqtt+ws': 'ws', 'stomp+wss': 'wss', 'mqtt+wss': 'wss', 'amqp+nio+ws': 'amqp+ws',
};

/** A scheme an older ActiveMQ registered and a later release dropped (the registries of the release tags). */
export interface RemovedScheme {
  scheme: string;
  registry: 'transport' | 'discovery';
  /** The first release without it. */
  removedIn: string;
  what: string;
  /** The scheme that took its place, when one did. */
  renamedTo?: string;
}

export const REMOVED_SCHEMES: readonly RemovedScheme[] = [
  // activemq-xmpp went with "Remove deprecated modules" (commit b2fca26213, first in activemq-5.9.0).
  { scheme: 'xmpp', registry: 'transport', removedIn: '5.9.0', what: 'the XMPP transport (module activemq-xmpp)' },
  // KahaDB replication's KDBRTransportFactory went when kahadb merged into activemq-core (commit 715010a1ea).
  { scheme: 'kdbr', registry: 'transport', removedIn: '5.8.0', what: 'the KahaDB replication transport' },
  // AMQ-3613 renamed the rendezvous discovery agent to zeroconf (commit 3c3feb49a6).
  { scheme: 'rendezvous', registry: 'discovery', removedIn: '5.6.0', what: 'the rendezvous discovery agent', renamedTo: 'zeroconf' },
];

export function removedScheme(scheme: string, registry: RemovedScheme['registry']): RemovedScheme | undefined {
  return REMOVED_SCHEMES.find((s) => s.scheme === scheme && s.registry === registry);
}

export function transportScheme(scheme: string): SchemeInfo | undefined {
  return TRANSPORT_SCHEMES.find((s) => s.scheme === scheme);
}

/** Where the TLS form of a plain scheme is not `<scheme>+ssl` (activemq-client's tcp/ssl, activemq-http's http/https and ws/wss). */
const TLS_FORM_EXCEPTIONS: Record<string, string> = { tcp: 'ssl', http: 'https', ws: 'wss', 'amqp+ws': 'amqp+wss' };

/**
 * The registered TLS scheme that speaks what `scheme` speaks (tcp → ssl, stomp+nio → stomp+nio+ssl, ws → wss); the
 * scheme itself when it is TLS already; undefined when ActiveMQ registers none (vm, udp, multicast).
 */
export function tlsForm(scheme: string): string | undefined {
  const info = transportScheme(scheme);
  if (!info) return undefined;
  if (info.tls) return info.scheme;
  const candidate = TLS_FORM_EXCEPTIONS[info.scheme] ?? `${info.scheme}+ssl`;
  return transportScheme(candidate)?.tls ? candidate : undefined;
}

export function discoveryScheme(scheme: string): SchemeInfo | undefined {
  return DISCOVERY_SCHEMES.find((s) => s.scheme === scheme);
}

/** An option vocabulary; `complete` when every name ActiveMQ reads there is listed, so anything else is ignored. */
export interface OptionSet {
  names: readonly string[];
  complete: boolean;
  /** What reads them, for messages. */
  reader: string;
}

// TransportServerThreadSupport and TransportServerSupport (superclasses of TcpTransportServer).
const SERVER_THREAD = ['daemon', 'joinOnStop', 'stackSize'];
const TCP_SERVER = [
  'maximumConnections', 'backlog', 'useQueueForAccept', 'soTimeout', 'socketBufferSize', 'connectionTimeout', 'maxInactivityDuration',
  'maxInactivityDurationInitalDelay', 'minmumWireFormatVersion', 'trace', 'logWriterName', 'dynamicManagement', 'jmxPort', 'startLogging',
  'allowLinkStealing', 'bindLocation', 'connectURI', ...SERVER_THREAD,
];
const TLS_SERVER = ['needClientAuth', 'wantClientAuth'];
const AUTO_SERVER = ['protocolDetectionTimeOut', 'maxConnectionThreadPoolSize'];

export const OPENWIRE_FORMAT: OptionSet = {
  reader: 'OpenWireFormatFactory',
  complete: true,
  names: [
    'maxFrameSize', 'maxFrameSizeEnabled', 'maxInactivityDuration', 'maxInactivityDurationInitalDelay', 'stackTraceEnabled', 'tcpNoDelayEnabled',
    'version', 'cacheEnabled', 'cacheSize', 'tightEncodingEnabled', 'sizePrefixDisabled', 'host', 'providerName', 'providerVersion',
    'platformDetails', 'includePlatformDetails',
  ],
};
const WIRE_FORMATS: Record<string, OptionSet> = {
  openwire: OPENWIRE_FORMAT,
  stomp: { reader: 'StompWireFormat', complete: false, names: ['maxDataLength', 'maxFrameSize', 'serverMode'] },
  mqtt: { reader: 'MQTTWireFormat', complete: false, names: ['maxFrameSize'] },
  amqp: { reader: 'AmqpWireFormat', complete: false, names: ['maxAmqpFrameSize', 'maxFrameSize', 'idelTimeout', 'producerCredit', 'transformer', 'allowNonSaslConnections'] },
};
/** TcpTransport and friends, reached with `transport.` on a broker; the fact sheet's list is partial. */
export const TCP_TRANSPORT: OptionSet = {
  reader: 'TcpTransport',
  complete: false,
  names: [
    'diffServ', 'typeOfService', 'trace', 'useLocalHost', 'socketBufferSize', 'soTimeout', 'connectionTimeout', 'keepAlive', 'soLinger',
    'tcpNoDelay', 'ioBufferSize', 'closeAsync', 'verifyHostName', 'needClientAuth', 'wantClientAuth', 'enabledCipherSuites', 'enabledProtocols',
    'maxInactivityDuration', 'maxInactivityDurationInitalDelay', 'soWriteTimeout', 'threadName',
  ],
};

export function serverOptions(info: SchemeInfo): OptionSet | undefined {
  if (!info.tcpServer) return undefined;
  const names = [...TCP_SERVER, 'wireFormat', ...(info.tls ? TLS_SERVER : []), ...(info.auto ? AUTO_SERVER : [])];
  return { reader: info.auto ? 'AutoTcpTransportServer' : info.tls ? 'SslTransportServer' : 'TcpTransportServer', complete: true, names };
}

export function wireFormatOptions(info: SchemeInfo): OptionSet | undefined {
  return info.wireFormat ? WIRE_FORMATS[info.wireFormat] : undefined;
}

export const FAILOVER_OPTIONS: OptionSet = {
  reader: 'FailoverTransport',
  complete: true,
  names: [
    'initialReconnectDelay', 'reconnectDelay', 'maxReconnectDelay', 'useExponentialBackOff', 'reconnectDelayExponent', 'maxReconnectAttempts',
    'startupMaxReconnectAttempts', 'warnAfterReconnectAttempts', 'timeout', 'randomize', 'priorityBackup', 'priorityURIs', 'backup',
    'backupPoolSize', 'trackMessages', 'trackTransactionProducers', 'maxCacheSize', 'updateURIsSupported', 'rebalanceUpdateURIs',
    'updateURIsURL', 'reconnectSupported',
  ],
};

/** SimpleDiscoveryAgent, behind `static:(...)` and `masterslave:(...)` on network connectors. */
export const STATIC_DISCOVERY_OPTIONS: OptionSet = {
  reader: 'SimpleDiscoveryAgent',
  complete: true,
  names: ['initialReconnectDelay', 'maxReconnectDelay', 'backOffMultiplier', 'maxReconnectAttempts', 'minConnectTime', 'useExponentialBackOff', 'services'],
};

/** Options well known to be misremembered: the name written, the name ActiveMQ reads there. */
export const KNOWN_MIXUPS: Record<string, Record<string, string>> = {
  FailoverTransport: { backOffMultiplier: 'reconnectDelayExponent' },
};
