// Editing help that follows the XML structure itself, from the tolerant scanner's exact spans: expand selection
// (list item → value → attribute → start tag → element → parent …), folding of elements and comments, and linked
// editing of a start tag's name with its end tag's.
import type { FoldingRange, Position, Range, SelectionRange } from 'vscode-languageserver-types';
import { attributeAt, elementAt, type Span, type XmlElement } from '../../parser/xmlTree';
import type { FeatureContext } from './context';

/** LSP's LinkedEditingRanges (declared in the protocol package, which the pure service does not import). */
export interface LinkedEditingRanges {
  ranges: Range[];
  wordPattern?: string;
}

/** An XML name as typed in a tag (with a prefix), so that VS Code keeps the two tag names linked while typing. */
const XML_NAME_PATTERN = '[A-Za-z_][\\w.\\-]*(:[A-Za-z_][\\w.\\-]*)?';

export function selectionRanges({ doc }: FeatureContext, positions: Position[]): SelectionRange[] {
  return positions.map((position) => {
    const offset = doc.offsetAt(position);
    const spans = fewerLevels(enclosingSpans(doc.text, elementAt(doc.tree, offset), offset));
    let range: SelectionRange | undefined;
    // From the outermost in, each range's parent is the one enclosing it.
    for (const span of spans.reverse()) range = { range: doc.range(span), parent: range };
    return range ?? { range: { start: position, end: position } };
  });
}

/**
 * How many ranges one selection expands through. A hostile file nests 100,000 elements, and a chain of 100,000
 * parents cannot even be sent: serialising it overflows the call stack.
 */
const MAX_SELECTION_LEVELS = 1000;
const OUTERMOST_KEPT = 10;

/** The innermost spans and the few outermost ones (the whole root last) when there are too many. */
function fewerLevels(spans: Span[]): Span[] {
  if (spans.length <= MAX_SELECTION_LEVELS) return spans;
  return [...spans.slice(0, MAX_SELECTION_LEVELS - OUTERMOST_KEPT), ...spans.slice(-OUTERMOST_KEPT)];
}

/** Spans around the offset, innermost first, each containing the one before. */
function enclosingSpans(text: string, innermost: XmlElement | undefined, offset: number): Span[] {
  const spans: Span[] = [];
  const add = (span: Span) => {
    const last = spans[spans.length - 1];
    if (span.end <= span.start || offset < span.start || offset > span.end) return;
    if (last && (span.start > last.start || span.end < last.end || (span.start === last.start && span.end === last.end))) return;
    spans.push(span);
  };
  if (innermost) {
    const attr = offset < innermost.startTagSpan.end ? attributeAt(innermost, offset) : undefined;
    if (attr && offset >= attr.valueStart && offset <= attr.valueEnd) {
      add(listItemAt(text, attr.valueStart, attr.valueEnd, offset));
      add(attr.valueSpan);
    }
    if (attr) add({ start: attr.nameStart, end: Math.min(attr.valueEnd + 1, innermost.startTagSpan.end) });
    if (offset <= innermost.startTagSpan.end) add(innermost.startTagSpan);
  }
  for (let element = innermost; element; element = element.parent) {
    if (element !== innermost || offset > element.startTagSpan.end) add(contentSpan(element));
    add(element.span);
  }
  return spans;
}

/** The comma-separated item of a list value holding the offset, without the blanks around it. */
function listItemAt(text: string, start: number, end: number, offset: number): Span {
  let itemStart = offset;
  while (itemStart > start && text[itemStart - 1] !== ',') itemStart--;
  let itemEnd = offset;
  while (itemEnd < end && text[itemEnd] !== ',') itemEnd++;
  while (itemStart < itemEnd && /\s/.test(text[itemStart])) itemStart++;
  while (itemEnd > itemStart && /\s/.test(text[itemEnd - 1])) itemEnd--;
  return { start: itemStart, end: itemEnd };
}

function contentSpan(element: XmlElement): Span {
  if (element.contentStart === undefined) return { start: 0, end: 0 };
  return { start: element.contentStart, end: element.endTagStart ?? element.span.end };
}

export function foldingRanges({ doc }: FeatureContext): FoldingRange[] {
  const lineOf = (offset: number) => doc.positionAt(offset).line;
  const ranges: FoldingRange[] = [];
  for (const element of doc.tree.elements) {
    if (element.selfClosing || element.endTagStart === undefined) continue;
    const startLine = lineOf(element.span.start);
    // The end tag stays visible, as in VS Code's HTML folding.
    const endLine = lineOf(element.endTagStart) - 1;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  }
  for (const comment of doc.tree.comments) {
    const startLine = lineOf(comment.start);
    const endLine = lineOf(comment.end);
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: 'comment' });
  }
  return ranges;
}

export function linkedEditingRanges({ doc }: FeatureContext, position: Position): LinkedEditingRanges | null {
  const offset = doc.offsetAt(position);
  const element = elementAt(doc.tree, offset);
  if (!element || element.endTagStart === undefined) return null;
  const endName = { start: element.endTagStart + 2, end: element.endTagStart + 2 + element.name.length };
  const within = (span: Span) => offset >= span.start && offset <= span.end;
  if (!within(element.nameSpan) && !within(endName)) return null;
  // A mismatched end tag (already reported) is not linked: typing would spread the mistake.
  if (doc.text.slice(endName.start, endName.end) !== element.name) return null;
  return { ranges: [doc.range(element.nameSpan), doc.range(endName)], wordPattern: XML_NAME_PATTERN };
}
