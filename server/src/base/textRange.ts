// Positions in a file other than the parsed config (a properties file beside it): LSP ranges in UTF-16 units,
// the same way ParsedDocument.range places spans of the config itself.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { Span } from '../text/span';

export function rangeIn(text: string, span: Span): Range {
  const lines = TextDocument.create('', 'plaintext', 0, text);
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}
