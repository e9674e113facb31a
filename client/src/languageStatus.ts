// The language status item (the `{}` next to "XML" in the status bar): whether the active XML document is analysed
// as an ActiveMQ config and, if not, why; the broker version assumed; and a "Fix n" link when fix all has work.
// The server answers activemqXml/documentStatus; this file only shows the answer.
import { languages, LanguageStatusSeverity, window, workspace, type Disposable, type LanguageStatusItem } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { DocumentStatus } from '../../server/src/service/features/documentStatus';

export function createDocumentStatus(client: LanguageClient, disposables: Disposable[]): LanguageStatusItem {
  const item = languages.createLanguageStatusItem('activemqXml.status', { language: 'xml' });
  item.name = 'ActiveMQ XML';
  item.text = 'ActiveMQ';
  item.busy = true;
  let asked = 0;

  const refresh = async () => {
    const document = window.activeTextEditor?.document;
    if (!document || document.languageId !== 'xml') return;
    const question = ++asked;
    const status = await client.sendRequest<DocumentStatus | null>('activemqXml/documentStatus', { uri: document.uri.toString() }).catch(() => null);
    // Only the latest question's answer is shown: a slow answer for another document must not overwrite it.
    if (question !== asked || !status) return;
    item.busy = false;
    item.text = status.label;
    item.detail = status.detail;
    item.severity = status.kind === 'tooLarge' || status.restricted ? LanguageStatusSeverity.Warning : LanguageStatusSeverity.Information;
    item.command = status.autofixable > 0
      ? { title: `Fix ${status.autofixable}`, command: 'activemqXml.fixAll', tooltip: 'Fix all auto-fixable problems' }
      : undefined;
  };

  disposables.push(
    item,
    window.onDidChangeActiveTextEditor(() => void refresh()),
    // Each validation publishes diagnostics, also for documents that are not analysed: the moment to ask again.
    languages.onDidChangeDiagnostics((event) => {
      const active = window.activeTextEditor?.document.uri.toString();
      if (event.uris.some((uri) => uri.toString() === active)) void refresh();
    }),
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('activemqXml')) void refresh();
    }),
  );
  void refresh();
  return item;
}
