// transport-uri: a connector URI ActiveMQ cannot read, or reads differently from what was written.
import { checkTransportUri, type Replacement } from '../transport';
import { connectorUris } from '../transport/connectorUris';
import type { Finding, Fix, Rule } from './types';

interface ReplacementData {
  replacement: Replacement;
}

export const transportUri: Rule = {
  id: 'transport-uri',
  defaultSeverity: 'error',
  category: 'transport',
  summary: 'A transportConnector or networkConnector URI with an unknown or client-only scheme, a bad port, unbalanced parentheses, or options ActiveMQ does not read.',
  docs: {
    catches: 'In `<transportConnector uri>` and `<networkConnector uri>`: a scheme ActiveMQ has not registered (`tpc://`, `openwire://`), or one a release removed (`xmpp://` in 5.9.0, `kdbr://` in 5.8.0, the `rendezvous:` discovery agent renamed `zeroconf:` in 5.6.0), judged by the broker version in use (xsi:schemaLocation or the `brokerVersion` setting; a current broker when neither says), a client-only scheme a broker cannot listen on (`failover:`, `fanout:`, `discovery:`, `peer:`, `mock:`, `amqp+ws:`), a port that is not a number up to 65535, unbalanced parentheses or an empty list in `static:(...)`/`failover:(...)`. As warnings: options in the wrong case (`wireformat.maxFrameSize`, `maximumconnections`) and options the server or discovery agent has no setter for, where ActiveMQ\'s option list is complete. `${...}` placeholders are accepted anywhere.',
    runtime: 'An unknown scheme stops the broker with "Transport scheme NOT recognized" (`TransportFactory`) or "DiscoveryAgent scheme NOT recognized" (`DiscoveryAgentFactory`); `failover`, `fanout` and `discovery` fail with "Invalid server URI", `peer` and `mock` with "does not support being bound" (`doBind`). Options are matched to setters by `IntrospectionSupport` (case-sensitive after the first letter); on broker connectors unmatched options are silently ignored (`TcpTransportServer`, AMQ-4582), so a misspelt `maximumConnections` leaves the limit unset.',
    wrong: '<transportConnector name="openwire" uri="tpc://0.0.0.0:61616?maximumconnections=1000&amp;wireformat.maxFrameSize=104857600"/>',
    right: '<transportConnector name="openwire" uri="tcp://0.0.0.0:61616?maximumConnections=1000&amp;wireFormat.maxFrameSize=104857600"/>',
    fix: 'Use a registered scheme (the quick fix picks the nearest) and the exact option spelling (the quick fix rewrites it).',
    autofix: 'Option names in the wrong letter case (`maximumconnections` → `maximumConnections`, `wireformat.` → `wireFormat.`), `backOffMultiplier` → `reconnectDelayExponent` in failover URIs, and the schemes people borrow from other products (`openwire://` → `tcp://`, `tls://` → `ssl://`). A misspelt scheme or option is left for you to choose.',
  },
  check({ doc, analysis }) {
    const findings: Finding[] = [];
    const version = analysis.brokerVersion()?.version;
    const { transportConnectors, networkConnectors } = doc.model;
    // ldapNetworkConnector's uri names an LDAP server and multicastNetworkConnector's a transport: not discovery URIs.
    const discoveryConnectors = networkConnectors.filter((c) => c.element.localName === 'networkConnector');
    for (const parsed of connectorUris([...transportConnectors, ...discoveryConnectors])) {
      const role = parsed.connector.kind === 'transport' ? 'transportConnector' : 'networkConnector';
      for (const problem of checkTransportUri(parsed.uri, role, version)) {
        const span = parsed.toDocument(problem.span);
        const data: ReplacementData | undefined = problem.replacement ? { replacement: problem.replacement } : undefined;
        findings.push({ span, message: problem.message, severity: problem.severity, data });
      }
    }
    return findings;
  },
  fixes(finding): Fix[] {
    const data = finding.data as ReplacementData | undefined;
    if (!data?.replacement) return [];
    const { title, newText, certain } = data.replacement;
    return [{ title, edits: [{ span: { ...finding.span }, newText }], preferred: true, autofix: certain }];
  },
};
