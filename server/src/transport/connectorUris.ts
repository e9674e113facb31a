// Connector URIs parsed once per rule run, with a mapping from URI offsets back to the document
// (the attribute value may hold entities such as &amp;, so offsets go through valueOffset).
import type { Connector } from '../model/types';
import { attribute, type Span, type XmlAttribute } from '../parser/xmlTree';
import { parseTransportUri, type TransportUri } from './index';

export interface ParsedConnectorUri {
  connector: Connector;
  attribute: XmlAttribute;
  uri: TransportUri;
  /** A span of the URI string as a span of the document. */
  toDocument(span: Span): Span;
}

export function connectorUris(connectors: readonly Connector[]): ParsedConnectorUri[] {
  const result: ParsedConnectorUri[] = [];
  for (const connector of connectors) {
    const attr = attribute(connector.element, 'uri');
    if (!attr) continue;
    result.push({
      connector,
      attribute: attr,
      uri: parseTransportUri(attr.value),
      toDocument: (span) => ({ start: attr.valueOffset(span.start), end: attr.valueOffset(span.end) }),
    });
  }
  return result;
}
