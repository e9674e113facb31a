// The language server: LSP glue over the pure language service. Documents, settings, scheduling and error
// isolation live here; everything a user sees comes from the facade.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createConnection, ErrorCodes, ProposedFeatures, PublishDiagnosticsNotification, ResponseError, TextDocuments, TextDocumentSyncKind, type Diagnostic } from 'vscode-languageserver/node';
import { FIX_ALL_KIND, formatWhoCanText, getLanguageService, resolveSettings, type FeatureContext, type XmldomVerdict } from './service/languageService';
import { Environments, filePath, UNTRUSTED_REASON } from './server/environments';
import { WorkspaceCheck } from './server/workspaceCheck';
import { guarded, logFailure } from './server/guard';
import { adaptiveDelay, ChangeClock, Debouncer } from './server/scheduler';
import { createStdioConnection } from './server/stdioConnection';
import { toServerSettings, type ClientSettings, type ServerSettings } from './server/settings';
import { Publisher } from './server/publisher';
import { jsonBytes } from './server/rawJson';
import { ValidationWorker, type AnalysisRequest } from './server/validationWorker';
import { VersionedContexts } from './server/versionedContexts';
import { analyseXml } from './server/xmlAnalysis';
import { CompactTextDocument, decodeText } from './node/compactDocument';

// Over stdio (the VS Code client, tests, benchmarks) the connection writes the worker's diagnostics JSON as it is.
const connection = process.argv.includes('--stdio') ? createStdioConnection() : createConnection(ProposedFeatures.all);
// The main thread never makes a string of the whole text per edit (node/compactDocument.ts says why).
const documents = new TextDocuments<CompactTextDocument>({
  create: (uri, languageId, version, text) => new CompactTextDocument(uri, languageId, version, text),
  update: (document, changes, version) => {
    document.update(changes, version);
    return document;
  },
});
const service = getLanguageService();
const debouncer = new Debouncer();
const changes = new ChangeClock(() => performance.now());
const log = (message: string) => connection.console.log(message);
const publisher = new Publisher((params) => connection.sendNotification(PublishDiagnosticsNotification.type.method, params));
const empty: never[] = [];

let redHatXml = false;
let settings: ServerSettings = toServerSettings(undefined, false);
let pullConfiguration = false;
const announced = new Map<string, string>();
// Side files are read only inside the workspace folder holding a config (or its own folder), and none at all in a
// workspace VS Code does not trust; a client that says nothing of trust (another editor, the tests) is trusted.
let workspaceFolders: string[] = [];
let trusted = true;
let workspaceFolderEvents = false;
const environments = new Environments(() => settings.service, () => ({ folders: workspaceFolders, allowOutside: settings.allowOutside, trusted }), log);

interface InitializationOptions {
  redHatXmlActive?: boolean;
  settings?: ClientSettings;
  trusted?: boolean;
  /** Send activemqXml/analysed after each validation (tests and benchmarks wait on it, published or not). */
  analysedNotifications?: boolean;
}
let analysedNotifications = false;

function folderPaths(folders: { uri: string }[] | null | undefined): string[] {
  return (folders ?? []).map((f) => filePath(f.uri)).filter((p): p is string => p !== undefined);
}

function sayTrust(): void {
  if (!trusted) log(`activemq-xml: ${UNTRUSTED_REASON}: login.config, credentials.properties, users and groups files, jetty.xml, key stores and .activemq-lint.json are not read until the workspace is trusted.`);
}

