// The language status item (in the `{}` beside "XML" in the status bar, or pinned to it): `$(shield) ActiveMQ`
// with what the server says about the active XML document: analysed as an ActiveMQ config or, if not, why; the
// broker version assumed; and a "Fix n" link when fix all has work.
// The server answers activemqXml/documentStatus; this file only shows the answer.
import { EventEmitter, languages, LanguageStatusSeverity, window, workspace, type Disposable, type Event, type LanguageStatusItem } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { DocumentStatus, DocumentStatusKind } from '../../server/src/service/features/documentStatus';

/** A codicon per kind of answer, before the one word the item always shows. */
const ICONS: Record<DocumentStatusKind, string> = {
  analysed: 'shield',
  template: 'file-code',
  tooLarge: 'warning',
  notBroker: 'circle-slash',
};

export interface DocumentStatusView {
  item: LanguageStatusItem;
  /** Fires after the item shows a new answer (the extension-host tests wait on it). */
  onDidUpdate: Event<void>;
}

/** What the item shows for an answer: icon and name in the text, the server's label and sentences as its detail. */
export function presentStatus(status: DocumentStatus): Pick<LanguageStatusItem, 'text' | 'detail' | 'severity' | 'command' | 'accessibilityInformation'> {
  const fixes = status.autofixable;
  return {
    text: `$(${ICONS[status.kind]}) ActiveMQ`,
    detail: `${status.label}. ${status.detail}`,
    severity: status.kind === 'tooLarge' || status.restricted ? LanguageStatusSeverity.Warning : LanguageStatusSeverity.Information,
    command: fixes > 0
      ? { title: `Fix ${fixes}`, command: 'activemqXml.fixAll', tooltip: `Fix ${fixes === 1 ? 'the 1 problem' : `all ${fixes} problems`} that need no judgement (ActiveMQ: Fix all auto-fixable problems)` }
      : undefined,
    accessibilityInformation: { label: `ActiveMQ: ${status.label}` },
  };
}

export function createDocumentStatus(client: LanguageClient, disposables: Disposable[]): DocumentStatusView {
  const item = languages.createLanguageStatusItem('activemqXml.status', { language: 'xml' });
  const updated = new EventEmitter<void>();
  item.name = 'ActiveMQ XML';
  item.text = '$(shield) ActiveMQ';
  item.detail = 'Asking the language server about this file…';
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
    Object.assign(item, presentStatus(status));
    updated.fire();
  };

  disposables.push(
    item,
    updated,
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
  return { item, onDidUpdate: updated.event };
}
