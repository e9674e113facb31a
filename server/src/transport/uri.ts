// A transport URI read the way ActiveMQ reads it (URISupport.parseComposite / parseParameters), keeping the offset
// of every piece: scheme, host, port, each option's name and value, and the parts of `failover:(...)`-style lists.
// Offsets are indexes into the string given to parseTransportUri (callers map them into their documents).
import type { Span } from '../parser/xmlTree';

export interface UriPiece {
  text: string;
  span: Span;
}

export interface UriOption {
  name: UriPiece;
  /** Undefined for `?flag` without `=`. */
  value: UriPiece | undefined;
  /** The whole `name=value`. */
  span: Span;
}

export interface UriSyntaxProblem {
  span: Span;
  message: string;
}

export interface TransportUri {
  text: string;
  span: Span;
  scheme: UriPiece | undefined;
  host: UriPiece | undefined;
  port: UriPiece | undefined;
  /** The query options; for a composite URI, those after the closing parenthesis. */
  options: UriOption[];
  /** Set for `scheme:(a,b)` and `scheme:a,b` lists. */
  composite: { parts: TransportUri[]; parenthesised: boolean; open: number | undefined; close: number | undefined } | undefined;
  problems: UriSyntaxProblem[];
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** Schemes whose remainder is a list of URIs even without parentheses. */
const LIST_SCHEMES = new Set(['failover', 'fanout', 'static', 'simple', 'masterslave', 'discovery']);

/** Spring `${...}`, Spring EL `#{...}`, and the `%name%` / `@name@` tokens of deployment templates and Maven filtering. */
const PLACEHOLDER = /\$\{|#\{|%[\w.-]+%|@[\w.-]+@/;

/**
 * How deep lists nest inside lists (`static:(failover:(tcp://...))` is two) before the parts are no longer read. Real
 * configs nest two or three; a hostile value nests 100,000 deep, and reading it would recurse and rescan that deep.
 */
export const MAX_LIST_NESTING = 16;

export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

export function parseTransportUri(text: string): TransportUri {
  return parseRange(text, 0, text.length, 0);
}

function piece(text: string, start: number, end: number): UriPiece {
  return { text: text.slice(start, end), span: { start, end } };
}

function parseRange(text: string, start: number, end: number, nesting: number): TransportUri {
  // ActiveMQ trims each component before `new URI(...)`.
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  const uri: TransportUri = { text: text.slice(start, end), span: { start, end }, scheme: undefined, host: undefined, port: undefined, options: [], composite: undefined, problems: [] };
  const schemeMatch = SCHEME.exec(uri.text);
  if (!schemeMatch) {
    if (!hasPlaceholder(uri.text)) uri.problems.push({ span: { start, end }, message: uri.text ? `"${uri.text}" has no scheme (such as tcp://).` : 'Empty URI.' });
    return uri;
  }
  const schemeEnd = start + schemeMatch[0].length - 1;
  uri.scheme = piece(text, start, schemeEnd);
  let at = schemeEnd + 1;
  const afterSlashes = text.startsWith('//', at) ? at + 2 : at;
  if (text[afterSlashes] === '(' || LIST_SCHEMES.has(uri.scheme.text.toLowerCase())) {
    parseComposite(text, afterSlashes, end, uri, nesting);
    return uri;
  }
  if (afterSlashes === at) {
    // Opaque form (`vm:broker:(...)`, `peer:group`): nothing more ActiveMQ checks here.
    readQuery(text, at, end, uri);
    return uri;
  }
  at = afterSlashes;
  const authorityEnd = indexOfAny(text, at, end, '/?');
  readAuthority(text, at, authorityEnd, uri);
  readQuery(text, authorityEnd, end, uri);
  return uri;
}

function indexOfAny(text: string, from: number, end: number, chars: string): number {
  let depth = 0;
  for (let i = from; i < end; i++) {
    if (text.startsWith('${', i) || text.startsWith('#{', i)) depth++;
    else if (text[i] === '}' && depth > 0) depth--;
    else if (depth === 0 && chars.includes(text[i])) return i;
  }
  return end;
}

function readAuthority(text: string, start: number, end: number, uri: TransportUri): void {
  if (start === end) return;
  let hostEnd: number;
  if (text[start] === '[') {
    const close = text.indexOf(']', start);
    hostEnd = close >= 0 && close < end ? close + 1 : end;
  } else {
    hostEnd = indexOfAny(text, start, end, ':');
  }
  const userInfo = text.lastIndexOf('@', hostEnd);
  const hostStart = userInfo >= start ? userInfo + 1 : start;
  uri.host = piece(text, hostStart, hostEnd);
  if (hostEnd < end && text[hostEnd] === ':') uri.port = piece(text, hostEnd + 1, end);
}

/** `?a=1&b=2` (an optional path before it is skipped). */
function readQuery(text: string, from: number, end: number, uri: TransportUri): void {
  const question = text.indexOf('?', from);
  if (question < 0 || question >= end) return;
  let at = question + 1;
  while (at <= end) {
    let next = text.indexOf('&', at);
    if (next < 0 || next > end) next = end;
    if (next > at) {
      const eq = text.indexOf('=', at);
      const hasValue = eq >= 0 && eq < next;
      uri.options.push({
        name: piece(text, at, hasValue ? eq : next),
        value: hasValue ? piece(text, eq + 1, next) : undefined,
        span: { start: at, end: next },
      });
    }
    at = next + 1;
  }
}

/** URISupport.parseComposite: the list inside the first `(` and its matching `)`, split on commas at depth 0. */
function parseComposite(text: string, at: number, end: number, uri: TransportUri, nesting: number): void {
  if (nesting >= MAX_LIST_NESTING) {
    uri.composite = { parts: [], parenthesised: text[at] === '(', open: undefined, close: undefined };
    uri.problems.push({ span: { start: at, end }, message: `URI lists nested more than ${MAX_LIST_NESTING} deep are not read further; no broker config needs that many.` });
    return;
  }
  if (text[at] !== '(') {
    const parts = splitTopLevel(text, at, end).map(([s, e]) => parseRange(text, s, e, nesting + 1));
    uri.composite = { parts, parenthesised: false, open: undefined, close: undefined };
    if (at === end) uri.problems.push({ span: uri.scheme!.span, message: `The ${uri.scheme!.text}: list is empty.` });
    return;
  }
  let depth = 0;
  let close: number | undefined;
  for (let i = at; i < end; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) {
      close = i;
      break;
    }
  }
  const innerEnd = close ?? end;
  const parts = innerEnd > at + 1 && text.slice(at + 1, innerEnd).trim() ? splitTopLevel(text, at + 1, innerEnd).map(([s, e]) => parseRange(text, s, e, nesting + 1)) : [];
  uri.composite = { parts, parenthesised: true, open: at, close };
  if (close === undefined) {
    uri.problems.push({ span: { start: at, end: at + 1 }, message: `Not a matching number of '(' and ')' parenthesis: this '(' is never closed.` });
    return;
  }
  if (parts.length === 0) uri.problems.push({ span: { start: at, end: close + 1 }, message: `The ${uri.scheme!.text}: list is empty: ActiveMQ has no broker to connect to.` });
  const stray = text.indexOf(')', close + 1);
  if (stray >= 0 && stray < end) {
    uri.problems.push({ span: { start: stray, end: stray + 1 }, message: `Not a matching number of '(' and ')' parenthesis: this ')' closes nothing.` });
  }
  readQuery(text, close + 1, end, uri);
}

function splitTopLevel(text: string, start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let depth = 0;
  let partStart = start;
  for (let i = start; i < end; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push([partStart, i]);
      partStart = i + 1;
    }
  }
  parts.push([partStart, end]);
  return parts;
}

/** Every URI inside, depth first, the outer one first. */
export function allUris(uri: TransportUri): TransportUri[] {
  return [uri, ...(uri.composite?.parts.flatMap(allUris) ?? [])];
}
