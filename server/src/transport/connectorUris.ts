// Connector URIs parsed once per rule run, with a mapping from URI offsets back to the document
// (the attribute value may hold entities such as &amp;, so offsets go through valueOffset).
import type { Connector } from '../model/types';
import { attribute, type Span, type XmlAttribute } from '../parser/xmlTree';
import { discoveryScheme, parseTransportUri, transportScheme, type SchemeInfo, type TransportUri } from './index';

export interface ParsedConnectorUri {
  connector: Connector;
  attribute: XmlAttribute;
  uri: TransportUri;
  /** What ActiveMQ registers under the URI's scheme (a transport, or for a network connector a discovery agent). */
  schemeInfo: SchemeInfo | undefined;
  /** A span of the URI string as a span of the document. */
  toDocument(span: Span): Span;
}

export function connectorUris(connectors: readonly Connector[]): ParsedConnectorUri[] {
  const result: ParsedConnectorUri[] = [];
  for (const connector of connectors) {
    const attr = attribute(connector.element, 'uri');
    if (!attr) continue;
    const uri = parseTransportUri(attr.value);
    const scheme = uri.scheme?.text.toLowerCase();
    result.push({
      connector,
      attribute: attr,
      uri,
      schemeInfo: scheme === undefined ? undefined : connector.kind === 'transport' ? transportScheme(scheme) : discoveryScheme(scheme),
      toDocument: (span) => ({ start: attr.valueOffset(span.start), end: attr.valueEndOffset(span.end) }),
    });
  }
  return result;
}
