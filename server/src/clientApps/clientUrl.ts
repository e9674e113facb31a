// The client's broker URL, parsed once, and which of its brokers the broker config's transport connectors serve.
import type { SecurityModel } from '../model/types';
import type { PropertyEntry } from '../parser/properties';
import type { Span } from '../parser/xmlTree';
import { allUris, hasPlaceholder, parseTransportUri, transportScheme, type TransportUri } from '../transport';
import type { ClientFile } from './clientFile';

export interface ClientUrl {
  entry: PropertyEntry;
  uri: TransportUri;
  /** A span in the URL value, as offsets of the properties file. */
  toFile(span: Span): Span;
}

/** The URL the file sets, parsed; undefined when it is absent, blank or a placeholder (nothing to judge then). */
export function readClientUrl(file: ClientFile): ClientUrl | undefined {
  const entry = file.url;
  if (!entry || hasPlaceholder(entry.value) || !entry.value.trim()) return undefined;
  return {
    entry,
    uri: parseTransportUri(entry.value),
    toFile: (span) => ({ start: entry.valueOffset(span.start), end: entry.valueOffset(span.end) }),
  };
}

export interface Listener {
  scheme: string;
  port: number;
}

/** The protocol a scheme speaks and whether over TLS; `auto` connectors detect the protocol. */
function flavour(scheme: string): { protocol: string; tls: boolean } {
  const parts = scheme.toLowerCase().split('+');
  const tls = parts.includes('ssl') || scheme === 'https' || scheme === 'wss' || scheme === 'amqp+wss';
  const base = parts[0] === 'https' ? 'http' : parts[0] === 'wss' ? 'ws' : parts[0];
  return { protocol: base === 'tcp' || base === 'nio' || base === 'ssl' ? 'openwire' : base, tls };
}

export function speaksTls(scheme: string): boolean {
  return flavour(scheme).tls;
}

function serves(listener: Listener, clientScheme: string): boolean {
  const server = flavour(listener.scheme);
  const client = flavour(clientScheme);
  return server.tls === client.tls && (server.protocol === client.protocol || server.protocol === 'auto');
}

/** The connectors' schemes and ports; undefined when some port is a placeholder (then nothing can be concluded). */
function listeners(model: SecurityModel): Listener[] | undefined {
  const result: Listener[] = [];
  for (const connector of model.transportConnectors) {
    const uri = connector.uri ? parseTransportUri(connector.uri.text) : undefined;
    if (!uri?.scheme || !uri.port) continue;
    if (hasPlaceholder(uri.port.text) || hasPlaceholder(uri.scheme.text)) return undefined;
    // A connector with an unknown scheme serves nothing (transport-uri reports it).
    if (!transportScheme(uri.scheme.text.toLowerCase())?.bindable) continue;
    result.push({ scheme: uri.scheme.text.toLowerCase(), port: Number(uri.port.text) });
  }
  return result;
}

/** One broker of the client's URL that no connector serves. */
export interface UnservedTarget {
  target: TransportUri;
  /** Lower case. */
  scheme: string;
  port: number;
  /** The connectors on that port (they speak another scheme); empty when nothing listens there. */
  onPort: Listener[];
}

export interface ConnectorMatch {
  /** Empty when one broker of the URL is served: the others may be brokers with configs of their own. */
  unserved: UnservedTarget[];
  /** What the broker serves, for messages: `tcp://…:61616, ssl://…:61617`. */
  available: string;
}

/** The URL's brokers against the connectors; undefined when the connectors cannot be known or there are none. */
export function matchConnectors(url: ClientUrl, model: SecurityModel): ConnectorMatch | undefined {
  const served = listeners(model);
  if (!served || served.length === 0) return undefined;
  // An unknown scheme fails in the client before any connection (client-url-syntax reports it): no port to judge.
  const targets = allUris(url.uri).filter((u) => !u.composite && u.scheme && u.port && /^\d+$/.test(u.port.text) && u.scheme.text.toLowerCase() !== 'vm'
    && transportScheme(u.scheme.text.toLowerCase()) !== undefined);
  const isServed = (target: TransportUri) => served.some((l) => l.port === Number(target.port!.text) && serves(l, target.scheme!.text.toLowerCase()));
  const available = served.map((l) => `${l.scheme}://…:${l.port}`).join(', ');
  if (targets.some(isServed)) return { unserved: [], available };
  const unserved = targets.map((target) => {
    const port = Number(target.port!.text);
    return { target, scheme: target.scheme!.text.toLowerCase(), port, onPort: served.filter((l) => l.port === port) };
  });
  return { unserved, available };
}
