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
    return positionIn(this.text, this.lineStarts(), offset);
  }

  offsetAt(position: Position): number {
    return offsetIn(this.text, this.lineStarts(), position);
  }

  private lineStarts(): number[] {
    return (this.starts ??= lineStartsOf(this.text));
  }
}

/** A text's UTF-16 code units: a string, or a document that keeps them in an array (node/compactDocument.ts). */
export interface CodeUnits {
  readonly length: number;
  /** The unit at `index`, NaN past the end (as a string answers). */
  charCodeAt(index: number): number;
}

/** The position of `offset` in a text whose lines start at `starts`. */
export function positionIn(text: CodeUnits, starts: readonly number[], offset: number): Position {
  const at = Math.max(Math.min(offset, text.length), 0);
  const line = partitionPoint(starts.length, (i) => starts[i] <= at) - 1;
  return { line, character: beforeLineBreak(text, at, starts[line]) - starts[line] };
}

/** The offset of `position` in a text whose lines start at `starts`. */
export function offsetIn(text: CodeUnits, starts: readonly number[], position: Position): number {
  if (position.line >= starts.length) return text.length;
  if (position.line < 0) return 0;
  const lineStart = starts[position.line];
  if (position.character <= 0) return lineStart;
  const nextLineStart = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
  return beforeLineBreak(text, Math.min(lineStart + position.character, nextLineStart), lineStart);
}

function beforeLineBreak(text: CodeUnits, offset: number, lineStart: number): number {
  let at = offset;
  while (at > lineStart && isLineBreak(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Whether a line starts at `offset` (0 < offset <= length): after LF, or after a CR that no LF follows. */
export function startsLine(text: CodeUnits, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  return before === 10 || (before === 13 && text.charCodeAt(offset) !== 10);
}

export function lineStartsOf(text: CodeUnits): number[] {
  const starts = [0];
  for (let at = nextLineStart(text, 0); at <= text.length; at = nextLineStart(text, at)) starts.push(at);
  return starts;
}

/** Where the line after the one holding `offset` begins (LF, CR LF or a lone CR end a line); past the text if none. */
export function nextLineStart(text: CodeUnits, offset: number): number {
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
