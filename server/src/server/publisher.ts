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
 * slow to fill, sharedJson.ts): two buffers in turn, the client's list in one, the other free for the next list
 * unless its message is still being written (then the next list gets a new buffer).
 */
class SentBytes {
  private readonly buffers: (Buffer | undefined)[] = [undefined, undefined];
  private current = -1;
  private length = 0;
  private readonly beingWritten = new Set<Buffer>();

  get bytes(): Buffer | undefined {
    return this.current < 0 ? undefined : this.buffers[this.current]!.subarray(0, this.length);
  }

  /** Keeps a copy of `json` as the client's list; `written` says its message is out and its memory free again. */
  keep(json: Uint8Array): { bytes: Buffer; written: () => void } {
    const slot = this.current === 0 ? 1 : 0;
    let buffer = this.buffers[slot];
    if (!buffer || buffer.length < json.length || this.beingWritten.has(buffer)) buffer = Buffer.allocUnsafeSlow(Math.max(json.length + (json.length >> 2), 4096));
    buffer.set(json);
    this.buffers[slot] = buffer;
    this.current = slot;
    this.length = json.length;
    this.beingWritten.add(buffer);
    const kept = buffer;
    return { bytes: buffer.subarray(0, json.length), written: () => this.beingWritten.delete(kept) };
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
