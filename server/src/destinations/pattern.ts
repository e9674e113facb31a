// Destination names and patterns as ActiveMQ's authorization map reads them (DestinationMap / DestinationMapNode):
// `.` separates segments, `*` is exactly one segment, `>` is any rest — all only as whole segments.

export type DestinationKind = 'queue' | 'topic' | 'temp-queue' | 'temp-topic';

export interface DestinationPattern {
  kind: DestinationKind;
  /** The name as ActiveMQ keeps it: trimmed, without a kind prefix or `?options`. */
  text: string;
  readonly segments: string[];
}

/**
 * A pattern whose segments are split, and whose normal form is filled in, when first read: a large map's model
 * holds many patterns that are never matched, and the analyses read the form of each one several times. It is
 * its own normal form, so that a map's worth of forms costs no objects.
 */
class ParsedPattern implements DestinationPattern, NormalForm {
  private split: string[] | undefined = undefined;
  prefix: string[] = NO_SEGMENTS;
  tail: Tail = 'exact';
  private formReady = false;

  constructor(
    readonly kind: DestinationKind,
    readonly text: string,
  ) {}

  get segments(): string[] {
    return (this.split ??= this.text.split('.'));
  }

  asNormalForm(): NormalForm {
    if (!this.formReady) {
      const form = computeNormalForm(this);
      this.prefix = form.prefix;
      this.tail = form.tail;
      this.formReady = true;
    }
    return this;
  }
}
const NO_SEGMENTS = Object.freeze([]) as unknown as string[];

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

/** A name or pattern under ActiveMQ.Advisory: ActiveMQ creates advisories only as topics (AdvisorySupport). */
export function isAdvisoryName(segments: readonly string[]): boolean {
  return segments[0] === 'ActiveMQ' && segments[1] === 'Advisory';
}

/** Java's String.trim: drops every character up to U+0020 at both ends. */
function javaTrimBounds(text: string, start: number, end: number): [number, number] {
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return [start, end];
}

function withoutPrefix(name: string, defaultKind: DestinationKind): { kind: DestinationKind; name: string } {
  for (const [prefix, kind] of PREFIXES) if (name.startsWith(prefix)) return { kind, name: name.slice(prefix.length) };
  return { kind: defaultKind, name };
}

function pattern(kind: DestinationKind, text: string): DestinationPattern {
  return new ParsedPattern(kind, text);
}

/**
 * One destination name in this module's notation: trimmed, an optional `queue://`, `topic://`, `temp-queue://` or
 * `temp-topic://` prefix choosing the kind (as ActiveMQDestination.createDestination reads it), `?options` dropped.
 */
export function parseDestination(text: string, defaultKind: DestinationKind): DestinationPattern {
  const [s, e] = javaTrimBounds(text, 0, text.length);
  const { kind, name } = withoutPrefix(text.slice(s, e), defaultKind);
  const query = name.indexOf('?');
  return pattern(kind, query >= 0 ? name.slice(0, query) : name);
}

/**
 * A `queue`/`topic` attribute value as ActiveMQDestination.setPhysicalName reads it: trimmed, options cut at the
 * first `?`, and composite only when a `,` comes before that. Composite parts are trimmed, empty ones skipped, and
 * each may carry its own kind prefix (`A.>, topic://B`). A single name keeps a prefix as literal text: in
 * `queue="topic://B"` ActiveMQ's queue constructor never looks at prefixes, so that entry is for a queue named
 * `topic://B`. Offsets are those of each part's name in `rawValue` (prefix included, options excluded).
 */
export function splitComposite(rawValue: string, defaultKind: DestinationKind): PatternPart[] {
  return splitCompositeWith(rawValue, defaultKind, (part, start, end) => ({ pattern: part, start, end }));
}

/** splitComposite, building each part with `make` (the model builds its document parts directly). */
export function splitCompositeWith<T>(
  rawValue: string,
  defaultKind: DestinationKind,
  make: (pattern: DestinationPattern, start: number, end: number) => T,
): T[] {
  const [valueStart, trimmedEnd] = javaTrimBounds(rawValue, 0, rawValue.length);
  const query = rawValue.indexOf('?', valueStart);
  const valueEnd = query >= 0 && query < trimmedEnd ? query : trimmedEnd;
  if (valueEnd <= valueStart) return [];
  const comma = rawValue.indexOf(',', valueStart);
  if (comma < 0 || comma >= valueEnd) {
    return [make(pattern(defaultKind, rawValue.slice(valueStart, valueEnd)), valueStart, valueEnd)];
  }
  const parts: T[] = [];
  let pieceStart = valueStart;
  for (let i = valueStart; i <= valueEnd; i++) {
    if (i < valueEnd && rawValue[i] !== ',') continue;
    const [start, end] = javaTrimBounds(rawValue, pieceStart, i);
    if (end > start) {
      const { kind, name } = withoutPrefix(rawValue.slice(start, end), defaultKind);
      parts.push(make(pattern(kind, name), start, end));
    }
    pieceStart = i + 1;
  }
  return parts;
}

/**
 * A destination as a client names it (`topic://A.B`, or a composite such as `topic://A,B` or `A,topic://B`):
 * ActiveMQDestination.createDestination, where a leading prefix sets the kind of the whole name and so the default
 * kind of every composite part. One pattern per part.
 */
export function parseQualifiedDestination(text: string, defaultKind: DestinationKind): DestinationPattern[] {
  const [s, e] = javaTrimBounds(text, 0, text.length);
  const { kind, name } = withoutPrefix(text.slice(s, e), defaultKind);
  return splitComposite(name, kind).map((part) => part.pattern);
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

/**
 * The normal form of a pattern, kept on the patterns this module parsed (a WeakMap of forms made every garbage
 * collection slower than the computation it saved; a field does not).
 */
export function normalForm(pattern: DestinationPattern): NormalForm {
  return pattern instanceof ParsedPattern ? pattern.asNormalForm() : computeNormalForm(pattern);
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
