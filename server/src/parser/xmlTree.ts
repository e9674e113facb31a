// The tree that the tolerant scanner builds: every element and attribute with exact offsets into the text.
// Offsets are UTF-16 code unit indices into the document text, as LSP and JavaScript strings count them.
import type { Span } from '../text/span';
import type { EntityTable } from './entityExpansion';

export type { Span };

/**
 * One attribute. A class, so that large documents do not pay for a closure and span objects per attribute. Its
 * offsets and value change only when a parse of the next version takes its tree over (treePatch.ts).
 */
export class XmlAttribute {
  constructor(
    /** Qualified name as written, e.g. `queue` or `xmlns:amq`. */
    readonly name: string,
    public nameStart: number,
    /** Value with entity references decoded (`&gt;` becomes `>`). */
    public value: string,
    public valueStart: number,
    public valueEnd: number,
    /** Raw offset of each decoded character, only when the value has entity references. */
    private readonly decodedOffsets: number[] | undefined,
  ) {}

  get nameSpan(): Span {
    return { start: this.nameStart, end: this.nameStart + this.name.length };
  }

  /** Span of the value without its quotes (empty span right after `=` when the value is missing). */
  get valueSpan(): Span {
    return { start: this.valueStart, end: this.valueEnd };
  }

  /** Maps an index in `value` to an offset in the document (inside an entity's expansion: the reference's `&`). */
  valueOffset(indexInValue: number): number {
    const map = this.decodedOffsets;
    if (!map) return this.valueStart + indexInValue;
    return this.valueStart + map[Math.max(0, Math.min(indexInValue, map.length - 1))];
  }

  /**
   * Maps the end of a piece of `value` to an offset in the document: an end inside an entity's expansion lies
   * after the whole reference, so that a range over part of `&q;`'s text covers `&q;` rather than nothing.
   */
  valueEndOffset(indexInValue: number): number {
    const map = this.decodedOffsets;
    if (!map) return this.valueStart + indexInValue;
    let k = Math.max(0, Math.min(indexInValue, map.length - 1));
    if (k > 0) while (k < map.length - 1 && map[k] === map[k - 1]) k++;
    return this.valueStart + map[k];
  }
}

export interface XmlElement {
  /** Qualified name as written, e.g. `amq:broker`. */
  name: string;
  prefix: string;
  localName: string;
  /** Namespace URI resolved from the xmlns declarations in scope ('' when none). */
  namespace: string;
  parent: XmlElement | undefined;
  children: XmlElement[];
  attributes: XmlAttribute[];
  /** The whole element, from `<` to the end of its end tag (or to where the scanner gave up on it). */
  readonly span: Span;
  /** The name in the start tag. */
  readonly nameSpan: Span;
  /** The start tag, from `<` to its `>` (or to where it broke off). */
  readonly startTagSpan: Span;
  /** Offset just after the start tag's `>`, where content begins; undefined for a self-closing element. */
  contentStart: number | undefined;
  /** Offset of the end tag's `<` when the element has one. */
  endTagStart: number | undefined;
  selfClosing: boolean;
  /** False when the element was never properly closed. */
  closed: boolean;
  /** Namespace declarations made on this element (prefix '' for the default namespace). */
  namespaceDeclarations: Map<string, string> | undefined;
  /** Position in document order, 0 for the root. */
  index: number;
}

export interface SyntaxProblem {
  span: Span;
  message: string;
}

export interface XmlTree {
  text: string;
  roots: XmlElement[];
  /** Every element in document order. */
  elements: XmlElement[];
  problems: SyntaxProblem[];
  /** The DOCTYPE declaration, when there is one. */
  doctype: Doctype | undefined;
  /** References to the internal subset's entities that activemq-xml leaves unexpanded, and why (Java would read them). */
  entityNotes: SyntaxProblem[];
  /** Whole spans of every comment, `<!--` to `-->` (or to the end of the text when never closed), in document order. */
  comments: Span[];
  /** Whole spans of the comments addressed to the linter (`<!-- activemq-lint-... -->`), in document order. */
  lintComments: Span[];
  /** How many elements that declare namespaces nest inside each other at most, and the name of the first innermost one. */
  namespaceNesting: { depth: number; at: Span | undefined };
}

export interface Doctype {
  span: Span;
  declaresEntities: boolean;
  externalEntity: boolean;
  /** The general entities of the internal subset, expanded in attribute values. */
  entities: EntityTable;
  entityNames: ReadonlySet<string>;
}

export function attribute(element: XmlElement, name: string): XmlAttribute | undefined {
  for (const attr of element.attributes) if (attr.name === name) return attr;
  return undefined;
}

export function attributeValue(element: XmlElement, name: string): string | undefined {
  return attribute(element, name)?.value;
}

/** Children in the same namespace as `element` with the given local name. */
export function childrenNamed(element: XmlElement, localName: string): XmlElement[] {
  return element.children.filter((c) => c.localName === localName && c.namespace === element.namespace);
}

export function firstChildNamed(element: XmlElement, localName: string): XmlElement | undefined {
  for (const c of element.children) if (c.localName === localName && c.namespace === element.namespace) return c;
  return undefined;
}

export function lookupNamespace(element: XmlElement | undefined, prefix: string): string | undefined {
  for (let e = element; e; e = e.parent) {
    const uri = e.namespaceDeclarations?.get(prefix);
    if (uri !== undefined) return uri;
  }
  if (prefix === 'xml') return 'http://www.w3.org/XML/1998/namespace';
  return undefined;
}

/** The innermost element whose span holds the offset. */
export function elementAt(tree: XmlTree, offset: number): XmlElement | undefined {
  let found: XmlElement | undefined;
  let level = tree.roots;
  for (;;) {
    const next = findContaining(level, offset);
    if (!next) return found;
    found = next;
    level = next.children;
  }
}

function findContaining(elements: XmlElement[], offset: number): XmlElement | undefined {
  // Siblings are in document order with disjoint spans, so a binary search finds the candidate.
  let lo = 0;
  let hi = elements.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = elements[mid];
    if (offset < e.span.start) hi = mid - 1;
    else if (offset > e.span.end || (offset === e.span.end && e.closed)) lo = mid + 1;
    else return e;
  }
  return undefined;
}

export function attributeAt(element: XmlElement, offset: number): XmlAttribute | undefined {
  for (const attr of element.attributes) {
    if (offset >= attr.nameStart && offset <= attr.valueEnd) return attr;
  }
  return undefined;
}
