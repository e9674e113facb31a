// A small LSP client over stdio to the built server process (dist/server.js), for protocol tests: it answers
// workspace/configuration from the test's settings and resolves promises on the diagnostics the client holds: those
// the server publishes, and, when the server analysed a version and found its diagnostics unchanged (so published
// nothing), the ones held already, for that version (it asks for activemqXml/analysed to know).
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/** The server's word that it analysed a version of a document, and whether that changed what it had published. */
export interface Analysed {
  uri: string;
  version: number;
  published: boolean;
}

export interface Waiter {
  uri: string;
  accept: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspClient {
  readonly connection: ProtocolConnection;
  readonly logs: string[] = [];
  settings: Record<string, unknown> = {};
  private readonly process: ChildProcess;
  private readonly waiters: Waiter[] = [];
  readonly published = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics and activemqXml/analysed, in the order they arrived. */
  readonly events: ({ kind: 'published'; params: PublishDiagnosticsParams } | { kind: 'analysed'; params: Analysed })[] = [];
  /** Every workspace/applyEdit the server asked for (and was told was applied). */
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  private readonly versions = new Map<string, number>();

  /** `env`: the server process's environment (by default this one's). */
  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.process = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.events.push({ kind: 'published', params: p });
      this.hold(p);
    });
    this.connection.onNotification('activemqXml/analysed', (a: Analysed) => {
      this.events.push({ kind: 'analysed', params: a });
      if (!a.published) this.hold({ uri: a.uri, version: a.version, diagnostics: this.published.get(a.uri)?.diagnostics ?? [] });
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onNotification('window/logMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.connection.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      this.appliedEdits.push(p);
      return { applied: true };
    });
    this.connection.listen();
  }

  private hold(p: PublishDiagnosticsParams): void {
    this.published.set(p.uri, p);
    for (const w of [...this.waiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  }

  /** `params`: more of the initialize request (workspaceFolders, initializationOptions). */
  async initialize(params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const initializationOptions = { analysedNotifications: true, ...(params.initializationOptions as object | undefined) };
    const result = (await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, ...params, initializationOptions })) as { capabilities: Record<string, unknown> };
    this.connection.sendNotification('initialized', {});
    return result.capabilities;
  }

  /** Resolves with the next diagnostics for uri that pass `accept`, or rejects after a timeout. */
  diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  open(uri: string, text: string, languageId = 'xml'): Promise<PublishDiagnosticsParams> {
    const wait = this.diagnostics(uri, (p) => (p.version ?? 1) >= 1);
    this.versions.set(uri, 1);
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return wait;
  }

  /** Replaces the whole text (a full change) and returns the new version. */
  change(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  save(uri: string): void {
    this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  close(uri: string): void {
    this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  notify(method: string, params: unknown): void {
    this.connection.sendNotification(method, params);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /**
   * Shuts the server down as an editor does (shutdown, then exit) and waits for its process to end, so that nothing
   * sent before (a didClose just now) is still being written when it goes: killing it then failed that write (EPIPE).
   */
  async stop(): Promise<void> {
    if (this.process.exitCode === null && this.process.signalCode === null) {
      const exited = new Promise((resolve) => this.process.once('exit', resolve));
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
      await exited;
    }
    this.connection.dispose();
  }
}

export function codes(diagnostics: Diagnostic[]): string[] {
  return [...new Set(diagnostics.map((d) => String(d.code)))].sort();
}
