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

export class Publisher {
  /** What the client last received for each document, as UTF-8 JSON. */
  private readonly sent = new Map<string, Uint8Array>();
  private readonly versions = new Map<string, number>();

  constructor(private readonly send: (params: PublishParams) => void) {}

  /**
   * Publishes `json` (the diagnostics as UTF-8 JSON) for a version, unless it is what the client already has and
   * `force` is not set (an opened document always gets its list). Returns whether anything was sent.
   */
  publishJson(uri: string, version: number | undefined, json: Uint8Array, force = false): boolean {
    if (version !== undefined) this.versions.set(uri, version);
    const sent = this.sent.get(uri);
    if (!force && sent && Buffer.from(sent.buffer, sent.byteOffset, sent.byteLength).equals(json)) return false;
    this.sent.set(uri, json);
    this.send({ uri, version, diagnostics: new RawJsonArray(json) });
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
