// An open document as the server's main thread keeps it: its UTF-16 code units in a typed array (one byte each while
// every character is below U+0100, as configs are) edited in place, never as a string. vscode-languageserver's
// TextDocument makes a new string of the whole text at every edit; at 10,000 entries that is 1.2 MB per keystroke,
// and with the main thread's small young generation each one was still in use when a scavenge came, so it was
// promoted and piled up until a full collection (docs/performance.md, seventh and eighth sessions). Here an edit
// allocates nothing the size of the text; a string is made only when one is asked for (a request's parse), and the
// validation worker is sent the units themselves (`encoded`), which it decodes (`decodeText`).
import { isAscii } from 'node:buffer';
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { lineStartsOf, offsetIn, positionIn, startsLine, type CodeUnits } from '../text/lineIndex';
import { partitionPoint } from '../text/partitionPoint';

/** A text's code units as bytes, for another thread: latin1 (one byte a unit) or utf16le (two). */
export interface EncodedText {
  encoding: 'latin1' | 'utf16le';
  bytes: Uint8Array;
  /** The text's length in UTF-16 units. */
  length: number;
}

/**
 * Units decoded at a time. Node makes a longer latin1 or UTF-16 decoded string an external one (its characters in
 * malloc'd memory, past about a million): V8 then collects it only when external memory has grown by tens of MB, and
 * the worker's texts of the versions typed piled up outside its heap (docs/performance.md, eighth session). Pieces
 * below that join into a string of the heap, which its old generation's limit counts.
 */
const DECODED_AT_A_TIME = 1 << 19;

export function decodeText(text: EncodedText): string {
  return decodeUnits(bytesOf(text.bytes), text.encoding, 0, text.length);
}

/** A Buffer over the same memory as `view` (no copy). */
function bytesOf(view: Uint8Array | Uint16Array): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

/** The string of units [start, end) of `bytes` (one or two bytes a unit, as `encoding` says). */
function decodeUnits(bytes: Buffer, encoding: EncodedText['encoding'], start: number, end: number): string {
  const width = encoding === 'latin1' ? 1 : 2;
  // ASCII (most configs) is also UTF-8, which Node decodes into one flat string of the heap whatever its length: no
  // pieces to join, and no copy when the string is first read whole.
  const ascii = width === 1 ? bytes.subarray(start, end) : undefined;
  if (ascii && isAscii(ascii)) return ascii.toString('utf8');
  let text = '';
  for (let at = start; at < end; at += DECODED_AT_A_TIME) text += bytes.toString(encoding, at * width, Math.min(end, at + DECODED_AT_A_TIME) * width);
  return text;
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** What the server reads of a document (TextDocument's line helpers are not used). */
type DocumentReads = Pick<TextDocument, 'uri' | 'languageId' | 'version' | 'lineCount' | 'getText' | 'positionAt' | 'offsetAt'>;

export class CompactTextDocument implements DocumentReads, CodeUnits {
  /** The units; past `length` is room to grow in place. */
  private units!: Uint8Array | Uint16Array;
  length = 0;
  private starts!: number[];
  /** The whole text once asked for, until the next edit: the requests of one version share it. */
  private text: string | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.setText(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  charCodeAt(index: number): number {
    return index >= 0 && index < this.length ? this.units[index] : NaN;
  }

  getText(range?: Range): string {
    if (!range) return (this.text ??= this.decode(0, this.length));
    const [start, end] = this.offsets(range);
    return this.decode(start, end);
  }

  positionAt(offset: number): Position {
    return positionIn(this, this.starts, offset);
  }

  offsetAt(position: Position): number {
    return offsetIn(this, this.starts, position);
  }

  /** A copy of the text's units for another thread (decodeText makes the string there). */
  encoded(): EncodedText {
    const bytes = new Uint8Array(this.units.buffer.slice(0, this.length * this.units.BYTES_PER_ELEMENT));
    return { encoding: this.encoding, bytes, length: this.length };
  }

  /** Applies LSP content changes in order (TextDocuments' update). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    this.text = undefined;
    for (const change of changes) {
      if ('range' in change) {
        const [start, end] = this.offsets(change.range);
        this.replace(start, end, change.text);
      } else {
        this.setText(change.text);
      }
    }
    this.version = version;
  }

  /** A range's offsets, its ends swapped when it runs backwards (as TextDocument takes it). */
  private offsets(range: Range): [number, number] {
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    return a <= b ? [a, b] : [b, a];
  }

  private get encoding(): EncodedText['encoding'] {
    return this.units.BYTES_PER_ELEMENT === 1 ? 'latin1' : 'utf16le';
  }

  private setText(text: string): void {
    this.units = unitsFor(text, text.length);
    this.length = text.length;
    this.starts = lineStartsOf(this);
  }

  private decode(start: number, end: number): string {
    return decodeUnits(bytesOf(this.units), this.encoding, start, end);
  }

  private replace(start: number, end: number, text: string): void {
    const delta = text.length - (end - start);
    const newLength = this.length + delta;
    if (this.units.BYTES_PER_ELEMENT === 1 && BEYOND_LATIN1.test(text)) this.units = copied(this.units, this.length, this.units.length, true);
    // Room grows by half, so that typing at the end does not copy at every keystroke.
    if (newLength > this.units.length) {
      this.units = copied(this.units, this.length, Math.max(newLength, Math.ceil(this.units.length * 1.5), 1024), this.units.BYTES_PER_ELEMENT === 2);
    }
    this.units.copyWithin(end + delta, end, this.length);
    for (let i = 0; i < text.length; i++) this.units[start + i] = text.charCodeAt(i);
    this.length = newLength;
    this.moveLineStarts(start, end, text.length, delta);
  }

  /**
   * The line starts after [start, end) became `inserted` units: a start at q depends on the units at q - 1 and q only,
   * so those before `start` and those from `end + 1` on (moved by `delta`) stay, and [start, start + inserted] is
   * looked at again.
   */
  private moveLineStarts(start: number, end: number, inserted: number, delta: number): void {
    const starts = this.starts;
    const from = Math.max(1, partitionPoint(starts.length, (i) => starts[i] < start));
    const to = Math.max(from, partitionPoint(starts.length, (i) => starts[i] < end + 1));
    const found: number[] = [];
    for (let q = Math.max(start, 1); q <= Math.min(start + inserted, this.length); q++) if (startsLine(this, q)) found.push(q);
    const kept = starts.length - to;
    if (found.length !== to - from) {
      // Fewer or more starts than before: the later ones move along in the array first.
      const moved = starts.slice(to);
      starts.length = from + found.length + kept;
      for (let i = 0; i < kept; i++) starts[from + found.length + i] = moved[i];
    }
    for (let i = 0; i < found.length; i++) starts[from + i] = found[i];
    for (let i = from + found.length; i < starts.length; i++) starts[i] += delta;
  }
}

/** Units for `text` with room for `capacity`: one byte each when every character allows. */
function unitsFor(text: string, capacity: number): Uint8Array | Uint16Array {
  const wide = BEYOND_LATIN1.test(text);
  const units = wide ? new Uint16Array(capacity) : new Uint8Array(capacity);
  Buffer.from(units.buffer).write(text, 0, wide ? 'utf16le' : 'latin1');
  return units;
}

/** The first `length` units in a new array with room for `capacity`, two bytes a unit when `wide`. */
function copied(units: Uint8Array | Uint16Array, length: number, capacity: number, wide: boolean): Uint8Array | Uint16Array {
  const copy = wide ? new Uint16Array(capacity) : new Uint8Array(capacity);
  copy.set(units.subarray(0, length));
  return copy;
}
