// Relations between two patterns: does a name match, do two patterns share a destination, does one cover the
// other, and a concrete destination both match (to show in messages).
import { ANY_CHILD, ANY_DESCENDANT, minLength, normalForm, parseDestination, type DestinationPattern, type NormalForm } from './pattern';

const FILLER = 'X';

/**
 * Whether the authorization map applies an entry with `pattern` to `name` (DefaultAuthorizationMap.get, which walks
 * DestinationMapNode.appendMatchingValues with deep=false). For a concrete name that is plain wildcard matching. A
 * name that is itself a wildcard subscription is looked up as the broker does it: a `*` in the name stands for any
 * stored segment (AnyChildDestinationNode), while a `>` in the name is an ordinary segment, so `USERS.>` finds the
 * entries `USERS.>` and `USERS.*` but not `USERS.FOO` (AuthorizationMapTest.testWildcardSubscriptions).
 */
export function matches(pattern: DestinationPattern, name: DestinationPattern | string): boolean {
  const target = typeof name === 'string' ? parseDestination(name, pattern.kind) : name;
  if (target.kind !== pattern.kind) return false;
  // The normal form, read in place: this runs for every entry of a map on every lookup.
  const segments = pattern.segments;
  const n = target.segments;
  const firstRest = segments.indexOf(ANY_DESCENDANT);
  const prefixLength = firstRest < 0 ? segments.length : firstRest;
  if (firstRest < 0) {
    if (n.length !== prefixLength) return false;
  } else {
    // A last `>` also matches the bare prefix; one followed by more segments needs one more (see NormalForm).
    const needed = firstRest === segments.length - 1 ? prefixLength : prefixLength + 1;
    if (n.length < Math.max(1, needed)) return false;
  }
  for (let i = 0; i < prefixLength; i++) {
    const stored = segments[i];
    if (stored !== ANY_CHILD && n[i] !== ANY_CHILD && stored !== n[i]) return false;
  }
  return true;
}

/** The shortest length both forms allow, or undefined when none. */
function commonLength(a: NormalForm, b: NormalForm): number | undefined {
  const length = Math.max(minLength(a), minLength(b));
  if (a.tail === 'exact' && a.prefix.length !== length) return undefined;
  if (b.tail === 'exact' && b.prefix.length !== length) return undefined;
  return length;
}

/**
 * The shortest destination both forms match, or undefined when they share none. The shortest suffices: past
 * both prefixes every segment is free, and `*` against `*` takes a filler segment.
 */
export function formWitness(a: NormalForm, b: NormalForm): string | undefined {
  if (a.kind !== b.kind) return undefined;
  const length = commonLength(a, b);
  if (length === undefined) return undefined;
  let name = '';
  for (let i = 0; i < length; i++) {
    const x = i < a.prefix.length ? a.prefix[i] : ANY_CHILD;
    const y = i < b.prefix.length ? b.prefix[i] : ANY_CHILD;
    if (x !== ANY_CHILD && y !== ANY_CHILD && x !== y) return undefined;
    if (i > 0) name += '.';
    name += x !== ANY_CHILD ? x : y !== ANY_CHILD ? y : FILLER;
  }
  return name;
}

export function overlaps(p: DestinationPattern, q: DestinationPattern): boolean {
  return formWitness(normalForm(p), normalForm(q)) !== undefined;
}

/** A concrete destination name that both patterns match. */
export function witness(p: DestinationPattern, q: DestinationPattern): string | undefined {
  return formWitness(normalForm(p), normalForm(q));
}

/** Whether every name q allows has a length p allows. */
function lengthsCovered(p: NormalForm, q: NormalForm): boolean {
  const kq = q.prefix.length;
  const kp = p.prefix.length;
  if (q.tail === 'exact') return p.tail === 'exact' ? kp === kq : kq >= minLength(p);
  if (p.tail === 'exact') return false;
  return minLength(q) >= minLength(p);
}

export function formContains(p: NormalForm, q: NormalForm): boolean {
  if (p.kind !== q.kind || !lengthsCovered(p, q)) return false;
  for (let i = 0; i < p.prefix.length; i++) {
    if (p.prefix[i] === ANY_CHILD) continue;
    // A literal in p needs the same literal in q; a `*` or the rest of q could be anything.
    if (i >= q.prefix.length || q.prefix[i] !== p.prefix[i]) return false;
  }
  return true;
}

/** p matches every destination that q matches. */
export function contains(p: DestinationPattern, q: DestinationPattern): boolean {
  return formContains(normalForm(p), normalForm(q));
}

/** Same set of destinations (`A.>.>` and `A.>.B` both equal `A.>` minus `A`). */
export function equivalent(p: DestinationPattern, q: DestinationPattern): boolean {
  return contains(p, q) && contains(q, p);
}
