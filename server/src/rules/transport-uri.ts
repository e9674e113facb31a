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
    autofix: true,
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
