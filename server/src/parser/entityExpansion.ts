// Expands the internal subset's entities as the JDK's Xerces does when Spring loads activemq.xml: nested
// references are expanded in turn, a reference to itself is an error, and a document may expand at most 64,000
// references (JAXP00010001, the JDK's XMLSecurityManager entityExpansionLimit: the "billion laughs" guard; checked
// with OpenJDK 17, which reads 11,110 expansions and refuses 111,110). activemq-xml's own guard also stops at a
// million expanded characters per document, which no broker config comes near.
import { characterOf, type EntityDeclaration } from './internalSubset';

export const JDK_ENTITY_EXPANSION_LIMIT = 64_000;
export const MAX_EXPANDED_CHARACTERS = 1_000_000;
/** How many characters all expansions of one document may build together, used or not (their own guard). */
const MAX_BUILT_CHARACTERS = 4 * MAX_EXPANDED_CHARACTERS;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(?:#(x[0-9a-fA-F]+|[0-9]+)|([A-Za-z_:][\w.:-]*));|&|</g;

/** `cost`: the references expanded, this one included; `markup`: the text holds a `<` (elements, in content). */
export interface Expanded {
  value: string;
  cost: number;
  markup: boolean;
  fault?: undefined;
}

/**
 * Why a reference stays as written: `not-well-formed` when Java's parser refuses it too (the broker does not
 * start), `not-expanded` when only activemq-xml's guard or its refusal to read files stops it.
 */
export interface Fault {
  fault: string;
  kind: 'not-well-formed' | 'not-expanded';
}

export type Expansion = Expanded | Fault;

interface Frame {
  name: string;
  pos: number;
  parts: string[];
  length: number;
  cost: number;
  markup: boolean;
}

export class EntityTable {
  private readonly expanded = new Map<string, Expansion>();
  /** Expansions and expanded characters used in the document so far (the JDK's limit counts the whole document). */
  used = { expansions: 0, characters: 0 };
  private built = 0;

  constructor(readonly declarations: ReadonlyMap<string, EntityDeclaration>) {}

  /** The expansion of `&name;`, computed once per name. A loop with its own stack: entities may nest deeply. */
  expand(name: string): Expansion {
    const known = this.expanded.get(name);
    if (known) return known;
    const declaration = this.declarations.get(name);
    if (!declaration) return { fault: `The entity "${name}" is not declared.`, kind: 'not-well-formed' };
    if (declaration.external) return { fault: `"${name}" is an external entity, which activemq-xml never reads.`, kind: 'not-expanded' };
    const frames: Frame[] = [frame(name)];
    const open = new Set([name]);
    const fail = (fault: string, kind: Fault['kind'] = 'not-well-formed'): Expansion => {
      for (const f of frames) this.expanded.set(f.name, { fault, kind });
      return { fault, kind };
    };
    while (frames.length > 0) {
      const top = frames[frames.length - 1];
      const text = this.declarations.get(top.name)!.replacement;
      REFERENCE.lastIndex = top.pos;
      const match = REFERENCE.exec(text);
      const upTo = match ? match.index : text.length;
      if (upTo > top.pos) this.add(top, text.slice(top.pos, upTo));
      if (!match) {
        frames.pop();
        open.delete(top.name);
        const done: Expansion = { value: top.parts.join(''), cost: top.cost, markup: top.markup };
        this.expanded.set(top.name, done);
        const parent = frames[frames.length - 1];
        if (parent) {
          this.add(parent, done.value);
          parent.cost += done.cost;
          parent.markup ||= done.markup;
        }
      } else {
        top.pos = match.index + match[0].length;
        const [whole, code, inner] = match;
        if (whole === '<') {
          top.markup = true;
          this.add(top, '<');
        } else if (whole === '&') {
          return fail(`The replacement text of "${top.name}" has an \`&\` that starts no reference.`);
        } else if (code !== undefined) {
          const char = characterOf(code);
          if (char === undefined) return fail(`The replacement text of "${top.name}" refers to a character XML does not allow (${whole}).`);
          this.add(top, char);
        } else if (Object.hasOwn(PREDEFINED, inner)) {
          this.add(top, PREDEFINED[inner]);
        } else if (open.has(inner)) {
          return fail(`Recursive entity reference "${inner}" (${[...open, inner].join(' -> ')}).`);
        } else {
          const nested = this.expanded.get(inner);
          if (nested?.fault !== undefined) return fail(nested.fault, nested.kind);
          if (nested) {
            this.add(top, nested.value);
            top.cost += nested.cost;
            top.markup ||= nested.markup;
          } else {
            const declaration = this.declarations.get(inner);
            if (!declaration) return fail(`The entity "${inner}" is not declared (used in "${top.name}").`);
            if (declaration.external) return fail(`"${inner}" is an external entity, which activemq-xml never reads (used in "${top.name}").`, 'not-expanded');
            frames.push(frame(inner));
            open.add(inner);
          }
        }
      }
      const current = frames[frames.length - 1];
      if (current && current.cost > JDK_ENTITY_EXPANSION_LIMIT) return fail(expansionLimitMessage(name));
      if ((current && current.length > MAX_EXPANDED_CHARACTERS) || this.built > MAX_BUILT_CHARACTERS) return fail(characterLimitMessage(name), 'not-expanded');
    }
    return this.expanded.get(name)!;
  }

  private add(frame: Frame, text: string): void {
    frame.parts.push(text);
    frame.length += text.length;
    this.built += text.length;
  }

  /**
   * Counts one use of an expansion against the document's limits; the fault when this use goes beyond them (the
   * reference then stays as written).
   */
  use(name: string, expansion: Expanded): Fault | undefined {
    this.used.expansions += expansion.cost;
    this.used.characters += expansion.value.length;
    if (this.used.expansions > JDK_ENTITY_EXPANSION_LIMIT) return { fault: expansionLimitMessage(name), kind: 'not-well-formed' };
    if (this.used.characters > MAX_EXPANDED_CHARACTERS) return { fault: characterLimitMessage(name), kind: 'not-expanded' };
    return undefined;
  }
}

function frame(name: string): Frame {
  return { name, pos: 0, parts: [], length: 0, cost: 1, markup: false };
}


export function expansionLimitMessage(name: string): string {
  return `Expanding "${name}" goes beyond ${JDK_ENTITY_EXPANSION_LIMIT.toLocaleString('en')} entity expansions in this document (the "billion ` +
    `laughs" shape): Java's XML parser stops there (JAXP00010001) and the broker does not start.`;
}

export function characterLimitMessage(name: string): string {
  return `Expanding "${name}" goes beyond ${MAX_EXPANDED_CHARACTERS.toLocaleString('en')} characters of entity text in this document; activemq-xml stops expanding there and leaves the reference as written.`;
}
