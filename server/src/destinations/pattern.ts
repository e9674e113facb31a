// Destination names and patterns as ActiveMQ's authorization map reads them (DestinationMap / DestinationMapNode):
// `.` separates segments, `*` is exactly one segment, `>` is any rest — all only as whole segments.

export type DestinationKind = 'queue' | 'topic' | 'temp-queue' | 'temp-topic';

export interface DestinationPattern {
  kind: DestinationKind;
  /** The name as ActiveMQ keeps it: trimmed, without a kind prefix or `?options`. */
  text: string;
  segments: string[];
}

/** One part of a composite attribute value, with the offsets of its trimmed text inside the raw value. */
export interface PatternPart {
  pattern: DestinationPattern;
  start: number;
  end: number;
}

export const ANY_CHILD = '*';
export const ANY_DESCENDANT = '>';

const PREFIXES: [string, DestinationKind][] = [
  ['queue://', 'queue'],
  ['topic://', 'topic'],
  ['temp-queue://', 'temp-queue'],
  ['temp-topic://', 'temp-topic'],
];

export function isWildcardSegment(segment: string): boolean {
  return segment === ANY_CHILD || segment === ANY_DESCENDANT;
}

/** Java's String.trim: drops every character up to U+0020 at both ends. */
function javaTrimBounds(text: string, start: number, end: number): [number, number] {
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return [start, end];
}

/** ActiveMQDestination.createDestination / setPhysicalName for one (non-composite) name. */
export function parseDestination(text: string, defaultKind: DestinationKind): DestinationPattern {
  const [s, e] = javaTrimBounds(text, 0, text.length);
  let name = text.slice(s, e);
  let kind = defaultKind;
  for (const [prefix, prefixKind] of PREFIXES) {
    if (name.startsWith(prefix)) {
      kind = prefixKind;
      name = name.slice(prefix.length);
      break;
    }
  }
  const query = name.indexOf('?');
  if (query >= 0) name = name.slice(0, query);
  return { kind, text: name, segments: name.split('.') };
}

/** A composite value (`A.>, topic://B`) as ActiveMQDestination reads it: split on commas, trimmed, empty parts skipped. */
export function splitComposite(rawValue: string, defaultKind: DestinationKind): PatternPart[] {
  const parts: PatternPart[] = [];
  let pieceStart = 0;
  for (let i = 0; i <= rawValue.length; i++) {
    if (i < rawValue.length && rawValue[i] !== ',') continue;
    const [start, end] = javaTrimBounds(rawValue, pieceStart, i);
    if (end > start) parts.push({ pattern: parseDestination(rawValue.slice(start, end), defaultKind), start, end });
    pieceStart = i + 1;
  }
  return parts;
}

/** How a pattern constrains the length of the names it matches. */
export type Tail = 'exact' | 'rest-or-none' | 'rest';

/**
 * A pattern reduced to what the authorization map does with it: the segments before the first `>`, and what the
 * `>` allows after them. A last `>` also matches the bare prefix (`FOO.>` matches `FOO`); a `>` followed by more
 * segments acts like a last one except that it needs at least one more segment (`A.>.B` does not match `A`), since
 * DestinationMapNode adds every descendant of a `>` node while walking, but only the `>` child's own values at
 * the end of the name.
 */
export interface NormalForm {
  kind: DestinationKind;
  prefix: string[];
  tail: Tail;
}

const normalForms = new WeakMap<DestinationPattern, NormalForm>();

/** The normal form of a pattern, computed once per pattern object (matching runs it for every entry). */
export function normalForm(pattern: DestinationPattern): NormalForm {
  let form = normalForms.get(pattern);
  if (!form) {
    form = computeNormalForm(pattern);
    normalForms.set(pattern, form);
  }
  return form;
}

function computeNormalForm(pattern: DestinationPattern): NormalForm {
  const k = pattern.segments.indexOf(ANY_DESCENDANT);
  if (k < 0) return { kind: pattern.kind, prefix: pattern.segments, tail: 'exact' };
  return { kind: pattern.kind, prefix: pattern.segments.slice(0, k), tail: k === pattern.segments.length - 1 ? 'rest-or-none' : 'rest' };
}

/** The fewest segments a matching name has (every name has at least one, even an empty name's ''). */
export function minLength(form: NormalForm): number {
  return Math.max(1, form.prefix.length + (form.tail === 'rest' ? 1 : 0));
}

export function destinationString(pattern: DestinationPattern): string {
  return `${pattern.kind}://${pattern.text}`;
}
