// The overlap analysis of a whole authorization map without comparing every pair: patterns sit in a trie of
// segments per destination kind (with `*` children), each node knowing how many patterns lie below it, so that a
// broad pattern such as `>` counts its thousands of partners instead of listing them.
import { ANY_CHILD, normalForm, type DestinationKind, type DestinationPattern, type NormalForm } from './pattern';
import { formContains, witness } from './relations';

export interface MapEntryInput {
  id: number;
  patterns: DestinationPattern[];
  read: string[];
  write: string[];
  admin: string[];
}

export type Relation = 'identical' | 'contains' | 'contained-by' | 'partial';

export interface OverlapPartner {
  id: number;
  /** How this entry's pattern relates to the partner's: `contains` means this entry covers the partner. */
  relation: Relation;
  witness: string;
}

export interface OverlapFinding {
  id: number;
  partners: OverlapPartner[];
  /** Further overlapping entries, counted but not named. */
  more: number;
}

interface Stored {
  id: number;
  pattern: DestinationPattern;
  form: NormalForm;
}

class TrieNode {
  readonly children = new Map<string, TrieNode>();
  readonly here: Stored[] = [];
  /** Patterns stored here and below. */
  count = 0;

  child(segment: string): TrieNode {
    let node = this.children.get(segment);
    if (!node) {
      node = new TrieNode();
      this.children.set(segment, node);
    }
    return node;
  }
}

export class PatternIndex {
  private readonly roots = new Map<DestinationKind, TrieNode>();

  add(id: number, pattern: DestinationPattern): void {
    const form = normalForm(pattern);
    let node = this.root(form.kind);
    node.count++;
    for (const segment of form.prefix) {
      node = node.child(segment);
      node.count++;
    }
    node.here.push({ id, pattern, form });
  }

  private root(kind: DestinationKind): TrieNode {
    let root = this.roots.get(kind);
    if (!root) {
      root = new TrieNode();
      this.roots.set(kind, root);
    }
    return root;
  }

  /**
   * Visits the stored patterns that can share a destination with `pattern`. `named` receives each partner until
   * it returns false; after that, partners are only counted (from subtree counts where possible).
   */
  overlapping(pattern: DestinationPattern, named: (stored: Stored) => boolean): number {
    const form = normalForm(pattern);
    const root = this.roots.get(form.kind);
    if (!root) return 0;
    let counted = 0;
    let naming = true;
    const offer = (stored: Stored) => {
      counted++;
      if (naming) naming = named(stored);
    };
    const walk = (node: TrieNode, depth: number) => {
      if (depth < form.prefix.length) {
        // Shorter patterns ending here with a `>` cover every longer name on this path.
        for (const stored of node.here) if (stored.form.tail !== 'exact') offer(stored);
        const segment = form.prefix[depth];
        if (segment === ANY_CHILD) for (const child of node.children.values()) walk(child, depth + 1);
        else {
          const literal = node.children.get(segment);
          if (literal) walk(literal, depth + 1);
          const star = segment !== ANY_CHILD ? node.children.get(ANY_CHILD) : undefined;
          if (star) walk(star, depth + 1);
        }
        return;
      }
      if (form.tail === 'exact') {
        for (const stored of node.here) if (stored.form.tail !== 'rest') offer(stored);
        return;
      }
      // The pattern goes on with `>`: everything stored here and below shares a destination with it, except
      // names exactly this long when the pattern needs one more segment.
      const excluded = form.tail === 'rest' ? node.here.filter((s) => s.form.tail === 'exact').length : 0;
      if (!naming) {
        counted += node.count - excluded;
        return;
      }
      for (const stored of node.here) if (!(form.tail === 'rest' && stored.form.tail === 'exact')) offer(stored);
      for (const child of node.children.values()) {
        if (!naming) counted += child.count;
        else walkSubtree(child);
      }
    };
    const walkSubtree = (node: TrieNode) => {
      if (!naming) {
        counted += node.count;
        return;
      }
      for (const stored of node.here) offer(stored);
      for (const child of node.children.values()) walkSubtree(child);
    };
    walk(root, 0);
    return counted;
  }

  /** Stored patterns that contain `pattern` (match every destination it matches), found along its own path. */
  containing(pattern: DestinationPattern): Stored[] {
    const form = normalForm(pattern);
    const root = this.roots.get(form.kind);
    const found: Stored[] = [];
    const walk = (node: TrieNode, depth: number) => {
      for (const stored of node.here) if (formContains(stored.form, form)) found.push(stored);
      if (depth >= form.prefix.length + 1) return;
      const segment = depth < form.prefix.length ? form.prefix[depth] : undefined;
      if (segment !== undefined && segment !== ANY_CHILD) {
        const literal = node.children.get(segment);
        if (literal) walk(literal, depth + 1);
      }
      // A `*` covers a literal or a `*`; past the prefix it may cover the one segment a `rest` form needs.
      const star = node.children.get(ANY_CHILD);
      if (star && (segment !== undefined || form.tail === 'rest')) walk(star, depth + 1);
    };
    if (root) walk(root, 0);
    return found;
  }
}

function relationOf(own: Stored, other: Stored): Relation {
  const covers = formContains(own.form, other.form);
  const covered = formContains(other.form, own.form);
  return covers && covered ? 'identical' : covers ? 'contains' : covered ? 'contained-by' : 'partial';
}

export function analyseOverlaps(entries: MapEntryInput[], maxPartners = 5): OverlapFinding[] {
  const index = new PatternIndex();
  for (const entry of entries) for (const pattern of entry.patterns) index.add(entry.id, pattern);
  const findings: OverlapFinding[] = [];
  for (const entry of entries) {
    const partners = new Map<number, OverlapPartner>();
    let total = 0;
    for (const pattern of entry.patterns) {
      const own: Stored = { id: entry.id, pattern, form: normalForm(pattern) };
      let selfSeen = 0;
      const counted = index.overlapping(pattern, (stored) => {
        if (stored.id === entry.id) {
          selfSeen++;
          return true;
        }
        if (!partners.has(stored.id)) {
          partners.set(stored.id, { id: stored.id, relation: relationOf(own, stored), witness: witness(pattern, stored.pattern) ?? '' });
        }
        return partners.size < maxPartners;
      });
      // The entry's own pattern is always among what the index visits; it is no partner.
      total += counted - Math.max(selfSeen, 1);
    }
    if (partners.size > 0 || total > 0) {
      findings.push({ id: entry.id, partners: [...partners.values()], more: Math.max(0, total - partners.size) });
    }
  }
  return findings;
}
