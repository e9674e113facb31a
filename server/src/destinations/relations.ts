// Relations between two patterns: does a name match, do two patterns share a destination, does one cover the
// other, and a concrete destination both match (to show in messages).
import { ANY_CHILD, minLength, normalForm, parseDestination, type DestinationPattern, type NormalForm } from './pattern';

const FILLER = 'X';

/** Authorization-map matching of a concrete name (DestinationMapNode.appendMatchingValues). */
export function matches(pattern: DestinationPattern, name: DestinationPattern | string): boolean {
  const target = typeof name === 'string' ? parseDestination(name, pattern.kind) : name;
  if (target.kind !== pattern.kind) return false;
  const form = normalForm(pattern);
  const n = target.segments;
  if (form.tail === 'exact' ? n.length !== form.prefix.length : n.length < minLength(form)) return false;
  for (let i = 0; i < form.prefix.length; i++) {
    if (form.prefix[i] !== ANY_CHILD && form.prefix[i] !== n[i]) return false;
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

function segmentAt(form: NormalForm, i: number): string {
  return i < form.prefix.length ? form.prefix[i] : ANY_CHILD;
}

function sharedName(a: NormalForm, b: NormalForm): string[] | undefined {
  if (a.kind !== b.kind) return undefined;
  const length = commonLength(a, b);
  if (length === undefined) return undefined;
  const name: string[] = [];
  for (let i = 0; i < length; i++) {
    const x = segmentAt(a, i);
    const y = segmentAt(b, i);
    if (x !== ANY_CHILD && y !== ANY_CHILD && x !== y) return undefined;
    name.push(x !== ANY_CHILD ? x : y !== ANY_CHILD ? y : FILLER);
  }
  return name;
}

export function overlaps(p: DestinationPattern, q: DestinationPattern): boolean {
  return sharedName(normalForm(p), normalForm(q)) !== undefined;
}

/** A concrete destination name that both patterns match. */
export function witness(p: DestinationPattern, q: DestinationPattern): string | undefined {
  return sharedName(normalForm(p), normalForm(q))?.join('.');
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
