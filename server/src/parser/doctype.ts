// Reads a `<!DOCTYPE ...>` declaration: its extent (quotes and the internal subset's brackets respected) and the
// general entities its internal subset declares, ready to be expanded.
import { EntityTable } from './entityExpansion';
import { readEntityDeclarations } from './internalSubset';
import type { Doctype } from './xmlTree';

const GT = 62; // >
const QUOTE = 34; // "
const APOSTROPHE = 39; // '
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]

/** The DOCTYPE starting at `start` (at its `<!DOCTYPE`); `closed` is false when the text ends inside it. */
export function readDoctype(text: string, start: number): { doctype: Doctype; closed: boolean } {
  let i = start + 9;
  let depth = 0;
  let quote = 0;
  let subsetStart = -1;
  let subsetEnd = -1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === QUOTE || c === APOSTROPHE) quote = c;
    else if (c === OPEN_BRACKET) {
      if (depth++ === 0 && subsetStart < 0) subsetStart = i + 1;
    } else if (c === CLOSE_BRACKET) {
      if (--depth === 0 && subsetEnd < 0) subsetEnd = i;
    } else if (c === GT && depth <= 0) break;
  }
  const end = Math.min(i + 1, text.length);
  const body = text.slice(start, end);
  const declarations = subsetStart < 0 ? new Map() : readEntityDeclarations(text, subsetStart, subsetEnd < 0 ? end : subsetEnd);
  const doctype: Doctype = {
    span: { start, end },
    declaresEntities: /<!ENTITY/.test(body),
    externalEntity: /<!ENTITY\s+%?\s*[^\s>]+\s+(SYSTEM|PUBLIC)\b/.test(body),
    entities: new EntityTable(declarations),
    entityNames: new Set(declarations.keys()),
  };
  return { doctype, closed: i < text.length };
}
