// One parse of one document version: the scanner's tree, xmldom's verdict, the security model, and the
// offset/position conversion that every feature shares. Nothing re-parses; everything reads this.
import type { Position, Range } from 'vscode-languageserver-types';
import { knownVerdict, parseWithXmldom, skippedXmldom, wellFormedWithoutDom, type DomParseResult, type XmldomVerdict } from '../parser/domParse';
import { scanXml } from '../parser/scanner';
import { changedRegion, mayMoveLines, type ChangedRegion } from '../text/changedRegion';
import { LineIndex, nextLineStart } from '../text/lineIndex';
import { attributeAt, elementAt, type Span, type SyntaxProblem, type XmlAttribute, type XmlElement, type XmlTree } from '../parser/xmlTree';
import { ScannedElement } from '../parser/scannedElement';
import { patchValueEdit } from '../parser/treePatch';
import { ANCHOR_DEPTH } from './anchors';
import { adoptBareBroker } from './bareBroker';
import { buildSecurityModel, modelAfterValueEdit } from './build';
import { hasTemplateDelimiter, readTemplate, type TemplateKind } from './template';
import { ACTIVEMQ_NAMESPACE, type SecurityModel } from './types';

export interface ParsedDocument {
  uri: string;
  version: number;
  text: string;
  tree: XmlTree;
  dom: DomParseResult;
  model: SecurityModel;
  /** Set when the text is an ERB, Jinja2 or Go template of a config rather than the config itself. */
  template: DocumentTemplate | undefined;
  /** A `<broker>` without ActiveMQ's namespace, analysed as if it had it (see bareBroker.ts). */
  bareBroker: XmlElement | undefined;
  /** True when reparseDocument kept the previous version's xmldom verdict (the edit was inside one attribute value). */
  incremental: boolean;
  /** True when the document holds an ActiveMQ broker, i.e. when it is analysed at all. */
  isBrokerConfig: boolean;
  /** A number no other parse in this process has: what a cache made for one parse remembers it by. */
  serial: number;
  /**
   * Set when this parse was made from the parse numbered `after` and the edit between them added or removed no line
   * break: every offset before `start` (where the edit begins) or from `nextLineStart` on (the line after the edited
   * one) has the line and character it had there.
   */
  sameLinesSince: { after: number; start: number; nextLineStart: number } | undefined;
  /**
   * Set when this parse took the tree of the parse numbered `after` over (reparseDocument, `takeOver`): the two texts
   * differ inside one attribute value of `element`, and every element and attribute is that parse's object (its
   * offsets moved), so what was worked out for any other element still holds.
   */
  tookOver: { after: number; element: XmlElement } | undefined;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  range(span: Span): Range;
}

export interface DocumentTemplate {
  kind: TemplateKind;
  /** The first template tag. */
  span: Span;
  /** Where the markup cannot be read as XML with its template tags set aside; undefined when it can be read. */
  unreadable: SyntaxProblem | undefined;
  /** True when two offsets lie in different branches of one template conditional (never rendered together). */
  exclusive(a: number, b: number): boolean;
  /** The template tag at an offset, if any. */
  tagAt(offset: number): Span | undefined;
  /** True when an edit of this span would change a template tag. */
  overlapsTag(span: Span): boolean;
}

/**
 * `verdict`: xmldom's verdict on this very text, given elsewhere (the validation worker's parse of the same version):
 * xmldom is then not run again, and the anchors come from the scanner's tree, which gives the DOM's answer on a text
 * xmldom reads (anchors.ts). A template is parsed as usual: its verdict is on other texts (its markup).
 */
export function parseDocument(text: string, uri = 'untitled:activemq.xml', version = 0, verdict?: XmldomVerdict): ParsedDocument {
  return assemble(text, uri, version, parseXml(text, verdict), false);
}

/** What a parse found of xmldom's verdict, for another thread's parse of the same text (parseDocument). */
export function verdictOf(doc: ParsedDocument): XmldomVerdict {
  return { problem: doc.dom.problem, skipped: doc.dom.skipped };
}

