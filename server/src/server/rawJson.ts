// Diagnostics the validation worker has already serialised reach the client as those bytes, not parsed and serialised
// again on the main thread (8 MB at 10,000 entries: two passes of tens of ms and tens of MB of garbage per keystroke).
// The worker writes its JSON as UTF-8 into memory it shares with the main thread (sharedJson.ts); RawJsonArray carries
// the bytes, the stdio writer (stdioConnection.ts) splices them into the notification, and any other transport
// serialises them through toJSON (parsed once, as before).
import type { ContentTypeEncoder } from 'vscode-languageserver/node';

const fromUtf8 = new TextDecoder();

/** JSON text as UTF-8 bytes (Buffer's encoder: TextEncoder took 45-50 ms for 8 MB). */
export function jsonBytes(value: unknown): Uint8Array {
  return Buffer.from(JSON.stringify(value), 'utf8');
}

export class RawJsonArray {
  constructor(readonly bytes: Uint8Array) {}

  toJSON(): unknown {
    return JSON.parse(fromUtf8.decode(this.bytes));
  }
}

interface Notification {
  jsonrpc: string;
  method: string;
  params?: Record<string, unknown>;
}

/** A message as UTF-8 JSON; the parameters' raw arrays as their bytes. */
export function serializeMessage(message: object): Buffer {
  return Buffer.concat(messageParts(message));
}

/** A message as UTF-8 JSON in pieces, to be written one after the other. */
function messageParts(message: object): Uint8Array[] {
  const { params } = message as Notification;
  const raw = params && Object.entries(params).filter((entry): entry is [string, RawJsonArray] => entry[1] instanceof RawJsonArray);
  if (!raw || raw.length === 0) return [Buffer.from(JSON.stringify(message, undefined, 0), 'utf8')];
  // Only notifications carry them (publishDiagnostics): `{"jsonrpc":…,"method":…,"params":{…}}` with the raw
  // members appended to params.
  const { jsonrpc, method } = message as Notification;
  const rest = Object.fromEntries(Object.entries(params).filter(([, value]) => !(value instanceof RawJsonArray)));
  const inner = JSON.stringify({ jsonrpc, method, params: rest }).slice(0, -2);
  const parts: Uint8Array[] = [Buffer.from(inner, 'utf8')];
  raw.forEach(([name, value], i) => {
    parts.push(Buffer.from(`${i === 0 && inner.endsWith('{') ? '' : ','}${JSON.stringify(name)}:`, 'utf8'), value.bytes);
  });
  parts.push(Buffer.from('}}', 'utf8'));
  return parts;
}

/**
 * The application/json encoder of vscode-jsonrpc (UTF-8, as the protocol's stdio transport is), with raw arrays
 * written as they are, for one message writer. A large message is put together in a buffer the encoder keeps rather
 * than in fresh memory (slow to fill, sharedJson.ts): vscode-jsonrpc's stream writer encodes a message only after
 * the previous one is written, so the buffer is free again by then.
 */
export function rawAwareJsonEncoder(): ContentTypeEncoder {
  let kept: Buffer | undefined;
  return {
    name: 'application/json',
    encode: (message) => {
      const parts = messageParts(message);
      if (parts.length === 1) return Promise.resolve(parts[0]);
      const length = parts.reduce((sum, part) => sum + part.length, 0);
      if (!kept || kept.length < length) kept = Buffer.allocUnsafeSlow(length + (length >> 2));
      let at = 0;
      for (const part of parts) {
        kept.set(part, at);
        at += part.length;
      }
      return Promise.resolve(kept.subarray(0, length));
    },
  };
}