connection.onInitialize((params) => {
  const options = params.initializationOptions as InitializationOptions | undefined;
  redHatXml = !!options?.redHatXmlActive;
  trusted = options?.trusted !== false;
  analysedNotifications = !!options?.analysedNotifications;
  pullConfiguration = !!params.capabilities.workspace?.configuration;
  workspaceFolderEvents = !!params.capabilities.workspace?.workspaceFolders;
  workspaceFolders = params.workspaceFolders ? folderPaths(params.workspaceFolders) : folderPaths(params.rootUri ? [{ uri: params.rootUri }] : []);
  useSettings(toServerSettings(options?.settings, redHatXml));
  return {
    capabilities: {
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['<', '"', ',', ' ', '.', '?', '&'] },
      codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
      documentSymbolProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentLinkProvider: { resolveProvider: false },
      selectionRangeProvider: true,
      foldingRangeProvider: true,
      linkedEditingRangeProvider: true,
      renameProvider: { prepareProvider: true },
      // The client owns the user-facing command of the same purpose; this id is the server's half of it.
      executeCommandProvider: { commands: ['activemqXml.server.insertDocumentedEntries'] },
    },
  };
});

async function refreshSettings(): Promise<void> {
  if (!pullConfiguration) return;
  try {
    const raw = (await connection.workspace.getConfiguration('activemqXml')) as ClientSettings;
    useSettings(toServerSettings(raw, redHatXml));
  } catch (error) {
    log(`activemq-xml: could not read settings: ${String(error)}`);
  }
}

connection.onInitialized(() => {
  sayTrust();
  if (workspaceFolderEvents) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(folderPaths(event.removed));
      workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...folderPaths(event.added)];
      revalidateAll();
    });
  }
  void refreshSettings().then(() => documents.all().forEach((d) => validate(d)));
});
// The client's word that the user trusted the workspace (VS Code's onDidGrantWorkspaceTrust): side files are read from now on.
connection.onNotification('activemqXml/workspaceTrusted', () => {
  trusted = true;
  log('activemq-xml: the workspace is trusted now: the files beside configs are read.');
  revalidateAll();
});

function revalidateAll(): void {
  clearEnvironments();
  for (const document of documents.all()) validate(document);
}
connection.onDidChangeConfiguration(async (change) => {
  if (!pullConfiguration) useSettings(toServerSettings((change.settings as { activemqXml?: ClientSettings })?.activemqXml, redHatXml));
  await refreshSettings();
  for (const document of documents.all()) validate(document);
});
// The client watches .activemq-lint.json and the files beside configs that rules read: one changed, appeared or
// went, so every document's settings or findings may have.
connection.onDidChangeWatchedFiles(revalidateAll);

function useSettings(next: ServerSettings): void {
  settings = next;
  clearEnvironments();
}

/** Bumped whenever the environments are read again, so the validation worker reads its own again too. */
let environmentEpoch = 0;
function clearEnvironments(): void {
  environments.clear();
  contexts.clear();
  environmentEpoch++;
}

function isProperties(uri: string): boolean {
  return /alfresco-global\.properties$/.test(uri);
}

function announce(uri: string, reason: string): void {
  if (announced.get(uri) === reason) return;
  announced.set(uri, reason);
  log(`activemq-xml: ${uri}: ${reason}`);
}

/** Per document, xmldom's verdict on its last analysed version: the main thread's parse of that version reuses it. */
const verdicts = new Map<string, { version: number; verdict: XmldomVerdict }>();

function contextOf(document: CompactTextDocument): FeatureContext | undefined {
  const text = document.getText();
  const { settings: documentSettings, files } = environments.for(document.uri);
  // The text alone rules out most (no broker, too large) before a parse; the parse settles a text that only looked like one.
  if (!service.whetherAnalysed(text, documentSettings).analysed) return undefined;
  const known = verdicts.get(document.uri);
  const doc = service.parse(text, document.uri, document.version, known?.version === document.version ? known.verdict : undefined);
  return service.whetherAnalysed(text, documentSettings, doc).analysed ? service.context(doc, documentSettings, files) : undefined;
}

function brokerContextFor(): FeatureContext | undefined {
  for (const document of documents.all()) {
    if (!isProperties(document.uri) && service.whetherAnalysed(document.getText()).reason !== 'notBroker') return contextOf(document);
  }
  return undefined;
}

const analysisMs = new Map<string, number>();
const idle = new Debouncer();
/**
 * How long a document must stay unchanged before the main thread parses its analysed version for requests. Until
 * then they are answered from the version it holds, mapped: catching up at every short pause in the typing cost a
 * large document a whole parse per pause (for 10,000 entries about 80 MB more peak memory, as each parse's garbage
 * piled up beside the worker's), and competed with the next keystroke's validation for the processor.
 */
