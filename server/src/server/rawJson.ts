// Diagnostics the validation worker has already serialised reach the client as that text, not parsed and serialised
// again on the main thread (8 MB at 10,000 entries: two passes of tens of ms and tens of MB of garbage per keystroke).
// RawJsonArray carries the text; the stdio writer (stdioConnection.ts) splices it into the notification, and any other
// transport serialises it through toJSON (parsed once, as before).
import type { ContentTypeEncoder } from 'vscode-languageserver/node';

export class RawJsonArray {
  constructor(readonly json: string) {}

  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

interface Notification {
  jsonrpc: string;
  method: string;
  params?: Record<string, unknown>;
}

/** A message as JSON; the parameters' raw arrays as their text. */
export function serializeMessage(message: object): string {
  const { params } = message as Notification;
  const raw = params && Object.entries(params).filter((entry): entry is [string, RawJsonArray] => entry[1] instanceof RawJsonArray);
  if (!raw || raw.length === 0) return JSON.stringify(message, undefined, 0);
  // Only notifications carry them (publishDiagnostics): `{"jsonrpc":…,"method":…,"params":{…}}` with the raw
  // members appended to params.
  const { jsonrpc, method } = message as Notification;
  const rest = Object.fromEntries(Object.entries(params).filter(([, value]) => !(value instanceof RawJsonArray)));
  const head = JSON.stringify({ jsonrpc, method, params: rest });
  const members = raw.map(([name, value]) => `${JSON.stringify(name)}:${value.json}`).join(',');
  const inner = head.slice(0, -2);
  return `${inner}${inner.endsWith('{') ? '' : ','}${members}}}`;
}

/** The application/json encoder of vscode-jsonrpc, with raw arrays written as they are. */
export const RAW_AWARE_JSON_ENCODER: ContentTypeEncoder = {
  name: 'application/json',
  encode: (message, options) => Promise.resolve(Buffer.from(serializeMessage(message), options.charset)),
};
