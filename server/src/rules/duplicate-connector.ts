// duplicate-connector: two transport connectors with one name, or listening on the same host and port.
import type { Span } from '../parser/xmlTree';
import { hasPlaceholder, transportScheme } from '../transport';
import { connectorUris, type ParsedConnectorUri } from '../transport/connectorUris';
import type { Finding, Rule } from './types';

/** Hosts that bind every interface, so they clash with any host on the same port. */
const WILDCARD_HOSTS = new Set(['0.0.0.0', '[::]', '::', '']);
/** These listen on UDP; every other bindable scheme listens on TCP. */
const UDP_SCHEMES = new Set(['udp', 'multicast']);

interface Binding {
  parsed: ParsedConnectorUri;
  host: string;
  port: number;
  portSpan: Span;
  protocol: 'tcp' | 'udp';
}

function binding(parsed: ParsedConnectorUri): Binding | undefined {
  const { uri } = parsed;
  const scheme = uri.scheme?.text.toLowerCase() ?? '';
  if (!transportScheme(scheme)?.bindable || scheme === 'vm' || !uri.port || !uri.host) return undefined;
  if (hasPlaceholder(uri.host.text) || !/^\d+$/.test(uri.port.text)) return undefined;
  const port = Number(uri.port.text);
  // Port 0 asks the system for a free port, so two of them never clash.
  if (port === 0) return undefined;
  return { parsed, host: uri.host.text.toLowerCase(), port, portSpan: parsed.toDocument(uri.port.span), protocol: UDP_SCHEMES.has(scheme) ? 'udp' : 'tcp' };
}

function clash(a: Binding, b: Binding): boolean {
  return a.port === b.port && a.protocol === b.protocol && (a.host === b.host || WILDCARD_HOSTS.has(a.host) || WILDCARD_HOSTS.has(b.host));
}

export const duplicateConnector: Rule = {
  id: 'duplicate-connector',
  defaultSeverity: 'error',
  category: 'transport',
  summary: 'Two transport connectors share a name, or bind the same host and port.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const findings: Finding[] = [];
    const connectors = doc.model.transportConnectors;
    // Connectors in different branches of a template's conditional are never rendered together.
    const together = (a: Span, b: Span) => !doc.template?.exclusive(a.start, b.start);
    const named: { text: string; span: Span }[] = [];
    for (const connector of connectors) {
      const name = connector.name;
      if (!name || !name.text || hasPlaceholder(name.text)) continue;
      const first = named.find((earlier) => earlier.text === name.text && together(earlier.span, name.span));
      if (first) findings.push({ span: name.span, message: `Another transport connector is already named "${name.text}"; connector names must be unique.`,
        related: [{ span: first.span, message: 'First connector with this name' }] });
      else named.push(name);
    }
    const seen: Binding[] = [];
    for (const parsed of connectorUris(connectors)) {
      const current = binding(parsed);
      if (!current) continue;
      const earlier = seen.find((b) => clash(b, current) && together(b.portSpan, current.portSpan));
      if (earlier) {
        const wildcard = WILDCARD_HOSTS.has(earlier.host) ? earlier.host : current.host;
        const where = earlier.host === current.host ? `${current.host || '(every interface)'}:${current.port}` : `port ${current.port}, which "${wildcard}" takes on every interface,`;
        findings.push({
          span: current.portSpan,
          message: `This connector binds ${where} like an earlier one; the second bind fails with "Address already in use" and the broker does not start.`,
          related: [{ span: earlier.portSpan, message: 'The earlier connector on this port' }],
        });
      }
      seen.push(current);
    }
    return findings;
  },
};