const IDLE_MS = 1000;

function analyseInProcess(request: AnalysisRequest) {
  const start = performance.now();
  const analysis = analyseXml(service, environments.for(request.uri), request.uri, decodeText(request.text), request.version);
  return { json: jsonBytes(analysis.diagnostics), reason: analysis.reason, failures: analysis.failures, ms: performance.now() - start };
}
// ACTIVEMQ_XML_WORKER_HEAP_MB: a fixed first cap for the worker's heap, raised only when it runs out (for tests).
const fixedWorkerHeapMb = Number(process.env.ACTIVEMQ_XML_WORKER_HEAP_MB) || undefined;
const textOf = (uri: string, version: number) => {
  const document = documents.get(uri);
  return document?.version === version ? document.encoded() : undefined;
};
const validation = new ValidationWorker(join(__dirname, 'analysisWorker.js'), analyseInProcess, textOf, log, fixedWorkerHeapMb, fixedWorkerHeapMb === undefined);

/** Validates a version (off the main thread) and publishes its diagnostics if they changed and it is still current. */
function validate(document: CompactTextDocument, opened = false): void {
  const uri = document.uri;
  const version = document.version;
  if (isProperties(uri)) {
    let diagnostics: Diagnostic[] = [];
    try {
      diagnostics = service.validateClientSettings(document.getText(), uri, brokerContextFor());
    } catch (error) {
      logFailure(log, `validation of ${uri}`, error);
    }
    return publishAnalysed(uri, version, jsonBytes(diagnostics), opened);
  }
  const text = document.encoded();
  const environment = { epoch: environmentEpoch, userSettings: settings.service, confinement: { folders: workspaceFolders, allowOutside: settings.allowOutside, trusted } };
  void validation.analyse({ uri, version, text, environment }).then((outcome) => {
    // Cancelled, or a newer version arrived meanwhile: its own run publishes.
    if (!outcome || documents.get(uri)?.version !== version) return;
    if (outcome.ms > 0) analysisMs.set(uri, outcome.ms);
    if (outcome.verdict) verdicts.set(uri, { version, verdict: outcome.verdict });
    if (outcome.reason) announce(uri, outcome.reason);
    outcome.failures.forEach(log);
    publishAnalysed(uri, version, outcome.json, opened);
    // Requests are answered from this version once the user pauses: parsing it now would compete with the next
    // keystroke's validation for the processor. Its rules do not run here: a quick fix runs only the rules of the
    // diagnostics it is asked about (problemsOf), whose kept findings make that a fraction of a validation.
    idle.schedule(uri, Math.max(IDLE_MS, 2 * outcome.ms), () => {
      const latest = documents.get(uri);
      if (latest?.version === version) guarded('context', log, undefined, () => contexts.refresh(latest))();
    });
  });
}

function publishAnalysed(uri: string, version: number, json: Uint8Array, opened: boolean): void {
  if (documents.get(uri)?.version !== version) return;
  const published = publisher.publishJson(uri, version, json, opened);
  if (analysedNotifications) void connection.sendNotification('activemqXml/analysed', { uri, version, published });
}

const validationPending = (uri: string) => debouncer.isScheduled(uri) || validation.isBusyWith(uri);
// What the server has done with a document, asked instead of waited for (tests, and clients that show progress):
// the version it holds, the version whose diagnostics the client has (published, or unchanged since), and whether
// a validation is scheduled or running.
connection.onRequest('activemqXml/validationState', (p: { uri: string }) => ({
  version: documents.get(p.uri)?.version ?? null,
  publishedVersion: publisher.publishedVersion(p.uri) ?? null,
  scheduled: validationPending(p.uri),
}));
// The same in detail: whether the debounce waits, which version the validation worker is analysing now, and which
// version the main thread answers requests from (caught up once the typing has paused: `catchingUp` until then).
connection.onRequest('activemqXml/validationProgress', (p: { uri: string }) => ({
  version: documents.get(p.uri)?.version ?? null,
  publishedVersion: publisher.publishedVersion(p.uri) ?? null,
  waiting: debouncer.isScheduled(p.uri),
  running: validation.runningVersion(p.uri) ?? null,
  heldVersion: contexts.heldVersion(p.uri),
  catchingUp: idle.isScheduled(p.uri),
}));

