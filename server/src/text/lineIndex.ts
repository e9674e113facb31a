// Where each line of a text starts, and LSP positions from offsets and back: what vscode-languageserver-textdocument's
// TextDocument answers (a line ends at LF, CR LF or a lone CR; characters are UTF-16 units; a position past a line's
// end or inside its line break is at the line's end), with one addition: the index of a later version of the text
// whose edit added or removed no line break is the earlier one's with the later line starts moved, not a new scan of
// the text (2 ms per keystroke at 10,000 entries, for every version).
import type { Position } from 'vscode-languageserver-types';
import { partitionPoint } from './partitionPoint';

export class LineIndex {
  private starts: number[] | undefined;

  private constructor(
    private readonly text: string,
    starts?: number[],
  ) {
    this.starts = starts;
  }

  static of(text: string): LineIndex {
    return new LineIndex(text);
  }

  /**
   * The index of `text`, a later version of `previous`'s text that differs from it in [start, oldEnd) (now
   * [start, newEnd)) with no line break in or beside the change (changedRegion.mayMoveLines false): the line starts
   * after `start` move by the change in length, the others stay.
   */
  static after(previous: LineIndex, text: string, start: number, delta: number): LineIndex {
    if (!previous.starts) return new LineIndex(text);
    const starts = previous.starts.slice();
    for (let i = starts.length - 1; i >= 0 && starts[i] > start; i--) starts[i] += delta;
    return new LineIndex(text, starts);
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.text.length), 0);
    const starts = this.lineStarts();
    const line = partitionPoint(starts.length, (i) => starts[i] <= at) - 1;
    return { line, character: this.beforeLineBreak(at, starts[line]) - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts();
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line];
    if (position.character <= 0) return lineStart;
    const nextLineStart = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return this.beforeLineBreak(Math.min(lineStart + position.character, nextLineStart), lineStart);
  }

  private lineStarts(): number[] {
    return (this.starts ??= lineStartsOf(this.text));
  }

  private beforeLineBreak(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart && isLineBreak(this.text.charCodeAt(at - 1))) at--;
    return at;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = nextLineStart(text, 0); at <= text.length; at = nextLineStart(text, at)) starts.push(at);
  return starts;
}

/** Where the line after the one holding `offset` begins (LF, CR LF or a lone CR end a line); past the text if none. */
export function nextLineStart(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return text.length + 1;
}

function isLineBreak(c: number): boolean {
  return c === 13 || c === 10;
}
