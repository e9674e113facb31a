// Building edits that keep a document's own style: its line endings, indentation unit, and the prefix its
// ActiveMQ elements carry (`amq:`), so that inserted XML looks as if the user had typed it.
import type { ParsedDocument } from '../model/parsedDocument';
import type { Span, XmlAttribute, XmlElement } from '../parser/xmlTree';

/** A text edit in offsets of the document (or of another document when uri is set). */
export interface Edit {
  span: Span;
  newText: string;
}

export interface DocumentStyle {
  eol: string;
  /** One level of indentation as the document writes it (tab, two or four spaces). */
  indentUnit: string;
}

export function documentStyle(text: string): DocumentStyle {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indents = new Map<string, number>();
  const lines = text.split(/\r?\n/, 400);
  let previous = '';
  for (const line of lines) {
    const indent = /^[ \t]*/.exec(line)![0];
    if (line.trim() && indent.length > previous.length && indent.startsWith(previous)) {
      const step = indent.slice(previous.length);
      indents.set(step, (indents.get(step) ?? 0) + 1);
    }
    if (line.trim()) previous = indent;
  }
  let indentUnit = '    ';
  let best = 0;
  for (const [step, count] of indents) if (count > best && (step === '\t' || /^ {2,8}$/.test(step))) [indentUnit, best] = [step, count];
  return { eol, indentUnit };
}

/** The white space before the element's `<` on its line. */
export function indentOf(doc: ParsedDocument, element: XmlElement): string {
  const lineStart = doc.text.lastIndexOf('\n', element.span.start - 1) + 1;
  const before = doc.text.slice(lineStart, element.span.start);
  return /^[ \t]*$/.test(before) ? before : /^[ \t]*/.exec(before)![0];
}

/** Writes an element name with the prefix that `like` uses for ActiveMQ's namespace. */
export function qualified(like: XmlElement, localName: string): string {
  return like.prefix ? `${like.prefix}:${localName}` : localName;
}

/**
 * Inserts lines of XML as the last children of `parent`, each indented one level deeper than `parent`.
 * `lines` are given without indentation; a line's own leading spaces (in units of two) add nesting.
 */
export function insertAsLastChildren(doc: ParsedDocument, parent: XmlElement, lines: string[]): Edit {
  const style = documentStyle(doc.text);
  const parentIndent = indentOf(doc, parent);
  const childIndent = parentIndent + style.indentUnit;
  const body = lines.map((line) => {
    const extra = /^ */.exec(line)![0].length / 2;
    return childIndent + style.indentUnit.repeat(extra) + line.trimStart();
  });
  if (parent.selfClosing) {
    // <parent .../>  becomes  <parent ...>children</parent>
    const closeStart = doc.text.lastIndexOf('/>', parent.span.end);
    const newText = `>${style.eol}${body.join(style.eol)}${style.eol}${parentIndent}</${parent.name}>`;
    return { span: { start: closeStart, end: parent.span.end }, newText };
  }
  const endTag = parent.endTagStart ?? parent.span.end;
  // Insert before the white space that precedes the end tag, so the end tag keeps its own line and indentation.
  let insertAt = endTag;
  while (insertAt > (parent.contentStart ?? 0) && (doc.text[insertAt - 1] === ' ' || doc.text[insertAt - 1] === '\t')) insertAt--;
  if (doc.text[insertAt - 1] === '\n') {
    return { span: { start: insertAt, end: insertAt }, newText: body.join(style.eol) + style.eol };
  }
  // The end tag shares a line with other content: give the new children lines of their own.
  return { span: { start: endTag, end: endTag }, newText: style.eol + body.join(style.eol) + style.eol + parentIndent };
}

export function replace(span: Span, newText: string): Edit {
  return { span: { ...span }, newText };
}

/**
 * Applies offset edits to a text (edits must not overlap; inserts at one offset keep their order, as in LSP). One
 * pass over the text: applying them one by one would copy the text once per edit.
 */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    parts.push(text.slice(at, edit.span.start), edit.newText);
    at = edit.span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The one edit that turns `before` into `after`: the stretch between their common start and common end. It never
 * splits a surrogate pair or a CRLF, whose middle is no position an editor can show.
 */
export function replacementBetween(before: string, after: string): Edit {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  while (start > 0 && isInsidePair(before, start)) start--;
  let tail = 0;
  while (tail < limit - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  while (tail > 0 && isInsidePair(before, before.length - tail)) tail--;
  return { span: { start, end: before.length - tail }, newText: after.slice(start, after.length - tail) };
}

/** Whether `offset` falls between the two halves of a surrogate pair or of a CRLF. */
function isInsidePair(text: string, offset: number): boolean {
  const previous = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  return (previous === 13 && next === 10) || (previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
}

/** Inserts lines of XML right before `sibling`, at its indentation; nesting as in insertAsLastChildren. */
export function insertBefore(doc: ParsedDocument, sibling: XmlElement, lines: string[]): Edit {
  const style = documentStyle(doc.text);
  const indent = indentOf(doc, sibling);
  const body = lines.map((line, i) => {
    const extra = /^ */.exec(line)![0].length / 2;
    return (i === 0 ? '' : indent) + style.indentUnit.repeat(extra) + line.trimStart();
  });
  return { span: { start: sibling.span.start, end: sibling.span.start }, newText: body.join(style.eol) + style.eol + indent };
}

/** Sets an attribute's value: replaces the value when the attribute exists, else adds it after the element name. */
export function insertAttributeOrAppend(element: XmlElement, name: string, existing: XmlAttribute | undefined, value: string): Edit {
  const escaped = value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  if (existing) return { span: existing.valueSpan, newText: escaped };
  return { span: { start: element.nameSpan.end, end: element.nameSpan.end }, newText: ` ${name}="${escaped}"` };
}

/** Inserts lines of XML right after `sibling`, on new lines at its indentation. */
export function insertAfter(doc: ParsedDocument, sibling: XmlElement, lines: string[]): Edit {
  const style = documentStyle(doc.text);
  const indent = indentOf(doc, sibling);
  const body = lines.map((line) => indent + style.indentUnit.repeat(/^ */.exec(line)![0].length / 2) + line.trimStart());
  return { span: { start: sibling.span.end, end: sibling.span.end }, newText: style.eol + body.join(style.eol) };
}

/** The span to delete to remove `span`: its whole line, break included, when nothing else is on that line. */
export function removalSpan(text: string, span: Span): Span {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const breakAt = text.indexOf('\n', span.end);
  const lineEnd = breakAt < 0 ? text.length : breakAt + 1;
  const alone = /^[ \t]*$/.test(text.slice(lineStart, span.start)) && /^[ \t]*\r?\n?$/.test(text.slice(span.end, lineEnd));
  return alone ? { start: lineStart, end: lineEnd } : span;
}
