// A Java .properties reader (java.util.Properties.load rules) that keeps exact offsets: logical lines joined by
// a trailing backslash, `#`/`!` comments, `=`, `:` or white space between key and value, and \t \n \r \f \uXXXX
// escapes. Every decoded character knows where it was written, so a finding can point inside a value.
import type { Span } from './xmlTree';

export interface PropertyEntry {
  key: string;
  keySpan: Span;
  /** The value with escapes and continuations decoded. */
  value: string;
  /** From the first character of the value to the end of its last line (empty span where a value would start). */
  valueSpan: Span;
  /** The whole logical line, continuations included, without its line break. */
  lineSpan: Span;
  /** Maps an index in `value` (0..length) to an offset in the text. */
  valueOffset(index: number): number;
}

export interface PropertiesFile {
  text: string;
  entries: PropertyEntry[];
  /** The entry Properties.getProperty would return: the last one with that key. */
  get(key: string): PropertyEntry | undefined;
  eol: string;
}

const ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f' };

function isWhite(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\f';
}
function isLineBreak(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

/** Decoded characters of one logical line with the offset each came from. */
interface LogicalLine {
  chars: string[];
  offsets: number[];
  start: number;
  end: number;
}

function readLogicalLine(text: string, from: number): { line: LogicalLine; next: number } {
  const line: LogicalLine = { chars: [], offsets: [], start: from, end: from };
  let i = from;
  while (isWhite(text[i])) i++;
  // A comment ends with its natural line: a trailing backslash does not continue it (Properties.LineReader).
  const comment = text[i] === '#' || text[i] === '!';
  // Raw characters, escapes still in: decoding happens after key/value splitting needs escaped separators.
  while (i < text.length && !isLineBreak(text[i])) {
    if (text[i] === '\\' && !comment) {
      if (i + 1 >= text.length || isLineBreak(text[i + 1])) {
        // A line continuation: skip the break and the next line's leading white space.
        i++;
        if (text[i] === '\r') i++;
        if (text[i] === '\n') i++;
        while (isWhite(text[i])) i++;
        continue;
      }
      line.chars.push(text[i], text[i + 1]);
      line.offsets.push(i, i + 1);
      i += 2;
      continue;
    }
    line.chars.push(text[i]);
    line.offsets.push(i);
    i++;
  }
  line.end = i;
  let next = i;
  if (text[next] === '\r') next++;
  if (text[next] === '\n') next++;
  return { line, next };
}

/** Decodes escapes in raw characters [from, to) of a line, keeping each result character's source offset. */
function decode(line: LogicalLine, from: number, to: number): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  for (let i = from; i < to; i++) {
    const c = line.chars[i];
    if (c === '\\' && i + 1 < to) {
      const e = line.chars[i + 1];
      const start = line.offsets[i];
      if (e === 'u') {
        const hex = line.chars.slice(i + 2, i + 6).join('');
        if (/^[0-9a-fA-F]{4}$/.test(hex)) {
          text += String.fromCharCode(parseInt(hex, 16));
          offsets.push(start);
          i += 5;
          continue;
        }
      }
      text += ESCAPES[e] ?? e;
      offsets.push(start);
      i++;
      continue;
    }
    text += c;
    offsets.push(line.offsets[i]);
  }
  return { text, offsets };
}

function parseLine(line: LogicalLine): PropertyEntry | undefined {
  const { chars } = line;
  let i = 0;
  while (i < chars.length && isWhite(chars[i])) i++;
  if (i >= chars.length || chars[i] === '#' || chars[i] === '!') return undefined;
  const keyStart = i;
  while (i < chars.length && chars[i] !== '=' && chars[i] !== ':' && !isWhite(chars[i])) i += chars[i] === '\\' ? 2 : 1;
  const keyEnd = Math.min(i, chars.length);
  while (i < chars.length && isWhite(chars[i])) i++;
  if (i < chars.length && (chars[i] === '=' || chars[i] === ':')) i++;
  while (i < chars.length && isWhite(chars[i])) i++;
  const key = decode(line, keyStart, keyEnd);
  const value = decode(line, i, chars.length);
  const rawOffset = (index: number) => (index < line.offsets.length ? line.offsets[index] : line.end);
  const valueStart = rawOffset(i);
  const valueOffset = (index: number) => (index < value.offsets.length ? value.offsets[index] : line.end);
  return {
    key: key.text,
    keySpan: { start: rawOffset(keyStart), end: keyEnd === keyStart ? rawOffset(keyStart) : line.offsets[keyEnd - 1] + 1 },
    value: value.text,
    valueSpan: { start: valueStart, end: line.end },
    lineSpan: { start: line.start, end: line.end },
    valueOffset,
  };
}

export function parseProperties(text: string): PropertiesFile {
  const entries: PropertyEntry[] = [];
  let at = 0;
  while (at < text.length) {
    const { line, next } = readLogicalLine(text, at);
    const entry = parseLine(line);
    if (entry) entries.push(entry);
    at = next;
  }
  return {
    text,
    entries,
    get: (key) => {
      for (let i = entries.length - 1; i >= 0; i--) if (entries[i].key === key) return entries[i];
      return undefined;
    },
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}
