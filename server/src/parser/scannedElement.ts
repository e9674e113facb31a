// The element class of the scanner's tree.
import type { Span, XmlAttribute, XmlElement } from './xmlTree';

/**
 * An element as the scanner reads it: offsets as numbers, spans made when read (a large map has many elements). The
 * offsets change only when a parse of the next version takes its tree over (treePatch.ts).
 */
export class ScannedElement implements XmlElement {
  namespace = '';
  children: XmlElement[] = NONE;
  attributes: XmlAttribute[] = NONE;
  startTagEnd: number;
  contentStart: number | undefined = undefined;
  endTagStart: number | undefined = undefined;
  selfClosing = false;
  closed = false;
  namespaceDeclarations: Map<string, string> | undefined = undefined;

  constructor(
    readonly name: string,
    readonly prefix: string,
    readonly localName: string,
    readonly parent: ScannedElement | undefined,
    public start: number,
    public end: number,
    readonly index: number,
  ) {
    this.startTagEnd = end;
  }

  get span(): Span {
    return { start: this.start, end: this.end };
  }

  get nameSpan(): Span {
    return { start: this.start + 1, end: this.start + 1 + this.name.length };
  }

  get startTagSpan(): Span {
    return { start: this.start, end: this.startTagEnd };
  }
}

/**
 * The children or attributes of every element that has none (most entries have no children); the scanner gives
 * an element arrays of its own when it has some. Frozen, so that a push into it fails loudly.
 */
export const NONE = Object.freeze([]) as unknown as never[];
