// Where a network bridge sends its userName/password without TLS: DemandForwardingBridgeSupport logs in to the remote
// broker with remoteUserName/remotePassword (else userName/password) over the URI the discovery agent hands it:
// each URI of a static:(...) list, or for multicast/zeroconf/http discovery the connectors the other brokers advertise.
import { allUris, hasPlaceholder, type TransportUri } from '../../transport';
import { connectorUris, type ParsedConnectorUri } from '../../transport/connectorUris';
import { listensBeyondThisMachine } from '../../transport/hosts';
import { tlsForm, transportScheme } from '../../transport/schemes';
import { attribute, attributeValue, type Span } from '../../parser/xmlTree';
import type { SecurityModel } from '../../model/types';
import type { RelatedPlace } from '../types';

export interface ClearBridge {
  /** The scheme that carries the credentials in clear, in document offsets. */
  span: Span;
  scheme: string;
  secure: string;
  /** Which credentials the bridge sends (for the message). */
  credentials: string;
  /** For discovery: the advertised connector the bridge would log in to, in this config. */
  related?: RelatedPlace[];
  discovery?: string;
}

/** Discovery schemes that name their peers in a list: `static:(...)`, `simple:(...)`, `masterslave:(...)`. */
export const PEER_LIST_SCHEMES = new Set(['static', 'simple', 'masterslave']);

function set(value: string | undefined): boolean {
  return (value ?? '').trim() !== '';
}

/** A plain transport that leaves this machine and has a TLS form to offer. */
function plainRemote(uri: TransportUri): { scheme: string; secure: string } | undefined {
  const scheme = uri.scheme?.text.toLowerCase();
  if (!scheme || hasPlaceholder(scheme) || uri.composite) return undefined;
  const info = transportScheme(scheme);
  const secure = tlsForm(scheme);
  if (!info || info.tls || !secure || !listensBeyondThisMachine(uri)) return undefined;
  return { scheme: uri.scheme!.text, secure };
}

/** The transport connectors of this config that advertise themselves on `discovery` (their discoveryUri's scheme). */
function advertised(model: SecurityModel, discovery: string): ParsedConnectorUri[] {
  return connectorUris(model.transportConnectors).filter((c) => {
    const uri = attributeValue(c.connector.element, 'discoveryUri') ?? '';
    return uri.toLowerCase().startsWith(`${discovery}:`);
  });
}

export function bridgesInClear(model: SecurityModel): ClearBridge[] {
  const found: ClearBridge[] = [];
  for (const parsed of connectorUris(model.networkConnectors)) {
    const element = parsed.connector.element;
    if (element.localName !== 'networkConnector') continue;
    const remote = set(attributeValue(element, 'remoteUserName')) || set(attributeValue(element, 'remotePassword'));
    const local = set(attributeValue(element, 'userName')) || set(attributeValue(element, 'password'));
    if (!remote && !local) continue;
    const credentials = remote ? 'remoteUserName and remotePassword' : 'userName and password';
    const discovery = parsed.uri.scheme?.text.toLowerCase() ?? '';
    if (PEER_LIST_SCHEMES.has(discovery)) {
      for (const part of (parsed.uri.composite?.parts ?? []).flatMap(allUris)) {
        const plain = plainRemote(part);
        if (plain && part.scheme) found.push({ span: parsed.toDocument(part.scheme.span), ...plain, credentials });
      }
    } else if (parsed.uri.scheme && !parsed.uri.composite) {
      // The peers are whatever brokers the agent finds; in a network built from this config, its advertised connectors.
      for (const connector of advertised(model, discovery)) {
        const plain = plainRemote(connector.uri);
        if (!plain) continue;
        const value = attribute(connector.connector.element, 'uri')!.valueSpan;
        found.push({
          span: parsed.toDocument(parsed.uri.scheme.span),
          ...plain,
          credentials,
          discovery: parsed.uri.scheme.text,
          related: [{ span: value, message: `advertised on ${discovery} discovery without TLS` }],
        });
        break;
      }
    }
  }
  return found;
}
