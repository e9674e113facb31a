// The @xmldom/xmldom parse: the well-formedness verdict of a real XML parser, and the DOM that the anchor
// queries run on. xmldom throws on any fatal fault and then yields no document, so its result is optional and
// the tolerant scanner's tree stays the model.
import { DOMParser, type Document } from '@xmldom/xmldom';
import { elementsOnlyHandler } from './elementsOnlyDom';
import './xmldomRegexCache';
import type { Span } from './xmlTree';

export interface DomParseResult {
  document: Document | undefined;
  /** The first error xmldom reported, located in the text. */
  problem: { span: Span; message: string } | undefined;
  /** Set when xmldom did not read the document at all, and why. */
  skipped: { span: Span; message: string } | undefined;
  /** The text offset where a DOM node starts (from xmldom's locator). */
  offsetOfNode(node: { lineNumber?: number; columnNumber?: number }): number;
}

/**
 * Parses `text`; the DOM keeps the elements of the first `domDepth` levels (the root is level 1). References to
 * `declaredEntities` (the internal subset's, which the scanner expands) are no fault; xmldom knows only the five
 * predefined entities.
 */
export function parseWithXmldom(text: string, domDepth = Infinity, declaredEntities?: ReadonlySet<string>): DomParseResult {
  let problem: DomParseResult['problem'];
  // xmldom reports a leading byte order mark as content outside the root (and a space in its place breaks the
  // XML declaration), so it parses the text without it and every offset shifts back by one.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = shift ? text.slice(1) : text;
  const lineStarts = xmldomLineStarts(source);
  const parser = new DOMParser({
    domHandler: elementsOnlyHandler(domDepth),
    // Keep the text as it is: xmldom's own normalisation would also break lines at U+2028 and U+0085,
    // which LSP does not, and shift every offset after a CRLF.
    normalizeLineEndings: (s: string) => s,
    onError(level: string, message: string, context: { locator?: { lineNumber?: number; columnNumber?: number } }) {
      if (level === 'warning' || problem) return;
      const undeclared = /entity not found:&([^;\s]+);/.exec(message);
      if (undeclared && declaredEntities?.has(undeclared[1])) return;
      const offset = shift + offsetOf(lineStarts, context?.locator?.lineNumber, context?.locator?.columnNumber, source.length);
      problem = { span: { start: offset, end: Math.min(offset + 1, text.length) }, message: cleanMessage(message) };
    },
  });
  try {
    const document = parser.parseFromString(source, 'text/xml');
    return { document, problem, skipped: undefined, offsetOfNode: (node) => shift + offsetOf(lineStarts, node.lineNumber, node.columnNumber, source.length) };
  } catch (error) {
    if (!problem) {
      problem = { span: { start: 0, end: Math.min(1, source.length) }, message: cleanMessage(String((error as Error)?.message ?? error)) };
    }
    return { document: undefined, problem, skipped: undefined, offsetOfNode: () => 0 };
  }
}

/** xmldom's verdict on a text: what it found wrong, or why it did not run (nothing when it read it). */
export type XmldomVerdict = Pick<DomParseResult, 'problem' | 'skipped'>;

/** xmldom's verdict on a document known to be well-formed without running it again (so without a DOM). */
export function wellFormedWithoutDom(): DomParseResult {
  return knownVerdict({ problem: undefined, skipped: undefined });
}

/** A verdict xmldom gave on the same text elsewhere (the validation worker), without a DOM. */
export function knownVerdict(verdict: XmldomVerdict): DomParseResult {
  return { document: undefined, problem: verdict.problem, skipped: verdict.skipped, offsetOfNode: () => 0 };
}

/** The result when xmldom is not run on a document, saying why at `span`. */
export function skippedXmldom(span: Span, message: string): DomParseResult {
  return { document: undefined, problem: undefined, skipped: { span, message }, offsetOfNode: () => 0 };
}

/** Line starts as xmldom's locator counts them (CR LF, CR or LF). */
function xmldomLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

function offsetOf(lineStarts: number[], line: number | undefined, column: number | undefined, length: number): number {
  if (!line || !column) return 0;
  const start = lineStarts[Math.min(line, lineStarts.length) - 1] ?? 0;
  return Math.min(start + column - 1, length);
}

function cleanMessage(message: string): string {
  const firstLine = message.split('\n')[0].replace(/^\[xmldom [^\]]*\]\s*/, '').trim();
  return `Not well-formed XML: ${firstLine}`;
}
