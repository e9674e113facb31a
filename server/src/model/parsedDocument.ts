// One parse of one document version: the scanner's tree, xmldom's verdict, the security model, and the
// offset/position conversion that every feature shares. Nothing re-parses; everything reads this.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { parseWithXmldom, skippedXmldom, type DomParseResult } from '../parser/domParse';
import { scanXml } from '../parser/scanner';
import type { Span, XmlTree } from '../parser/xmlTree';
import { ANCHOR_DEPTH } from './anchors';
import { buildSecurityModel } from './build';
import { ACTIVEMQ_NAMESPACE, type SecurityModel } from './types';

export interface ParsedDocument {
  uri: string;
  version: number;
  text: string;
  tree: XmlTree;
  dom: DomParseResult;
  model: SecurityModel;
  /** Set when the text is an ERB or Jinja template of a config rather than the config itself. */
  template: { kind: 'ERB' | 'Jinja2'; span: Span } | undefined;
  /** True when the document holds an ActiveMQ broker, i.e. when it is analysed at all. */
  isBrokerConfig: boolean;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  range(span: Span): Range;
}

export function parseDocument(text: string, uri = 'untitled:activemq.xml', version = 0): ParsedDocument {
  const lines = TextDocument.create(uri, 'xml', version, text);
  const tree = scanXml(text);
  const dom = xmldomVerdict(tree);
  const model = buildSecurityModel(tree, dom);
  // The DOM served only to find the anchors; the tree is the model from here on.
  dom.document = undefined;
  return {
    uri,
    version,
    text,
    tree,
    dom,
    model,
    template: templateMarker(text),
    // A broker that is too broken to find still names its namespace; its syntax errors must show.
    isBrokerConfig: model.broker !== undefined || text.includes(ACTIVEMQ_NAMESPACE),
    positionAt: (offset) => lines.positionAt(offset),
    offsetAt: (position) => lines.offsetAt(position),
    range: (span) => ({ start: lines.positionAt(span.start), end: lines.positionAt(span.end) }),
  };
}

/**
 * How many elements declaring namespaces may nest inside each other before xmldom is not run. xmldom chains each
 * such element's namespace map to its parent's and looks a prefix up along the chain, so its time grows with the
 * square of that nesting (20,000 levels: a minute). Real configs declare namespaces on two or three levels.
 */
export const MAX_NAMESPACE_NESTING_FOR_XMLDOM = 200;

function xmldomVerdict(tree: XmlTree): DomParseResult {
  const nesting = tree.namespaceNesting;
  if (nesting.depth > MAX_NAMESPACE_NESTING_FOR_XMLDOM && nesting.at) {
    return skippedXmldom(nesting.at, `Elements that declare namespaces nest ${nesting.depth} deep here; above ${MAX_NAMESPACE_NESTING_FOR_XMLDOM} the second well-formedness check (xmldom) is not run, as its time grows with the square of that depth. Only the tolerant scanner's checks ran; no broker config needs namespace declarations nested this deep.`);
  }
  return parseWithXmldom(tree.text, ANCHOR_DEPTH, tree.doctype?.entityNames);
}

/** ERB (`<%= ... %>`) and Jinja2 (`{{ ... }}`, `{% ... %}`) tags; Spring's `${...}` is not one of them. */
function templateMarker(text: string): ParsedDocument['template'] {
  const erb = /<%[=#-]?/.exec(text);
  if (erb) return { kind: 'ERB', span: { start: erb.index, end: erb.index + erb[0].length } };
  const jinja = /\{\{|\{%/.exec(text);
  if (jinja) return { kind: 'Jinja2', span: { start: jinja.index, end: jinja.index + 2 } };
  return undefined;
}
