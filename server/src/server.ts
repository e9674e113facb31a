// The language server: LSP glue over the pure language service. Documents, settings, scheduling and error
// isolation live here; everything a user sees comes from the facade.
import { createConnection, ErrorCodes, ProposedFeatures, ResponseError, TextDocuments, TextDocumentSyncKind, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND, formatWhoCanText, getLanguageService, resolveSettings, type FeatureContext } from './service/languageService';
import { Environments, filePath, UNTRUSTED_REASON } from './server/environments';
import { WorkspaceCheck } from './server/workspaceCheck';
import { guarded } from './server/guard';
import { Debouncer } from './server/scheduler';
import { toServerSettings, type ClientSettings, type ServerSettings } from './server/settings';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = getLanguageService();
const debouncer = new Debouncer(200);
const log = (message: string) => connection.console.log(message);
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
}

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
  environments.clear();
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
  environments.clear();
}

function isProperties(uri: string): boolean {
  return /alfresco-global\.properties$/.test(uri);
}

function announce(uri: string, reason: string): void {
  if (announced.get(uri) === reason) return;
  announced.set(uri, reason);
  log(`activemq-xml: ${uri}: ${reason}`);
}

function contextOf(document: TextDocument): FeatureContext | undefined {
  const text = document.getText();
  const { settings: documentSettings, files } = environments.for(document.uri);
  if (service.whetherAnalysed(text, documentSettings).reason === 'tooLarge') return undefined;
  const doc = service.parse(text, document.uri, document.version);
  return service.whetherAnalysed(text, documentSettings, doc).analysed ? service.context(doc, documentSettings, files) : undefined;
}

function brokerContextFor(): FeatureContext | undefined {
  for (const document of documents.all()) {
    if (!isProperties(document.uri) && service.whetherAnalysed(document.getText()).reason !== 'notBroker') return contextOf(document);
  }
  return undefined;
}

/**
 * The diagnostics of an XML text: an open document's version, or a file read for the workspace check (`say` is
 * then silent, so that a workspace of configs does not fill the log with a line each).
 */
function xmlDiagnostics(uri: string, text: string, version: number, say: (uri: string, reason: string) => void = announce): Diagnostic[] {
  const { settings: documentSettings, files } = environments.for(uri);
  const { status, diagnostics, failures } = service.diagnose(text, uri, version, documentSettings, files);
  say(uri, status.analysed ? 'analysed' : status.reason === 'tooLarge' ? 'not analysed: larger than activemqXml.maxFileSizeKB' : `not analysed: ${status.detail}`);
  for (const failure of failures) log(`activemq-xml: rule ${failure.ruleId} failed on ${uri}: ${String((failure.error as Error)?.stack ?? failure.error)}`);
  return diagnostics;
}

function validate(document: TextDocument): void {
  const uri = document.uri;
  const version = document.version;
  let diagnostics: Diagnostic[] = [];
  try {
    diagnostics = isProperties(uri)
      ? service.validateClientSettings(document.getText(), uri, brokerContextFor())
      : xmlDiagnostics(uri, document.getText(), version);
  } catch (error) {
    log(`activemq-xml: validation of ${uri} failed: ${String((error as Error)?.stack ?? error)}`);
  }
  // A newer version arrived meanwhile: its own run publishes.
  if (documents.get(uri)?.version !== version) return;
  publishedVersions.set(uri, version);
  void connection.sendDiagnostics({ uri, version, diagnostics });
}

/** The version of each open document whose diagnostics were published last. */
const publishedVersions = new Map<string, number>();
// What the server has done with a document, asked instead of waited for (tests, and clients that show progress):
// the version it holds, the version whose diagnostics it published, and whether a validation is scheduled.
connection.onRequest('activemqXml/validationState', (p: { uri: string }) => ({
  version: documents.get(p.uri)?.version ?? null,
  publishedVersion: publishedVersions.get(p.uri) ?? null,
  scheduled: debouncer.isScheduled(p.uri),
}));

