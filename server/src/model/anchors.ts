// Locates the few anchor elements of a broker config: the broker, its plugins and the security plugins in
// them, its connectors and sslContext. On a well-formed document this is an XPath query over xmldom's DOM; a
// document xmldom cannot read gets the same answer from the scanner's tree. Per-entry or per-user node sets are
// never queried with XPath (the xpath package is quadratic in the size of the result); those are walked.
import * as xpath from 'xpath';
import type { Document } from '@xmldom/xmldom';
import type { DomParseResult } from '../parser/domParse';
import type { XmlElement, XmlTree } from '../parser/xmlTree';
import { ACTIVEMQ_NAMESPACE } from './types';

export interface Anchors {
  brokers: XmlElement[];
  /** Every anchor below a broker: plugins, their children, connectors, sslContext. */
  belowBroker: XmlElement[];
}

const select = xpath.useNamespaces({ amq: ACTIVEMQ_NAMESPACE });
// Real files put the broker at the root, under a Spring <beans>, or one level deeper (a nested <beans profile>).
const BROKER_PATHS = ['/amq:broker', '/*/amq:broker', '/*/*/amq:broker'];
const RELATIVE_PATHS = [
  'amq:plugins',
  'amq:plugins/*',
  'amq:transportConnectors/amq:transportConnector',
  'amq:networkConnectors/*',
  'amq:sslContext/amq:sslContext',
];
const ANCHOR_PATHS = BROKER_PATHS.flatMap((b) => [b, ...RELATIVE_PATHS.map((r) => `${b}/${r}`)]);
const ANCHOR_QUERY = ANCHOR_PATHS.join(' | ');
/** How many levels of elements the anchor queries reach: the DOM needs no deeper ones. */
export const ANCHOR_DEPTH = Math.max(...ANCHOR_PATHS.map((path) => path.split('/').filter(Boolean).length));

export function findAnchors(tree: XmlTree, dom: DomParseResult): Anchors {
  const viaDom = dom.document && !dom.problem ? anchorsFromDom(tree, dom.document, dom) : undefined;
  return viaDom ?? anchorsFromTree(tree);
}

function anchorsFromDom(tree: XmlTree, document: Document, dom: DomParseResult): Anchors | undefined {
  const brokers: XmlElement[] = [];
  const belowBroker: XmlElement[] = [];
  const nodes = select(ANCHOR_QUERY, document as unknown as Node) as unknown as { localName: string; lineNumber?: number; columnNumber?: number }[];
  for (const node of nodes) {
    const element = elementStartingAt(tree, dom.offsetOfNode(node));
    // The two parsers disagree only if the scanner has a bug; then the tree is the safer answer.
    if (!element || element.localName !== node.localName) return undefined;
    if (element.localName === 'broker' && element.namespace === ACTIVEMQ_NAMESPACE && isBrokerPosition(element)) brokers.push(element);
    else belowBroker.push(element);
  }
  return { brokers, belowBroker };
}

function elementStartingAt(tree: XmlTree, offset: number): XmlElement | undefined {
  const elements = tree.elements;
  let lo = 0;
  let hi = elements.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = elements[mid].span.start;
    if (start === offset) return elements[mid];
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

function isBrokerPosition(element: XmlElement): boolean {
  let depth = 0;
  for (let p = element.parent; p; p = p.parent) depth++;
  return depth <= 2;
}

function anchorsFromTree(tree: XmlTree): Anchors {
  const brokers: XmlElement[] = [];
  const belowBroker: XmlElement[] = [];
  const visit = (element: XmlElement, depth: number) => {
    if (element.localName === 'broker' && element.namespace === ACTIVEMQ_NAMESPACE) {
      brokers.push(element);
      collectBelowBroker(element, belowBroker);
    } else if (depth < 2) {
      for (const child of element.children) visit(child, depth + 1);
    }
  };
  for (const root of tree.roots) visit(root, 0);
  return { brokers, belowBroker };
}

function collectBelowBroker(broker: XmlElement, out: XmlElement[]): void {
  const inCore = (e: XmlElement) => e.namespace === ACTIVEMQ_NAMESPACE;
  for (const child of broker.children) {
    if (!inCore(child)) continue;
    if (child.localName === 'plugins') {
      out.push(child);
      out.push(...child.children);
    } else if (child.localName === 'transportConnectors') {
      out.push(...child.children.filter((c) => inCore(c) && c.localName === 'transportConnector'));
    } else if (child.localName === 'networkConnectors') {
      out.push(...child.children);
    } else if (child.localName === 'sslContext') {
      out.push(...child.children.filter((c) => inCore(c) && c.localName === 'sslContext'));
    }
  }
  // XPath returns document order; keep the same here.
  out.sort((a, b) => a.index - b.index);
}
