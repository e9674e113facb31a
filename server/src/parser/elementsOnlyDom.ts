// A DOM builder for xmldom that keeps only what the anchor queries read: the elements of the first few levels.
// xmldom's reader still reads and checks every character, and every element and attribute name still goes
// through the DOM factory's checks (an unbound prefix is caught there, not by the reader), so the verdict is
// exactly the default builder's. Skipped: attribute, text and comment nodes, and the elements below `depth`
// (the entries and users of a large map, most of its size); the scanner's tree holds all of them with spans.
import { DOMParser } from '@xmldom/xmldom';

interface XmldomNode {
  appendChild(node: XmldomNode): void;
  lineNumber?: number;
  columnNumber?: number;
}
interface XmldomAttributes {
  length: number;
  getURI(index: number): string | null;
  getQName(index: number): string;
}
interface XmldomDocument extends XmldomNode {
  createElementNS(uri: string | null, qName: string): XmldomNode;
  createAttributeNS(uri: string | null, qName: string): unknown;
}
interface XmldomHandler {
  doc: XmldomDocument;
  /** Read by xmldom's reader for its checks and messages (the open element's tagName, CDATA outside the root). */
  currentElement: XmldomNode | undefined;
  locator: { lineNumber: number; columnNumber: number } | undefined;
}
type HandlerClass = new (options: unknown) => XmldomHandler;

// xmldom's own builder, reached through the public `domHandler` property of a parser.
const XmldomHandlerClass = (new DOMParser() as unknown as { domHandler: HandlerClass }).domHandler;

class ElementsOnlyHandler extends XmldomHandlerClass {
  /** How many levels of elements are kept in the DOM (the root is level 1). */
  protected depth = Infinity;
  private readonly open: XmldomNode[] = [];

  startElement(namespaceURI: string | null, localName: string, qName: string, attributes: XmldomAttributes): void {
    const doc = this.doc;
    const element = doc.createElementNS(namespaceURI, qName || localName);
    if (this.open.length < this.depth) (this.currentElement ?? doc).appendChild(element);
    this.open.push(element);
    this.currentElement = element;
    if (this.locator) {
      element.lineNumber = this.locator.lineNumber;
      element.columnNumber = this.locator.columnNumber;
    }
    for (let i = 0; i < attributes.length; i++) doc.createAttributeNS(attributes.getURI(i), attributes.getQName(i));
  }

  endElement(): void {
    this.open.pop();
    // As in the default builder, the document itself is current once the root is closed.
    this.currentElement = this.open[this.open.length - 1] ?? this.doc;
  }

  characters(): void {}

  comment(): void {}

  /** The default merges adjacent text nodes; there are none. */
  endDocument(): void {}
}

const handlers = new Map<number, HandlerClass>();

/** The builder class to pass as xmldom's `domHandler` option, keeping `depth` levels of elements. */
export function elementsOnlyHandler(depth: number): HandlerClass {
  let handler = handlers.get(depth);
  if (!handler) {
    handler = class extends ElementsOnlyHandler {
      protected override depth = depth;
    };
    handlers.set(depth, handler);
  }
  return handler;
}
