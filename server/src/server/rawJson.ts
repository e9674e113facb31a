// Diagnostics the validation worker has already serialised reach the client as those bytes, not parsed and serialised
// again on the main thread (8 MB at 10,000 entries: two passes of tens of ms and tens of MB of garbage per keystroke).
// The worker writes its JSON as UTF-8 into memory it shares with the main thread (sharedJson.ts); RawJsonArray carries
// the bytes, the stdio writer (RawAwareMessageWriter) writes them inside the notification, and any other transport
// serialises them through toJSON (parsed once, as before).
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

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
 * The stdio message writer: vscode-jsonrpc's framing (a Content-Length header, then the message as UTF-8 JSON), with
 * raw arrays written as they are, part after part, so that a large message is never first copied into one buffer (8 MB
 * per keystroke at 10,000 entries, and a buffer of that size kept for it). As vscode-jsonrpc's writer does, a message
 * is written once the one before it is out, whole; `write` settles when its last part is.
 */
export class RawAwareMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private previous: Promise<unknown> = Promise.resolve();
  private errorCount = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    const parts = messageParts(message);
    const written = this.previous.then(() => this.writeParts(parts)).catch((error: unknown) => {
      this.errorCount++;
      this.fireError(error, message, this.errorCount);
      throw error;
    });
    this.previous = written.catch(() => undefined);
    return written;
  }

  end(): void {
    this.stream.end();
  }

  private writeParts(parts: Uint8Array[]): Promise<void> {
    const length = parts.reduce((sum, part) => sum + part.length, 0);
    return new Promise((resolve, reject) => {
      this.stream.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
      parts.forEach((part, i) => {
        if (i < parts.length - 1) this.stream.write(part);
        else this.stream.write(part, (error) => (error ? reject(error) : resolve()));
      });
    });
  }
}