/**
 * The parse of a later version of `previous`'s text: the same as parseDocument's, with less work when the edit
 * allows it. An edit inside one attribute value that leaves it a plain value before and after (no `<`, `&`, quote
 * or character XML forbids) cannot change the verdict of xmldom on a document it found well-formed (XML's AttValue
 * production), so only the tolerant scanner reads the new text, and the anchors come from its tree. Any other edit
 * is parsed afresh.
 *
 * `takeOver`: the caller never reads `previous` again, so after such an edit its tree becomes this version's, changed
 * in place (treePatch.ts) instead of scanned again, and its model this version's when the edit was an authorization
 * entry's (modelAfterValueEdit); `previous` is not valid afterwards.
 */
export function reparseDocument(previous: ParsedDocument, text: string, uri = previous.uri, version = previous.version + 1, verdict?: XmldomVerdict, takeOver = false): ParsedDocument {
  const edit = valueEdit(previous, text);
  if (!edit) return parseDocument(text, uri, version, verdict);
  const dom = wellFormedWithoutDom();
  const since = sameLines(previous, text, edit.region);
  // No line break added or removed: the line starts are the previous version's, moved.
  const before = since && carried.get(previous)?.lines;
  const lines = before && LineIndex.after(before, text, edit.region.start, text.length - previous.text.length);
  if (!(takeOver && !previous.bareBroker && edit.element instanceof ScannedElement)) {
    return assemble(text, uri, version, { tree: scanXml(text), dom, template: undefined, lines, delimiterFree: edit.delimiterFree }, true, since);
  }
  const tree = patchValueEdit(previous.tree, text, { element: edit.element, attribute: edit.attribute, delta: text.length - previous.text.length });
  // An edit of an entry's attribute builds that entry again, in the previous version's model taken over.
  const model = modelAfterValueEdit(previous.model, edit.element);
  return assemble(text, uri, version, { tree, dom, template: undefined, model, lines, delimiterFree: edit.delimiterFree, tookOver: { after: previous.serial, element: edit.element } }, true, since);
}

