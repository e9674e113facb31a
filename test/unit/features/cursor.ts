// Test documents as the editor sees them: a `|` marks the cursor; the marker is removed and the position returned.
import { getLanguageService } from '../../../server/src/service/languageService';
import { NO_FILES, type FileAccess } from '../../../server/src/base/files';
import { applyEdits } from '../../../server/src/base/edits';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { RenameRefusal } from '../../../server/src/service/features/navigation';
import type { ParsedDocument } from '../../../server/src/model/parsedDocument';

export const service = getLanguageService();

export function at(marked: string, files: FileAccess = NO_FILES, uri = 'file:///config/activemq.xml') {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const doc = service.parse(text, `${uri}#${offset}`);
  return { text, doc, context: service.context(doc, undefined, files), position: doc.positionAt(offset) };
}

export function hoverText(marked: string, files?: FileAccess): string {
  const { context, position } = at(marked, files);
  const h = service.hover(context, position);
  return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
}

export function completionLabels(marked: string): string[] {
  const { context, position } = at(marked);
  return service.completion(context, position).items.map((i) => i.label);
}

/** The text after the edits (LSP ranges of `doc`) are applied. */
export function applied(doc: ParsedDocument, text: string, edits: TextEdit[]): string {
  return applyEdits(text, edits.map((e) => ({ span: { start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end) }, newText: e.newText })));
}

/** The edits of a rename result for `uri`; fails the test when the rename was refused or found nothing. */
export function renameEdits(result: WorkspaceEdit | RenameRefusal | null, uri: string): TextEdit[] {
  if (!result || 'refusal' in result) throw new Error(`expected a rename edit, got ${JSON.stringify(result)}`);
  return result.changes?.[uri] ?? [];
}

/** The refusal message of a rename or prepareRename result, or undefined when it was not refused. */
export function refusalOf(result: object | null): string | undefined {
  return result && 'refusal' in result ? String(result.refusal) : undefined;
}
