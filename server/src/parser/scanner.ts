// An error-tolerant XML scanner that builds the element tree with exact offsets. It never throws: a fault is
// recorded as a problem at the place where it happens and scanning goes on with what can still be read, so a
// half-typed document keeps its diagnostics, hovers and completions.
import { decodeAttributeValue } from './entities';
import type { EntityTable } from './entityExpansion';
import { readDoctype } from './doctype';
import { ScannedElement } from './scannedElement';
import { checkCharacters, ReferenceChecker } from './references';
import { ForwardSearch } from './forwardSearch';
import { ListCollector } from './listCollector';
import { NamespaceScope } from './namespaceScope';
import { NameTable } from './nameTable';
import { XmlAttribute, type Span, type SyntaxProblem, type XmlElement, type XmlTree } from './xmlTree';

/** The start of a comment addressed to the linter, e.g. `<!-- activemq-lint-ignore wildcard-syntax -->`. */
const LINT_COMMENT = /^\s*activemq-lint-/;
const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const EQUALS = 61; // =
const QUOTE = 34; // "
const APOSTROPHE = 39; // '
const MAX_PROBLEMS = 20;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Characters that end a name: white space, `/`, `>`, `<`, `=`, quotes. */
function endsName(c: number): boolean {
  return isSpace(c) || c === SLASH || c === GT || c === LT || c === EQUALS || c === QUOTE || c === APOSTROPHE;
}

export function scanXml(text: string): XmlTree {
  return new Scanner(text).run();
}

class Scanner {
  private pos = 0;
  private readonly stack: ScannedElement[] = [];
  private readonly roots: XmlElement[] = [];
  private readonly elements: XmlElement[] = [];
  private readonly problems: SyntaxProblem[] = [];
  private doctype: XmlTree['doctype'];
  private readonly comments: Span[] = [];
  private readonly entityNotes: SyntaxProblem[] = [];
  private references = this.referenceChecker(undefined);
  private readonly lintComments: Span[] = [];
  private readonly names = new NameTable();
  private readonly namespaceNesting: XmlTree['namespaceNesting'] = { depth: 0, at: undefined };
  /** The attributes of the start tag being read. */
  private readonly pending = new ListCollector<XmlAttribute>();
  /** Where the attributes of the start tag being read begin in `pending`. */
  private pendingFrom = 0;
  /** The names of the attributes of the start tag being read, for the duplicate check. */
  private readonly pendingNames = new Set<string>();
  /** The namespace bindings of the open elements. */
  private readonly scope = new NamespaceScope();
  /** Where in `stack` the open elements of each name stand, innermost last: an end tag finds its start at once. */
  private readonly openByName = new Map<string, number[]>();
  private readonly ampersands: ForwardSearch;
  private readonly lessThans: ForwardSearch;
  private readonly quotes: ForwardSearch;
  private readonly apostrophes: ForwardSearch;
  /** How the start tag just read ended. */
  private tagEndKind: 'open' | 'self-closing' | 'broken' = 'open';

  constructor(private readonly text: string) {
    this.ampersands = new ForwardSearch(text, '&');
    this.lessThans = new ForwardSearch(text, '<');
    this.quotes = new ForwardSearch(text, '"');
    this.apostrophes = new ForwardSearch(text, "'");
  }

  run(): XmlTree {
    const text = this.text;
    checkCharacters(text, (span, message) => this.problem(span, message));
    while (this.pos < text.length) {
      const lt = text.indexOf('<', this.pos);
      const textEnd = lt < 0 ? text.length : lt;
      if (this.stack.length === 0) this.checkTextOutsideRoot(this.pos, textEnd);
      else if (this.hasAmpersand(this.pos, textEnd)) this.references.inContent(text, this.pos, textEnd);
      if (lt < 0) break;
      this.pos = lt;
      if (text.startsWith('<!--', lt)) this.scanComment();
      else if (text.startsWith('<![CDATA[', lt)) this.skipDelimited('<![CDATA[', ']]>', 'CDATA section');
      else if (text.startsWith('<!DOCTYPE', lt)) this.scanDoctype();
      else if (text.startsWith('<?', lt)) this.skipDelimited('<?', '?>', 'processing instruction');
      else if (text.charCodeAt(lt + 1) === SLASH) this.scanEndTag();
      else this.scanStartTag();
    }
    this.closeUnclosedAtEnd();
    if (this.roots.length === 0 && this.problems.length === 0) {
      this.problem({ start: 0, end: Math.min(text.length, 1) }, 'The document has no root element.');
    }
    const { roots, elements, problems, doctype, comments, lintComments, entityNotes, namespaceNesting } = this;
    return { text, roots, elements, problems, doctype, comments, lintComments, entityNotes, namespaceNesting };
  }