/** What an attribute value may hold, before and after an edit, for xmldom's verdict to stand. */
const PLAIN_VALUE = /^[^<&"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]*$/;

/** The attribute whose plain value the edit from `previous` changed, when that is all it changed (see above). */
function valueEdit(previous: ParsedDocument, text: string): { element: XmlElement; attribute: XmlAttribute; region: ChangedRegion; delimiterFree: boolean } | undefined {
  const { tree, dom } = previous;
  if (previous.template || tree.doctype || tree.problems.length > 0 || dom.problem || dom.skipped || !previous.isBrokerConfig) return undefined;
  const old = previous.text;
  const region = changedRegion(old, text);
  const { start, oldEnd } = region;
  const element = elementAt(tree, start);
  const attribute = element && attributeAt(element, start);
  // xmlns (and xml:) attributes change namespaces, which xmldom checks.
  if (!attribute || attribute.name.startsWith('xml') || start < attribute.valueStart || oldEnd > attribute.valueEnd) return undefined;
  const newValueEnd = attribute.valueEnd + text.length - old.length;
  const plain = PLAIN_VALUE.test(old.slice(attribute.valueStart, attribute.valueEnd)) && PLAIN_VALUE.test(text.slice(attribute.valueStart, newValueEnd));
  if (!plain) return undefined;
  // A text with no template delimiter gets one only where it was edited (a delimiter is at most three characters).
  const delimiterFree = carried.get(previous)?.delimiterFree() === true && !hasTemplateDelimiter(text.slice(Math.max(0, start - 2), region.newEnd + 2));
  return delimiterFree || readTemplate(text) === undefined ? { element, attribute, region, delimiterFree } : undefined;
}

let lastSerial = 0;

/** What stays where it was after an edit (ParsedDocument.sameLinesSince). */
function sameLines(previous: ParsedDocument, text: string, region: ChangedRegion): ParsedDocument['sameLinesSince'] {
  if (mayMoveLines(previous.text, text, region)) return undefined;
  return { after: previous.serial, start: region.start, nextLineStart: nextLineStart(text, region.newEnd) };
}

/** What assemble puts together; `model`: one made already (a model taken over), else it is built from the tree. */
interface Parsed {
  tree: XmlTree;
  dom: DomParseResult;
  template: DocumentTemplate | undefined;
  model?: SecurityModel;
  tookOver?: ParsedDocument['tookOver'];
  /** The line starts, when known from the previous version's. */
  lines?: LineIndex;
  /** True when known that the text holds no template delimiter (else found out when it is needed). */
  delimiterFree?: boolean;
}

/**
 * What each parse passes on to the next version's (reparseDocument): its line index, and whether it holds no template
 * delimiter (looked for when first asked: only a value edit after it needs to know).
 */
const carried = new WeakMap<ParsedDocument, { lines: LineIndex; delimiterFree: () => boolean }>();

function assemble(text: string, uri: string, version: number, parsed: Parsed, incremental: boolean, sameLinesSince?: ParsedDocument['sameLinesSince']): ParsedDocument {
  const lines = parsed.lines ?? LineIndex.of(text);
  const { tree, dom, template } = parsed;
  const bareBroker = parsed.model ? undefined : adoptBareBroker(tree);
  // A bare broker is found in the namespaces the tree now gives it, which the DOM does not know.
  const model = parsed.model ?? buildSecurityModel(tree, bareBroker ? { ...dom, document: undefined } : dom);
  // The DOM served only to find the anchors; the tree is the model from here on.
  dom.document = undefined;
  const doc: ParsedDocument = {
    uri,
    version,
    text,
    tree,
    dom,
    model,
    template,
    bareBroker,
    incremental,
    serial: ++lastSerial,
    sameLinesSince,
    tookOver: parsed.tookOver,
    // A broker that is too broken to find still names its namespace; its syntax errors must show.
    isBrokerConfig: model.broker !== undefined || text.includes(ACTIVEMQ_NAMESPACE),
    positionAt: (offset) => lines.positionAt(offset),
    offsetAt: (position) => lines.offsetAt(position),
    range: (span) => ({ start: lines.positionAt(span.start), end: lines.positionAt(span.end) }),
  };
  let delimiterFree = parsed.delimiterFree;
  carried.set(doc, { lines, delimiterFree: () => (delimiterFree ??= !template && !hasTemplateDelimiter(text)) });
  return doc;
}

/** Both parsers over the text, or over a template's XML (all branches, else the first branch of each conditional). */
function parseXml(text: string, verdict?: XmldomVerdict): { tree: XmlTree; dom: DomParseResult; template: DocumentTemplate | undefined } {
  const found = readTemplate(text);
  if (!found && verdict) return { tree: scanXml(text), dom: knownVerdict(verdict), template: undefined };
  const parse = (xml: string) => {
    const tree = scanXml(xml);
    return { tree, dom: xmldomVerdict(tree) };
  };
  const parsed = parse(found?.xml ?? text);
  if (!found) return { ...parsed, template: undefined };
  let { tree, dom } = parsed;
  if (unreadable(tree, dom)) {
    const firstBranches = found.firstBranches();
    const retry = firstBranches === found.xml ? undefined : parse(firstBranches);
    if (retry && !unreadable(retry.tree, retry.dom)) ({ tree, dom } = retry);
  }
  const template = { kind: found.kind, span: found.first, unreadable: unreadable(tree, dom), exclusive: found.exclusive, tagAt: found.tagAt, overlapsTag: found.overlapsTag };
  return { tree, dom, template };
}

function unreadable(tree: XmlTree, dom: DomParseResult): SyntaxProblem | undefined {
  return tree.problems[0] ?? dom.problem;
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
    return skippedXmldom(nesting.at, `Elements that declare namespaces nest ${nesting.depth} deep here; above ${MAX_NAMESPACE_NESTING_FOR_XMLDOM} ` +
      `the second well-formedness check (xmldom) is not run, as its time grows with the square of that depth. Only the tolerant scanner's checks ran; no broker config needs namespace declarations nested this deep.`);
  }
  return parseWithXmldom(tree.text, ANCHOR_DEPTH, tree.doctype?.entityNames);
}
