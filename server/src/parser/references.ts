// What the scanner checks of characters and references beyond the markup: characters XML 1.0 forbids (a NUL
// byte, other control characters, a lone surrogate, U+FFFE/U+FFFF), character references to them, and the uses
// of the internal subset's entities, in attribute values (expanded) and in content (checked, not expanded).
import type { EntityTable, Fault } from './entityExpansion';
import type { ReferenceHandler } from './entities';
import { characterOf } from './internalSubset';
import type { Span } from './xmlTree';

const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Forbidden characters reported one by one; the rest are counted in the last message. */
const FORBIDDEN_REPORTED = 5;
const CONTENT_REFERENCE = /&(?:#(x[0-9a-fA-F]+|[0-9]+)|([A-Za-z_:][\w.:-]*));/g;

export type Report = (span: Span, message: string) => void;

/** Reports each character XML 1.0 does not allow, where it stands (Xerces: "An invalid XML character ... was found"). */
export function checkCharacters(text: string, report: Report): void {
  FORBIDDEN.lastIndex = 0;
  const found: number[] = [];
  let more = 0;
  for (let m = FORBIDDEN.exec(text); m; m = FORBIDDEN.exec(text)) {
    if (found.length < FORBIDDEN_REPORTED) found.push(m.index);
    else more++;
  }
  found.forEach((at, k) => {
    const code = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    const rest = k === found.length - 1 && more > 0 ? ` ${more} more such characters follow.` : '';
    report({ start: at, end: at + 1 }, `The character U+${code} is not allowed in XML: Java's parser stops here ("An invalid XML character") and the broker does not start.${rest}`);
  });
}

export class ReferenceChecker {
  constructor(
    private readonly entities: EntityTable | undefined,
    /** A fault Java's parser refuses too (xml-syntax). */
    private readonly problem: Report,
    /** A reference activemq-xml leaves unexpanded although Java would read it (xml-entities). */
    private readonly note: Report,
  ) {}

  /** The handler for the value starting at `valueStart` in the text. */
  inValue(valueStart: number): ReferenceHandler {
    return {
      entity: (name, index, length) => this.expand(name, { start: valueStart + index, end: valueStart + index + length }, true),
      invalidCharacter: (index, length) => this.invalidCharacter({ start: valueStart + index, end: valueStart + index + length }),
    };
  }

  /** Checks the references in the content `text.slice(start, end)`. */
  inContent(text: string, start: number, end: number): void {
    const content = text.slice(start, end);
    CONTENT_REFERENCE.lastIndex = 0;
    for (let m = CONTENT_REFERENCE.exec(content); m; m = CONTENT_REFERENCE.exec(content)) {
      const span = { start: start + m.index, end: start + m.index + m[0].length };
      if (m[1] !== undefined) {
        if (characterOf(m[1]) === undefined) this.invalidCharacter(span);
      } else if (this.entities?.declarations.has(m[2])) {
        this.expand(m[2], span, false);
      }
    }
  }

  private invalidCharacter(span: Span): void {
    this.problem(span, 'This character reference names a character XML does not allow: Java\'s parser stops here and the broker does not start.');
  }

  /** The expansion of a declared entity for a value (undefined: stays as written), after counting and checking it. */
  private expand(name: string, span: Span, inValue: boolean): string | undefined {
    const entities = this.entities;
    if (!entities?.declarations.has(name)) return undefined; // undeclared: xmldom reports it
    const expansion = entities.expand(name);
    if (expansion.fault !== undefined) return this.fault(span, expansion);
    if (inValue && expansion.markup) {
      this.problem(span, `"${name}" expands to text with a \`<\`, which an attribute value must not contain: Java's parser stops here.`);
      return undefined;
    }
    const overLimit = entities.use(name, expansion);
    if (overLimit) return this.fault(span, overLimit);
    if (!inValue && expansion.markup) {
      this.note(span, `"${name}" expands to markup: Spring reads the elements it adds, activemq-xml does not analyse them.`);
    }
    return expansion.value;
  }

  private fault(span: Span, fault: Fault): undefined {
    if (fault.kind === 'not-well-formed') this.problem(span, fault.fault);
    else this.note(span, fault.fault);
    return undefined;
  }
}
