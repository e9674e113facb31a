// A DOM builder for xmldom that keeps only what the anchor queries read: the elements of the first few levels.
// xmldom's reader still reads and checks every character, and every element and attribute name still goes
// through the DOM factory's name check (an unbound prefix is caught there, not by the reader), so the verdict is
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
  currentElement: XmldomNode | OpenElement | undefined;
  locator: { lineNumber: number; columnNumber: number } | undefined;
}
type HandlerClass = new (options: unknown) => XmldomHandler;
/** What the reader reads of an open element that is not kept. */
interface OpenElement {
  tagName: string;
}

// xmldom's own builder, reached through the public `domHandler` property of a parser.
const XmldomHandlerClass = (new DOMParser() as unknown as { domHandler: HandlerClass }).domHandler;

class ElementsOnlyHandler extends XmldomHandlerClass {
  /** How many levels of elements are kept in the DOM (the root is level 1). */
  protected depth = Infinity;
  private readonly open: (XmldomNode | OpenElement)[] = [];
  /** Names that passed the check, by namespace: a large map repeats a handful of names thousands of times. */
  private readonly checked = new Map<string | null, Set<string>>();

  startElement(namespaceURI: string | null, localName: string, qName: string, attributes: XmldomAttributes): void {
    const doc = this.doc;
    const name = qName || localName;
    let open: XmldomNode | OpenElement;
    if (this.open.length < this.depth) {
      const element = doc.createElementNS(namespaceURI, name);
      (this.currentElement as XmldomNode | undefined ?? doc).appendChild(element);
      if (this.locator) {
        element.lineNumber = this.locator.lineNumber;
        element.columnNumber = this.locator.columnNumber;
      }
      open = element;
    } else {
      this.checkName(namespaceURI, name);
      open = { tagName: name };
    }
    this.open.push(open);
    this.currentElement = open;
    for (let i = 0; i < attributes.length; i++) this.checkName(attributes.getURI(i), attributes.getQName(i));
  }

  /**
   * The DOM factory's check of a qualified name in a namespace (validateAndExtract, which createElementNS and
   * createAttributeNS both run and which throws the DOMException that becomes the fatal error), once per pair.
   */
  private checkName(namespaceURI: string | null, qName: string): void {
    let names = this.checked.get(namespaceURI);
    if (names?.has(qName)) return;
    this.doc.createAttributeNS(namespaceURI, qName);
    if (!names) this.checked.set(namespaceURI, (names = new Set()));
    names.add(qName);
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