documents.onDidOpen(({ document }) => validate(document, true));
documents.onDidChangeContent(({ document }) => {
  const sincePrevious = changes.changed(document.uri);
  if (settings.trigger === 'onType') debouncer.schedule(document.uri, adaptiveDelay(analysisMs.get(document.uri), sincePrevious), () => {
    const latest = documents.get(document.uri);
    if (latest) validate(latest);
  });
});
documents.onDidSave(({ document }) => validate(document));
documents.onDidClose(({ document }) => {
  const uri = document.uri;
  debouncer.cancel(uri);
  changes.forget(uri);
  idle.cancel(uri);
  validation.forget(uri);
  contexts.forget(uri);
  publisher.forget(uri);
  service.forget(uri);
  announced.delete(uri);
  analysisMs.delete(uri);
  verdicts.delete(uri);
  // A file the workspace check covers keeps showing its problems, now those of the file on disk.
  if (workspaceCheck.has(uri)) workspaceCheck.refresh(uri);
  else publisher.publish(uri, [], undefined, true);
});

const workspaceCheck = new WorkspaceCheck({
  isOpen: (uri) => documents.get(uri) !== undefined,
  diagnose: (uri, text) => {
    try {
      const analysis = analyseXml(service, environments.for(uri), uri, text, 0);
      analysis.failures.forEach(log);
      return analysis.diagnostics;
    } catch (error) {
      logFailure(log, `validation of ${uri}`, error);
      return [];
    } finally {
      service.forget(uri); // a workspace holds many configs: keep none of their parses
    }
  },
  publish: (uri, diagnostics) => void publisher.publish(uri, diagnostics),
  // Three bytes of UTF-8 at most per UTF-16 unit: a file within the character limit is never cut short.
  read: (uri) => environments.readWorkspaceFile(uri, resolveSettings(environments.for(uri).settings).maxFileSizeKB * 1024 * 3),
});
connection.onRequest('activemqXml/checkFiles', (p: { uris: string[] }) => workspaceCheck.run(p.uris));

// Until the held version has caught up at the pause, requests are answered from it, mapped: a request right after
// the diagnostics arrive does not parse the document itself.
const contexts = new VersionedContexts(contextOf, (uri) => validationPending(uri) || idle.isScheduled(uri));

/** A request on a document, inside the guard, answered from the context requests are served from (mapped). */
function withContext<P, R>(name: string, fallback: R, uri: string, params: P, run: (context: FeatureContext, params: P) => R, current = false): R {
  const document = documents.get(uri);
  if (!document) return fallback;
  return guarded(name, log, fallback, () => contexts.answer(document, fallback, params, run, current))();
}

connection.onHover((p) => withContext('hover', null, p.textDocument.uri, p, (c, q) => service.hover(c, q.position)));
connection.onCompletion((p) => withContext('completion', { isIncomplete: false, items: [] }, p.textDocument.uri, p, (c, q) => service.completion(c, q.position)));
connection.onDocumentSymbol((p) => withContext('documentSymbol', empty, p.textDocument.uri, p, (c) => service.documentSymbols(c)));
connection.onDefinition((p) => withContext('definition', empty, p.textDocument.uri, p, (c, q) => service.definition(c, q.position)));
connection.onReferences((p) => withContext('references', empty, p.textDocument.uri, p, (c, q) => service.references(c, q.position, q.context.includeDeclaration)));
connection.onDocumentHighlight((p) => withContext('documentHighlight', empty, p.textDocument.uri, p, (c, q) => service.documentHighlights(c, q.position)));
connection.onDocumentLinks((p) => withContext('documentLinks', empty, p.textDocument.uri, p, (c) => service.documentLinks(c)));
connection.onSelectionRanges((p) => withContext('selectionRanges', empty, p.textDocument.uri, p, (c, q) => service.selectionRanges(c, q.positions)));
connection.onFoldingRanges((p) => withContext('foldingRanges', empty, p.textDocument.uri, p, (c) => service.foldingRanges(c)));
connection.languages.onLinkedEditingRange((p) => withContext('linkedEditingRange', null, p.textDocument.uri, p, (c, q) => service.linkedEditingRanges(c, q.position)));
// A refusal travels as an error: VS Code shows its message where the user typed the name.
const refusedAsError = <T extends object>(result: T | { refusal: string } | null) =>
  result && 'refusal' in result ? new ResponseError<void>(ErrorCodes.InvalidParams, result.refusal) : result;