  private problem(span: Span, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ span, message });
  }

  private referenceChecker(entities: EntityTable | undefined): ReferenceChecker {
    return new ReferenceChecker(
      entities,
      (span, message) => this.problem(span, message),
      (span, message) => {
        if (this.entityNotes.length < MAX_PROBLEMS) this.entityNotes.push({ span, message });
      },
    );
  }

  private checkTextOutsideRoot(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const c = this.text.charCodeAt(i);
      if (isSpace(c) || c === 0xfeff) continue;
      let stop = i;
      while (stop < end && !isSpace(this.text.charCodeAt(stop))) stop++;
      const where = this.roots.length > 0 ? 'after the root element' : 'before the root element';
      this.problem({ start: i, end: stop }, `Text ${where} is not allowed in XML.`);
      return;
    }
  }

  /** Skips a comment, keeping its span, and apart the spans of those that speak to the linter (`<!-- activemq-lint-... -->`). */
  private scanComment(): void {
    const start = this.pos;
    this.skipDelimited('<!--', '-->', 'comment');
    this.comments.push({ start, end: this.pos });
    if (LINT_COMMENT.test(this.text.slice(start + 4, Math.min(this.pos, start + 64))) && this.text.endsWith('-->', this.pos)) {
      this.lintComments.push({ start, end: this.pos });
    }
  }

  private skipDelimited(open: string, close: string, what: string): void {
    const end = this.text.indexOf(close, this.pos + open.length);
    if (end < 0) {
      this.problem({ start: this.pos, end: this.pos + open.length }, `This ${what} is never closed (\`${close}\` is missing).`);
      this.pos = this.text.length;
    } else {
      this.pos = end + close.length;
    }
  }

  private scanDoctype(): void {
    const { doctype, closed } = readDoctype(this.text, this.pos);
    this.doctype = doctype;
    this.references = this.referenceChecker(doctype.entities);
    if (!closed) this.problem({ start: doctype.span.start, end: doctype.span.start + 9 }, 'This DOCTYPE declaration is never closed.');
    this.pos = doctype.span.end;
  }

  private readName(from: number): number {
    let i = from;
    while (i < this.text.length && !endsName(this.text.charCodeAt(i))) i++;
    return i;
  }

  private skipSpaces(from: number): number {
    let i = from;
    while (i < this.text.length && isSpace(this.text.charCodeAt(i))) i++;
    return i;
  }

  private scanStartTag(): void {
    const text = this.text;
    const start = this.pos;
    const nameStart = start + 1;
    const nameEnd = this.readName(nameStart);
    const parent = this.stack[this.stack.length - 1];
    if (nameEnd === nameStart) {
      this.problem({ start, end: start + 1 }, 'A `<` must start a tag name; write `&lt;` for a literal less-than sign.');
      this.pos = start + 1;
      return;
    }
    if (!parent && this.roots.length > 0) {
      this.problem({ start: nameStart, end: nameEnd }, 'An XML document has only one root element; this element stands after it.');
    }
    const names = this.names;
    const name = names.intern(text, nameStart, nameEnd);
    const colon = name.indexOf(':');
    const element = new ScannedElement(
      name,
      colon > 0 ? names.intern(text, nameStart, nameStart + colon) : '',
      colon > 0 ? names.intern(text, nameStart + colon + 1, nameEnd) : name,
      parent,
      start,
      text.length,
      this.elements.length,
    );
    this.elements.push(element);
    if (!parent) this.roots.push(element);
    else if (parent.children.length === 0) parent.children = [element];
    else parent.children.push(element);

    const tagEnd = this.scanAttributes(element, nameEnd);
    const declarations = element.namespaceDeclarations;
    if (declarations) {
      this.scope.enter(declarations);
      if (this.scope.depth > this.namespaceNesting.depth) {
        this.namespaceNesting.depth = this.scope.depth;
        this.namespaceNesting.at = element.nameSpan;
      }
    }
    element.namespace = this.scope.lookup(element.prefix) ?? '';
    element.startTagEnd = tagEnd;
    if (this.tagEndKind === 'open') {
      element.contentStart = tagEnd;
      this.open(element);
    } else {
      // A self-closing element ends here; so does a broken one, where its tag broke off (already reported, so
      // the fault is not reported twice).
      if (this.tagEndKind === 'self-closing') element.selfClosing = element.closed = true;
      element.end = tagEnd;
      if (declarations) this.scope.leave(declarations);
    }
    this.pos = tagEnd;
  }

  private open(element: ScannedElement): void {
    const at = this.openByName.get(element.name);
    if (at) at.push(this.stack.length);
    else this.openByName.set(element.name, [this.stack.length]);
    this.stack.push(element);
  }

  /** Ends the open elements from the innermost down to the one at `depth` in the stack. */
  private closeDownTo(depth: number): void {
    for (let k = this.stack.length - 1; k >= depth; k--) {
      const element = this.stack[k];
      this.openByName.get(element.name)!.pop();
      if (element.namespaceDeclarations) this.scope.leave(element.namespaceDeclarations);
    }
    this.stack.length = depth;
  }

  /** Reads the attributes of a start tag; returns the offset after the tag and sets `tagEndKind`. */
  private scanAttributes(element: ScannedElement, from: number): number {
    this.pendingFrom = this.pending.mark();
    this.pendingNames.clear();
    const end = this.scanAttributeList(element, from);
    // An element without attributes keeps the shared empty list.
    if (this.pending.mark() > this.pendingFrom) element.attributes = this.pending.take(this.pendingFrom);
    return end;
  }

  private scanAttributeList(element: ScannedElement, from: number): number {
    const text = this.text;
    let i = from;
    for (;;) {
      const afterSpace = this.skipSpaces(i);
      const c = text.charCodeAt(afterSpace);
      if (afterSpace >= text.length || c === LT) {
        this.problem(element.nameSpan, `The start tag of \`${element.name}\` is not closed with \`>\`.`);
        this.tagEndKind = 'broken';
        return afterSpace;
      }
      if (c === GT) {
        this.tagEndKind = 'open';
        return afterSpace + 1;
      }
      if (c === SLASH) {
        if (text.charCodeAt(afterSpace + 1) === GT) {
          this.tagEndKind = 'self-closing';
          return afterSpace + 2;
        }
        this.problem({ start: afterSpace, end: afterSpace + 1 }, 'A `/` in a start tag must be followed by `>`.');
        i = afterSpace + 1;
        continue;
      }
      if (afterSpace === i && i !== from) {
        this.problem({ start: i, end: i + 1 }, 'Attributes must be separated by white space.');
      }
      i = this.scanAttribute(element, afterSpace);
    }
  }

  /** Reads one attribute starting at `start`; returns the offset after it. */
  private scanAttribute(element: ScannedElement, start: number): number {
    const text = this.text;
    const nameEnd = this.readName(start);
    if (nameEnd === start) {
      // A stray quote or `=`: report it and step over one character.
      this.problem({ start, end: start + 1 }, `Unexpected \`${text[start]}\` in the start tag of \`${element.name}\`.`);
      return start + 1;
    }
    const name = this.names.intern(text, start, nameEnd);
    const eq = this.skipSpaces(nameEnd);
    if (text.charCodeAt(eq) !== EQUALS) {
      this.problem({ start, end: nameEnd }, `The attribute \`${name}\` has no value; write \`${name}="..."\`.`);
      this.addAttribute(element, name, start, nameEnd, nameEnd);
      return nameEnd;
    }
    const quotePos = this.skipSpaces(eq + 1);
    const quote = text.charCodeAt(quotePos);
    if (quote !== QUOTE && quote !== APOSTROPHE) {
      this.problem({ start, end: nameEnd }, `The value of \`${name}\` must be in quotes.`);
      const valueEnd = this.readName(quotePos);
      this.addAttribute(element, name, start, quotePos, valueEnd);
      return Math.max(valueEnd, quotePos);
    }
    const valueStart = quotePos + 1;
    const close = (quote === QUOTE ? this.quotes : this.apostrophes).next(valueStart);
    const lt = this.lessThans.next(valueStart);
    if (close < 0 || (lt >= 0 && lt < close)) {
      // Unclosed value: it runs to the end of the tag or line, whichever comes first, so the rest stays readable.
      let valueEnd = valueStart;
      while (valueEnd < text.length) {
        const c = text.charCodeAt(valueEnd);
        if (c === GT || c === LT || c === 10 || c === 13) break;
        valueEnd++;
      }
      this.problem({ start: quotePos, end: quotePos + 1 }, `The value of \`${name}\` is not closed with a matching quote.`);
      this.addAttribute(element, name, start, valueStart, valueEnd);
      return valueEnd;
    }
    this.addAttribute(element, name, start, valueStart, close);
    return close + 1;
  }

  private addAttribute(element: ScannedElement, name: string, nameStart: number, valueStart: number, valueEnd: number): void {
    if (this.pendingNames.has(name)) {
      this.problem({ start: nameStart, end: nameStart + name.length }, `The attribute \`${name}\` appears twice on \`${element.name}\`; XML allows it once.`);
    }
    const text = this.text;
    const decoded = this.hasAmpersand(valueStart, valueEnd) ? decodeAttributeValue(text.slice(valueStart, valueEnd), this.references.inValue(valueStart)) : undefined;
    const value = decoded ? decoded.value : text.slice(valueStart, valueEnd);
    const attr = new XmlAttribute(name, nameStart, value, valueStart, valueEnd, decoded?.offsetInRaw);
    this.pending.push(attr);
    this.pendingNames.add(name);
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (!element.namespaceDeclarations) element.namespaceDeclarations = new Map();
      element.namespaceDeclarations.set(name === 'xmlns' ? '' : name.slice(6), attr.value);
    }
  }

  /** Whether an `&` lies in [start, end); scans of the text move forward, so each `&` is searched for once. */
  private hasAmpersand(start: number, end: number): boolean {
    return this.ampersands.within(start, end);
  }

  private scanEndTag(): void {
    const text = this.text;
    const start = this.pos;
    const nameStart = start + 2;
    const nameEnd = this.readName(nameStart);
    const name = this.names.intern(text, nameStart, nameEnd);
    const gt = this.skipSpaces(nameEnd);
    let end: number;
    if (text.charCodeAt(gt) === GT) end = gt + 1;
    else {
      this.problem({ start, end: nameEnd }, `The end tag \`</${name}\` is not closed with \`>\`.`);
      end = gt;
    }
    this.pos = Math.max(end, start + 2);
    const open = this.openByName.get(name);
    const match = open && open.length > 0 ? open[open.length - 1] : -1;
    if (match < 0) {
      this.problem({ start, end: Math.max(nameEnd, start + 2) }, name
        ? `The end tag \`</${name}>\` has no matching start tag.`
        : 'An end tag needs a name.');
      return;
    }
    // Elements opened after the matching one were never closed: one problem, at the innermost of them.
    if (match < this.stack.length - 1) {
      const unclosed = this.stack[this.stack.length - 1];
      this.problem(unclosed.nameSpan, `\`<${unclosed.name}>\` is never closed: \`</${name}>\` comes first.`);
      for (let k = this.stack.length - 1; k > match; k--) this.stack[k].end = start;
    }
    const element = this.stack[match];
    element.closed = true;
    element.endTagStart = start;
    element.end = this.pos;
    this.closeDownTo(match);
  }

  private closeUnclosedAtEnd(): void {
    if (this.stack.length === 0) return;
    const innermost = this.stack[this.stack.length - 1];
    const names = this.stack.map((e) => `<${e.name}>`).reverse();
    const list = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    this.problem(innermost.nameSpan, `The document ends before ${list} ${names.length > 1 ? 'are' : 'is'} closed.`);
    for (const e of this.stack) e.end = this.text.length;
    this.closeDownTo(0);
  }
}
