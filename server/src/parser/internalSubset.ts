// The general entities a DOCTYPE's internal subset declares (`<!DOCTYPE beans [ <!ENTITY q "ORDERS"> ]>`), as
// Xerces reads them: the first declaration of a name wins, character references in a value are replaced when it
// is declared, parameter entities (`<!ENTITY % p ...>`) are skipped, and an external entity (SYSTEM/PUBLIC) is
// noted but never read.
import type { Span } from '../text/span';

export interface EntityDeclaration {
  name: string;
  /** The replacement text (character references replaced, entity references still in it); '' for an external entity. */
  replacement: string;
  external: boolean;
  /** The whole `<!ENTITY ...>`. */
  span: Span;
}

const DECLARATION = /<!ENTITY\s+(%\s+)?([^\s%&;<>"']+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b)[^>]*>?/y;
const CHARACTER_REFERENCE = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

/** The general entities declared between `start` and `end` (the inside of the subset's brackets). */
export function readEntityDeclarations(text: string, start: number, end: number): Map<string, EntityDeclaration> {
  const entities = new Map<string, EntityDeclaration>();
  let i = start;
  while (i < end) {
    const markup = text.indexOf('<!', i);
    if (markup < 0 || markup >= end) break;
    if (text.startsWith('<!--', markup)) {
      const close = text.indexOf('-->', markup + 4);
      i = close < 0 ? end : close + 3;
      continue;
    }
    DECLARATION.lastIndex = markup;
    const match = DECLARATION.exec(text);
    if (!match || match.index + match[0].length > end) {
      i = markup + 2;
      continue;
    }
    i = markup + match[0].length;
    const [, parameter, name, doubleQuoted, singleQuoted, external] = match;
    if (parameter || entities.has(name)) continue;
    const literal = doubleQuoted ?? singleQuoted ?? '';
    entities.set(name, {
      name,
      replacement: external ? '' : literal.replace(CHARACTER_REFERENCE, (whole, code: string) => characterOf(code) ?? whole),
      external: Boolean(external),
      span: { start: markup, end: i },
    });
  }
  return entities;
}

/** The character a reference's code (`x41`, `65`) names, when XML allows it. */
export function characterOf(code: string): string | undefined {
  const value = code[0] === 'x' ? parseInt(code.slice(1), 16) : parseInt(code, 10);
  return isXmlChar(value) ? String.fromCodePoint(value) : undefined;
}

/** XML 1.0's Char production: tab, line feed, carriage return, and the rest of Unicode but controls, surrogates, U+FFFE/F. */
export function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x9 || code === 0xa || code === 0xd;
  if (code <= 0xd7ff) return true;
  if (code < 0xe000) return false;
  if (code <= 0xfffd) return true;
  return code >= 0x10000 && code <= 0x10ffff;
}
