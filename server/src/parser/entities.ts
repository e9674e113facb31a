// Decodes the references inside attribute values (predefined entities, character references, and through a
// handler the internal subset's entities), keeping a map from each decoded character back to its offset in the
// raw text, so that ranges inside values stay exact: every character an entity expands to maps to its `&`.
import { characterOf } from './internalSubset';

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_:][\w.:-]*);/g;

export interface DecodedValue {
  value: string;
  /** offsetInRaw[i] is the raw index of decoded character i; one extra element maps the end. */
  offsetInRaw: number[] | undefined;
}

/** What the scanner does with the references a value holds beyond the predefined ones. */
export interface ReferenceHandler {
  /** The replacement of `&name;` at `index` (of `length` characters) in the raw value, or undefined to keep it as written. */
  entity(name: string, index: number, length: number): string | undefined;
  /** A character reference to a character XML does not allow (`&#0;`). */
  invalidCharacter(index: number, length: number): void;
}

export function decodeAttributeValue(raw: string, handler?: ReferenceHandler): DecodedValue {
  if (raw.indexOf('&') < 0) return { value: raw, offsetInRaw: undefined };
  let value = '';
  const offsetInRaw: number[] = [];
  let last = 0;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(raw); m; m = REFERENCE.exec(raw)) {
    const replacement = resolveReference(m[1], m.index, m[0].length, handler);
    if (replacement === undefined) continue; // unknown entities stay as written; the syntax check reports them
    for (let i = last; i < m.index; i++) {
      value += raw[i];
      offsetInRaw.push(i);
    }
    value += replacement;
    for (let k = 0; k < replacement.length; k++) offsetInRaw.push(m.index);
    last = m.index + m[0].length;
  }
  for (let i = last; i < raw.length; i++) {
    value += raw[i];
    offsetInRaw.push(i);
  }
  offsetInRaw.push(raw.length);
  return { value, offsetInRaw };
}

function resolveReference(name: string, index: number, length: number, handler: ReferenceHandler | undefined): string | undefined {
  if (name[0] !== '#') return Object.hasOwn(PREDEFINED, name) ? PREDEFINED[name] : handler?.entity(name, index, length);
  const char = characterOf(name.slice(1));
  if (char === undefined) handler?.invalidCharacter(index, length);
  return char;
}
