// Publishes a document's diagnostics only when they differ from what the client last received for it: at 10,000
// entries an unchanged list is megabytes of JSON per keystroke for nothing. Tracks, per open document, the version
// whose diagnostics the client holds (sent, or unchanged since), which activemqXml/validationState reports.
import type { Diagnostic } from 'vscode-languageserver/node';
import { jsonBytes, RawJsonArray } from './rawJson';

/** publishDiagnostics' parameters, with the diagnostics as objects or as their JSON (rawJson.ts). */
export interface PublishParams {
  uri: string;
  version: number | undefined;
  diagnostics: Diagnostic[] | RawJsonArray;
}

/**
 * A document's list as the client last received it, in memory kept from one publish to the next (fresh memory is
 * slow to fill, sharedJson.ts): the next list is copied over it once compared, unless its message is still being
 * written; then into the buffer before it, if that one is free, else into a new one.
 */
class SentBytes {
  private current: Buffer | undefined;
  private previous: Buffer | undefined;
  private length = 0;
  private readonly beingWritten = new Set<Buffer>();

  get bytes(): Buffer | undefined {
    return this.current?.subarray(0, this.length);
  }

  /** Keeps a copy of `json` as the client's list; `written` says its message is out and its memory free again. */
  keep(json: Uint8Array): { bytes: Buffer; written: () => void } {
    const free = (buffer: Buffer | undefined) => buffer !== undefined && buffer.length >= json.length && !this.beingWritten.has(buffer);
    let buffer: Buffer;
    if (free(this.current)) {
      buffer = this.current!;
      this.previous = undefined;
    } else {
      buffer = free(this.previous) ? this.previous! : Buffer.allocUnsafeSlow(Math.max(json.length + (json.length >> 2), 4096));
      this.previous = this.current;
    }
    buffer.set(json);
    this.current = buffer;
    this.length = json.length;
    this.beingWritten.add(buffer);
    return { bytes: buffer.subarray(0, json.length), written: () => this.beingWritten.delete(buffer) };
  }
}

export class Publisher {
  /** What the client last received for each document, as UTF-8 JSON. */
  private readonly sent = new Map<string, SentBytes>();
  private readonly versions = new Map<string, number>();

  /** `send` may return a promise that settles once the message is written (its bytes may be reused then). */
  constructor(private readonly send: (params: PublishParams) => unknown) {}

  /**
   * Publishes `json` (the diagnostics as UTF-8 JSON) for a version, unless it is what the client already has and
   * `force` is not set (an opened document always gets its list). Returns whether anything was sent.
   */
  publishJson(uri: string, version: number | undefined, json: Uint8Array, force = false): boolean {
    if (version !== undefined) this.versions.set(uri, version);
    let sent = this.sent.get(uri);
    if (!force && sent?.bytes?.equals(json)) return false;
    if (!sent) this.sent.set(uri, (sent = new SentBytes()));
    // Copied now: `json` may be the worker's shared buffer, which it writes again once handed back.
    const { bytes, written } = sent.keep(json);
    void Promise.resolve(this.send({ uri, version, diagnostics: new RawJsonArray(bytes) })).then(written, written);
    return true;
  }

  publish(uri: string, diagnostics: Diagnostic[], version?: number, force = false): boolean {
    return this.publishJson(uri, version, jsonBytes(diagnostics), force);
  }

  /** The version whose diagnostics the client holds, if the document is open and was validated. */
  publishedVersion(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  /** A closed document: its version is gone, and what it publishes next (cleared, or the disk's) is sent. */
  forget(uri: string): void {
    this.sent.delete(uri);
    this.versions.delete(uri);
  }
}