documents.onDidOpen(({ document }) => validate(document));
documents.onDidChangeContent(({ document }) => {
  if (settings.trigger === 'onType') debouncer.schedule(document.uri, () => {
    const latest = documents.get(document.uri);
    if (latest) validate(latest);
  });
});
documents.onDidSave(({ document }) => validate(document));
documents.onDidClose(({ document }) => {
  debouncer.cancel(document.uri);
  publishedVersions.delete(document.uri);
  service.forget(document.uri);
  announced.delete(document.uri);
  // A file the workspace check covers keeps showing its problems, now those of the file on disk.
  if (workspaceCheck.has(document.uri)) workspaceCheck.refresh(document.uri);
  else void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

const workspaceCheck = new WorkspaceCheck({
  isOpen: (uri) => documents.get(uri) !== undefined,
  diagnose: (uri, text) => {
    try {
      return xmlDiagnostics(uri, text, 0, () => undefined);
    } catch (error) {
      log(`activemq-xml: validation of ${uri} failed: ${String((error as Error)?.stack ?? error)}`);
      return [];
    } finally {
      service.forget(uri); // a workspace holds many configs: keep none of their parses
    }
  },
  publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
  // Three bytes of UTF-8 at most per UTF-16 unit: a file within the character limit is never cut short.
  read: (uri) => environments.readWorkspaceFile(uri, resolveSettings(environments.for(uri).settings).maxFileSizeKB * 1024 * 3),
});
connection.onRequest('activemqXml/checkFiles', (p: { uris: string[] }) => workspaceCheck.run(p.uris));

function withContext<R>(name: string, fallback: R, uri: string, run: (context: FeatureContext) => R): R {
  const document = documents.get(uri);
  if (!document) return fallback;
  return guarded(name, log, fallback, () => {
    const context = contextOf(document);
    return context ? run(context) : fallback;
  })();
}

connection.onHover((p) => withContext('hover', null, p.textDocument.uri, (c) => service.hover(c, p.position)));
connection.onCompletion((p) => withContext('completion', { isIncomplete: false, items: [] }, p.textDocument.uri, (c) => service.completion(c, p.position)));
connection.onDocumentSymbol((p) => withContext('documentSymbol', empty, p.textDocument.uri, (c) => service.documentSymbols(c)));
connection.onDefinition((p) => withContext('definition', empty, p.textDocument.uri, (c) => service.definition(c, p.position)));
connection.onReferences((p) => withContext('references', empty, p.textDocument.uri, (c) => service.references(c, p.position, p.context.includeDeclaration)));
connection.onDocumentHighlight((p) => withContext('documentHighlight', empty, p.textDocument.uri, (c) => service.documentHighlights(c, p.position)));
connection.onDocumentLinks((p) => withContext('documentLinks', empty, p.textDocument.uri, (c) => service.documentLinks(c)));
connection.onSelectionRanges((p) => withContext('selectionRanges', empty, p.textDocument.uri, (c) => service.selectionRanges(c, p.positions)));
connection.onFoldingRanges((p) => withContext('foldingRanges', empty, p.textDocument.uri, (c) => service.foldingRanges(c)));
connection.languages.onLinkedEditingRange((p) => withContext('linkedEditingRange', null, p.textDocument.uri, (c) => service.linkedEditingRanges(c, p.position)));
// A refusal travels as an error: VS Code shows its message where the user typed the name.
const refusedAsError = <T extends object>(result: T | { refusal: string } | null) =>
  result && 'refusal' in result ? new ResponseError<void>(ErrorCodes.InvalidParams, result.refusal) : result;
connection.onPrepareRename((p) => refusedAsError(withContext('prepareRename', null, p.textDocument.uri, (c) => service.prepareRename(c, p.position))));
connection.onRenameRequest((p) => refusedAsError(withContext('rename', null, p.textDocument.uri, (c) => service.rename(c, p.position, p.newName))));
connection.onCodeAction((p) => {
  if (isProperties(p.textDocument.uri)) return service.propertiesCodeActions(p.textDocument.uri, p.context.diagnostics, p.context.only);
  return withContext('codeAction', empty, p.textDocument.uri, (c) => service.codeActions(c, p.range, p.context.diagnostics, p.context.only));
});

connection.onRequest('activemqXml/whoCan', (p: { uri: string; destination: string }) =>
  withContext('whoCan', { error: 'not an ActiveMQ broker config' } as object, p.uri, (c) => {
    const { answer, permissions } = service.whoCan(c, p.destination, p.uri);
    return { answer, permissions, markdown: formatWhoCanText([answer]) };
  }));

// The access matrix webview asks for the whole matrix; the client only renders it.
connection.onRequest('activemqXml/accessMatrix', (p: { uri: string; view?: string; destinations?: unknown[] }) => {
  const destinations = (Array.isArray(p.destinations) ? p.destinations : []).filter((d): d is string => typeof d === 'string' && d.length <= 1000).slice(0, 200);
  const view = p.view === 'groups' ? 'groups' : 'users';
  return withContext('accessMatrix', { view, unavailable: 'not an ActiveMQ broker config', rows: [], columns: [], entries: [], marks: [], by: {} } as object,
    p.uri, (c) => service.accessMatrixForView(c, { view, destinations }));
});

connection.onRequest('activemqXml/documentStatus', (p: { uri: string }) => {
  const document = documents.get(p.uri);
  if (!document || isProperties(p.uri)) return null;
  const { settings: documentSettings, files } = environments.for(document.uri);
  return guarded('documentStatus', log, null, () => service.documentStatus(document.getText(), document.uri, document.version, documentSettings, files))();
});

connection.onExecuteCommand(async (p) => {
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
});

documents.listen(connection);
connection.listen();
