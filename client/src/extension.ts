// The VS Code client: starts the language server for XML documents (and alfresco-global.properties), and offers
// the commands. Everything else is the server's.
import * as path from 'node:path';
import { commands, extensions, Range, window, workspace, type CodeAction, type Event, type ExtensionContext, type LanguageStatusItem } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { createDocumentStatus } from './languageStatus';
import { checkWorkspace } from './workspaceCheck';
import { showAccessMatrix } from './accessMatrix';
import { SERVER_ENVIRONMENT, SERVER_NODE_OPTIONS } from '../../server/src/node/serverProcess';

/** What activate returns: the status item and its updates, so that the extension-host tests can read what it shows. */
export interface ActivemqXmlApi {
  documentStatus: LanguageStatusItem;
  onDidUpdateDocumentStatus: Event<void>;
}

let client: LanguageClient | undefined;

/** The server's source action (editor.codeActionsOnSave takes the same kind). */
const FIX_ALL_KIND = 'source.fixAll.activemqXml';

/** Applies the server's fix-all action to the active editor's document, as ESLint's "Fix all auto-fixable problems". */
async function fixAll(): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!document) return void window.showWarningMessage('Open an activemq.xml first.');
  const whole = new Range(0, 0, document.lineCount, 0);
  const actions = await commands.executeCommand<CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND);
  const action = actions?.find((a) => a.kind?.value === FIX_ALL_KIND && a.edit);
  if (!action?.edit) return void window.showInformationMessage('Nothing to fix automatically: what is left needs a person to choose (see the light bulb).');
  await workspace.applyEdit(action.edit);
}

export async function activate(context: ExtensionContext): Promise<ActivemqXmlApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // stdio: the server then writes the diagnostics its worker serialised as they are (over IPC Node serialises every
  // message itself, so they would be parsed and serialised again: 8 MB per keystroke on a 10,000-entry config).
  // The node options and environment keep the server's memory down on large configs (server/src/node/serverProcess.ts).
  const options = { execArgv: [...SERVER_NODE_OPTIONS], env: { ...process.env, ...SERVER_ENVIRONMENT } };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio, options },
    debug: { module: serverModule, transport: TransportKind.stdio, options },
  };
  const output = window.createOutputChannel('ActiveMQ XML', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'xml' }, { pattern: '**/alfresco-global.properties' }],
    outputChannel: output,
    initializationOptions: {
      redHatXmlActive: extensions.getExtension('redhat.vscode-xml') !== undefined,
      settings: workspace.getConfiguration('activemqXml'),
      // In restricted mode the server reads no file beside a config (login.config, users, key stores, .activemq-lint.json).
      trusted: workspace.isTrusted,
    },
    // The project's settings file and the files the rules read beside a config (credentials.properties, login.config,
    // groups and users properties, jmx.password, the imported jetty.xml, key stores): when one changes, the server reads them again and re-validates.
    synchronize: {
      configurationSection: 'activemqXml',
      fileEvents: ['**/.activemq-lint.json', '**/*.properties', '**/login.config', '**/jmx.password', '**/jetty*.xml', '**/*.{jks,p12,pfx,keystore,truststore}'].map((glob) => workspace.createFileSystemWatcher(glob)),
    },
  };
  client = new LanguageClient('activemqXml', 'ActiveMQ XML', serverOptions, clientOptions);
  context.subscriptions.push(
    commands.registerCommand('activemqXml.whoCan', async () => {
      const editor = window.activeTextEditor;
      if (!editor || !client) return void window.showWarningMessage('Open an activemq.xml first.');
      const destination = await window.showInputBox({ prompt: 'Destination, e.g. queue://ORDERS.EU or topic://ActiveMQ.Advisory.TempQueue', value: 'queue://' });
      if (!destination) return;
      const answer = await client.sendRequest<{ markdown?: string; error?: string }>('activemqXml/whoCan', { uri: editor.document.uri.toString(), destination });
      output.appendLine(answer.markdown ?? answer.error ?? '');
      output.show(true);
      void window.showInformationMessage(answer.markdown?.split('\n').filter((l) => /^\s+(read|write|admin):/.test(l)).map((l) => l.trim()).join(' · ') || answer.error || 'no answer');
    }),
    commands.registerCommand('activemqXml.fixAll', fixAll),
    commands.registerCommand('activemqXml.showAccessMatrix', () => showAccessMatrix(client)),
    commands.registerCommand('activemqXml.checkWorkspace', () => (client ? checkWorkspace(client) : undefined)),
    commands.registerCommand('activemqXml.insertDocumentedEntries', async () => {
      const editor = window.activeTextEditor;
      if (!editor || !client) return;
      const result = await client.sendRequest<{ applied?: boolean; reason?: string; title?: string }>('workspace/executeCommand',
        { command: 'activemqXml.server.insertDocumentedEntries', arguments: [editor.document.uri.toString()] });
      void window.showInformationMessage(result?.applied ? `Inserted: ${result.title}` : result?.reason ?? 'Nothing to insert.');
    }),
  );
  await client.start();
  if (!workspace.isTrusted) {
    output.appendLine('ActiveMQ XML: restricted mode: the files beside a config (login.config, credentials.properties, users and groups files, ' +
      'jetty.xml, key stores, .activemq-lint.json) are not read until you trust this workspace.');
    context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('activemqXml/workspaceTrusted')));
  }
  const status = createDocumentStatus(client, context.subscriptions);
  return { documentStatus: status.item, onDidUpdateDocumentStatus: status.onDidUpdate };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
