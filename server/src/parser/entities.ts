// Decodes the predefined and numeric character references of XML inside attribute values, keeping a map from
// each decoded character back to its offset in the raw text, so that ranges inside values stay exact.

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;

export interface DecodedValue {
  value: string;
  /** offsetInRaw[i] is the raw index of decoded character i; one extra element maps the end. */
  offsetInRaw: number[] | undefined;
}

export function decodeAttributeValue(raw: string): DecodedValue {
  if (raw.indexOf('&') < 0) return { value: raw, offsetInRaw: undefined };
  let value = '';
  const offsetInRaw: number[] = [];
  let last = 0;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(raw); m; m = REFERENCE.exec(raw)) {
    const replacement = resolveReference(m[1]);
    if (replacement === undefined) continue; // unknown entities stay as written; the syntax check reports them
    for (let i = last; i < m.index; i++) {
      value += raw[i];
      offsetInRaw.push(i);
    }
    for (let k = 0; k < replacement.length; k++) {
      value += replacement[k];
      offsetInRaw.push(m.index);
    }
    last = m.index + m[0].length;
  }
  for (let i = last; i < raw.length; i++) {
    value += raw[i];
    offsetInRaw.push(i);
  }
  offsetInRaw.push(raw.length);
  return { value, offsetInRaw };
}

function resolveReference(name: string): string | undefined {
  if (name[0] !== '#') return PREDEFINED[name];
  const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  if (!Number.isFinite(code) || code > 0x10ffff) return undefined;
  return String.fromCodePoint(code);
}
