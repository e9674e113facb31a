// "ActiveMQ: Show access matrix": a webview beside the config that renders what the server's
// activemqXml/accessMatrix request answers (the client computes nothing), follows the document's edits, and
// reveals an entry's line when one is clicked.
import { Disposable, Range, Selection, TextEditorRevealType, ViewColumn, window, workspace, type TextDocument, type WebviewPanel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { matrixPage } from './accessMatrixPage';

/** How long typing must pause before the matrix follows the document. */
const FOLLOW_DELAY_MS = 300;

type FromPage = { type: 'ready' } | { type: 'reveal'; line: number } | { type: 'add'; destination: string } | { type: 'remove'; destination: string } | { type: 'view'; view: 'users' | 'groups' };

const panels = new Map<string, AccessMatrixPanel>();

class AccessMatrixPanel {
  private view: 'users' | 'groups' = 'users';
  private readonly destinations: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: Disposable[] = [];
  /** Answers to earlier requests are dropped when a later one was sent. */
  private sequence = 0;

  constructor(
    private readonly client: LanguageClient,
    private readonly document: TextDocument,
    private readonly column: ViewColumn | undefined,
    readonly panel: WebviewPanel,
  ) {
    panel.webview.html = matrixPage(panel.webview.cspSource);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: FromPage) => this.receive(message)),
      workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() !== document.uri.toString()) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), FOLLOW_DELAY_MS);
      }),
      workspace.onDidCloseTextDocument((closed) => {
        if (closed.uri.toString() === document.uri.toString()) panel.dispose();
      }),
    );
    panel.onDidDispose(() => this.dispose());
  }

  private receive(message: FromPage): void {
    switch (message.type) {
      case 'ready':
        return void this.refresh();
      case 'reveal':
        return void this.reveal(message.line);
      case 'add': {
        const destination = message.destination.trim();
        if (destination && !this.destinations.includes(destination)) this.destinations.push(destination);
        return void this.refresh();
      }
      case 'remove': {
        const at = this.destinations.indexOf(message.destination);
        if (at >= 0) this.destinations.splice(at, 1);
        return void this.refresh();
      }
      case 'view':
        this.view = message.view === 'groups' ? 'groups' : 'users';
        return void this.refresh();
    }
  }

  async refresh(): Promise<void> {
    const sequence = ++this.sequence;
    const matrix = await this.client.sendRequest('activemqXml/accessMatrix', { uri: this.document.uri.toString(), view: this.view, destinations: this.destinations });
    if (sequence !== this.sequence) return;
    void this.panel.webview.postMessage({ type: 'matrix', file: workspace.asRelativePath(this.document.uri), version: this.document.version, matrix, concrete: this.destinations });
  }

  private async reveal(line: number): Promise<void> {
    const at = Math.max(0, Math.min(line - 1, this.document.lineCount - 1));
    const editor = await window.showTextDocument(this.document, { viewColumn: this.column ?? ViewColumn.One, preserveFocus: false });
    editor.selection = new Selection(at, 0, at, 0);
    editor.revealRange(new Range(at, 0, at, 0), TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    panels.delete(this.document.uri.toString());
  }
}

/** Opens (or brings forward) the matrix of the active editor's document, beside it. */
export async function showAccessMatrix(client: LanguageClient | undefined): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || !client) return void window.showWarningMessage('Open an activemq.xml first.');
  const key = editor.document.uri.toString();
  const open = panels.get(key);
  if (open) return open.panel.reveal(ViewColumn.Beside);
  const name = editor.document.uri.path.split('/').pop() ?? 'activemq.xml';
  const panel = window.createWebviewPanel('activemqXml.accessMatrix', `Access matrix: ${name}`, { viewColumn: ViewColumn.Beside, preserveFocus: false },
    { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: true });
  panels.set(key, new AccessMatrixPanel(client, editor.document, editor.viewColumn, panel));
}
