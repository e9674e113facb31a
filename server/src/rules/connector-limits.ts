// connector-limits: a connector open to the network with ActiveMQ's unlimited defaults for connections and frame size.
import { hasPlaceholder } from '../transport';
import { connectorUris, type ParsedConnectorUri } from '../transport/connectorUris';
import { listensBeyondThisMachine } from '../transport/hosts';
import type { Finding, Fix, Rule } from './types';

/** The limits ActiveMQ's own activemq.xml sets on its connectors ("DOS protection"), frame size as shipped until 2026. */
const SHIPPED_LIMITS = { maximumConnections: '1000', 'wireFormat.maxFrameSize': '104857600' } as const;
type Limit = keyof typeof SHIPPED_LIMITS;

interface LimitsData {
  missing: Limit[];
  /** Where the options go: the end of the URI in the document, and whether a `?` is already there. */
  end: number;
  separator: '?' | '&amp;' | '';
}

/** The limits a connector's URI lacks; MQTT's wire format caps frames at 256 MB by itself (MQTTWireFormat). */
function missingLimits(parsed: ParsedConnectorUri, wireFormat: string | undefined): Limit[] {
  // In any letter case: a name in the wrong case is transport-uri's finding, not a missing limit.
  const names = new Set(parsed.uri.options.map((o) => o.name.text.toLowerCase()));
  const missing: Limit[] = [];
  if (!names.has('maximumconnections')) missing.push('maximumConnections');
  if (wireFormat !== 'mqtt' && !names.has('wireformat.maxframesize')) missing.push('wireFormat.maxFrameSize');
  return missing;
}

export const connectorLimits: Rule = {
  id: 'connector-limits',
  defaultSeverity: 'info',
  category: 'transport',
  summary: 'A connector open to the network without `maximumConnections` or `wireFormat.maxFrameSize`, whose defaults are unlimited.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const findings: Finding[] = [];
    for (const parsed of connectorUris(doc.model.transportConnectors)) {
      const { uri: { scheme }, schemeInfo: info } = parsed;
      if (!scheme || !info?.tcpServer || parsed.uri.composite || !listensBeyondThisMachine(parsed.uri) || hasPlaceholder(parsed.uri.text)) continue;
      const missing = missingLimits(parsed, info.wireFormat);
      if (missing.length === 0) continue;
      const text = parsed.uri.text;
      const data: LimitsData = {
        missing,
        end: parsed.toDocument({ start: text.length, end: text.length }).end,
        separator: !text.includes('?') ? '?' : /[?&]$/.test(text) ? '' : '&amp;',
      };
      const what = missing.length === 2 ? 'neither `maximumConnections` nor `wireFormat.maxFrameSize`' : `no \`${missing[0]}\``;
      const defaults = missing.map((m) => (m === 'maximumConnections' ? 'any number of connections' : 'frames of any size')).join(' and ');
      findings.push({
        span: parsed.toDocument(scheme.span),
        message: `This ${scheme.text}:// connector is open to the network with ${what}: ActiveMQ's defaults accept ${defaults}, so one client can exhaust the broker. ActiveMQ's own activemq.xml sets both ("DOS protection").`,
        data,
      });
    }
    return findings;
  },
  fixes(finding): Fix[] {
    const data = finding.data as LimitsData | undefined;
    if (!data) return [];
    const options = data.missing.map((m) => `${m}=${SHIPPED_LIMITS[m]}`);
    return [{
      title: `Add ${options.join(' and ')}`,
      edits: [{ span: { start: data.end, end: data.end }, newText: data.separator + options.join('&amp;') }],
      preferred: true,
    }];
  },
};