// A rename must see every occurrence, the ones typed since too: it waits for the current version's parse.
connection.onPrepareRename((p) => refusedAsError(withContext('prepareRename', null, p.textDocument.uri, p, (c, q) => service.prepareRename(c, q.position), true)));
connection.onRenameRequest((p) => refusedAsError(withContext('rename', null, p.textDocument.uri, p, (c, q) => service.rename(c, q.position, q.newName), true)));
connection.onCodeAction((p) => {
  if (isProperties(p.textDocument.uri)) return guarded('codeAction', log, empty, () => service.propertiesCodeActions(p.textDocument.uri, p.context.diagnostics, p.context.only))();
  return withContext('codeAction', empty, p.textDocument.uri, p, (c, q) => service.codeActions(c, q.range, q.context.diagnostics, q.context.only));
});

connection.onRequest('activemqXml/whoCan', (p: { uri: string; destination: string }) =>
  withContext('whoCan', { error: 'not an ActiveMQ broker config' } as object, p.uri, p, (c) => {
    const { answer, permissions } = service.whoCan(c, p.destination, p.uri);
    return { answer, permissions, markdown: formatWhoCanText([answer]) };
  }));

// The access matrix webview asks for the whole matrix; the client only renders it.
connection.onRequest('activemqXml/accessMatrix', (p: { uri: string; view?: string; destinations?: unknown[] }) => {
  const destinations = (Array.isArray(p.destinations) ? p.destinations : []).filter((d): d is string => typeof d === 'string' && d.length <= 1000).slice(0, 200);
  const view = p.view === 'groups' ? 'groups' : 'users';
  return withContext('accessMatrix', { view, unavailable: 'not an ActiveMQ broker config', rows: [], columns: [], entries: [], marks: [], by: {} } as object,
    p.uri, p, (c) => service.accessMatrixForView(c, { view, destinations }));
});

connection.onRequest('activemqXml/documentStatus', (p: { uri: string }) => {
  const document = documents.get(p.uri);
  if (!document || isProperties(p.uri)) return null;
  const { settings: documentSettings, files } = environments.for(document.uri);
  return guarded('documentStatus', log, null, () => {
    const { text, version } = contexts.answeredVersion(document);
    return service.documentStatus(text, document.uri, version, documentSettings, files);
  })();
});

connection.onExecuteCommand(guarded('executeCommand', log, undefined, async (p: { command: string; arguments?: unknown[] }) => {
  if (p.command !== 'activemqXml.server.insertDocumentedEntries') return;
  const uri = (p.arguments?.[0] as string | undefined) ?? '';
  const document = documents.get(uri);
  const context = document && contextOf(document);
  if (!document || !context) return { applied: false, reason: 'not an ActiveMQ broker config' };
  const { edit, titles } = service.documentedEntries(context);
  if (!edit) return { applied: false, reason: 'the documented entries are already there' };
  const change = { range: context.doc.range(edit.span), newText: edit.newText };
  const result = await connection.workspace.applyEdit({ label: 'Insert documented authorization entries', documentChanges: [{ textDocument: { uri, version: document.version }, edits: [change] }] });
  return { applied: result.applied, title: titles.join('; '), titles };
}));

documents.listen(connection);
connection.listen();
