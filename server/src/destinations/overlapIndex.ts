// The overlap analysis of a whole authorization map without comparing every pair: patterns sit in a trie of
// segments per destination kind (`*` is an ordinary child there; a pattern is stored at the node of the segments
// before its first `>`), and each node knows how many patterns lie at and below it. A query walks only the branches
// that can share a destination with it, names the first few partners, and then counts whole subtrees from those
// numbers, so a broad `>` costs the number of trie nodes it touches near the root, not the size of the map.
// The walks are methods on long-lived objects rather than closures: they run once per entry of a large map. They
// keep their own stack of nodes still to visit, in the order a recursion would visit them: a hostile pattern has
// 100,000 segments, and a recursion that deep overflows the call stack.
import { ANY_CHILD, minLength, normalForm, type DestinationKind, type DestinationPattern, type NormalForm, type Tail } from './pattern';
import { formContains, formWitness } from './relations';

export interface MapEntryInput {
  id: number;
  patterns: DestinationPattern[];
  read: readonly string[];
  write: readonly string[];
  admin: readonly string[];
}

export type Relation = 'identical' | 'contains' | 'contained-by' | 'partial';

export interface OverlapPartner {
  id: number;
  /** How this entry's pattern relates to the partner's: `contains` means this entry covers the partner. */
  relation: Relation;
  /** A destination name both match. */
  readonly witness: string;
}

/** A partner whose example destination is spelled out only when read (a message shows one of a handful). */
class FoundPartner implements OverlapPartner {
  readonly id: number;
  readonly relation: Relation;

  constructor(
    private readonly own: NormalForm,
    private readonly other: StoredPattern,
  ) {
    this.id = other.entryId;
    this.relation = relationOf(own, other);
  }

  get witness(): string {
    return formWitness(this.own, this.other) ?? '';
  }
}

export interface OverlapFinding {
  id: number;
  /** The first overlapping entries found (broadest first along the trie), at most `maxPartners`. */
  partners: OverlapPartner[];
  /** Further overlapping entries, counted but not named. */
  more: number;
}

/**
 * A pattern in the trie: its normal form itself (one object per pattern, not two) and the id of the entry it belongs
 * to (PatternIndex.entryOf gives the entry: the trie holds patterns only, so a later version of the map whose
 * patterns are the same shares it).
 */
export interface StoredPattern extends NormalForm {
  entryId: number;
  /** The entry has several patterns, so counting its patterns would count the entry more than once. */
  shared: boolean;
}

// Children and stored lists are created on first use: a large map's trie is mostly leaves and pass-through
// nodes, and every object here survives into the old generation, so fewer of them means cheaper collections.
// For the same reason children are a small array (most nodes have one to three), indexed by a Map only when many.
const CHILDREN_BEFORE_MAP = 8;

/**
 * `list` with `item` appended, a new list with room for just one when there is none: `[]` then push reserves
 * room for 17, and most lists here stay at one or two.
 */
function withItem<T>(list: T[] | undefined, item: T): T[] {
  if (!list) return [item];
  list.push(item);
  return list;
}

class TrieNode {
  childList: TrieNode[] | undefined;
  private childMap: Map<string, TrieNode> | undefined;
  here: StoredPattern[] | undefined;
  /** Patterns stored here and below. */
  count = 0;
  /** Of those, patterns of entries with several patterns (counted one by one, by entry). */
  sharedCount = 0;

  constructor(readonly segment: string) {}

  get(segment: string): TrieNode | undefined {
    if (this.childMap) return this.childMap.get(segment);
    if (this.childList) for (const node of this.childList) if (node.segment === segment) return node;
    return undefined;
  }

  child(segment: string): TrieNode {
    let node = this.get(segment);
    if (!node) {
      node = new TrieNode(segment);
      this.childList = withItem(this.childList, node);
      if (this.childMap) this.childMap.set(segment, node);
      else if (this.childList.length > CHILDREN_BEFORE_MAP) this.childMap = new Map(this.childList.map((c) => [c.segment, c]));
    }
    return node;
  }
}

/** Collects the entries overlapping one query entry: names the first few, counts the others. */
class OverlapQuery {
  private form!: NormalForm;
  private selfId = -1;
  private selfSeen = false;
  /** Every pattern is offered one by one (the query entry has several patterns, so subtree counts would double up). */
  private exhaustive = false;
  private limit = 0;
  /** The partners named so far (reused between queries; `named()` hands out an exact-size copy). */
  private readonly partners: OverlapPartner[] = [];
  private singles = 0;
  private countedIds: Set<number> | undefined;
  /** Nodes still to visit, the next one last, and how to visit each (reused between walks). */
  private readonly pendingNodes: TrieNode[] = [];
  private readonly pendingModes: number[] = [];

  start(selfId: number, limit: number, exhaustive: boolean): void {
    this.selfId = selfId;
    this.selfSeen = false;
    this.limit = limit;
    this.exhaustive = exhaustive;
    this.partners.length = 0;
    this.singles = 0;
    this.countedIds = undefined;
  }

  /** Walks the trie for one pattern of the query entry. */
  run(root: TrieNode, pattern: DestinationPattern): void {
    this.form = normalForm(pattern);
    this.walk(root, 0);
  }

  named(): OverlapPartner[] {
    return this.partners.slice();
  }

  /** Overlapping entries beyond the named ones. */
  more(selfIsSingle: boolean): number {
    // A single-pattern entry always overlaps itself; if a subtree count included it, take it out again.
    const selfInCounts = selfIsSingle && !this.selfSeen ? 1 : 0;
    return this.singles - selfInCounts + (this.countedIds?.size ?? 0);
  }

  private get naming(): boolean {
    return this.partners.length < this.limit;
  }

  private offer(stored: StoredPattern): void {
    if (stored.entryId === this.selfId) {
      this.selfSeen = true;
      return;
    }
    for (const known of this.partners) if (known.id === stored.entryId) return;
    if (this.naming) {
      this.partners.push(new FoundPartner(this.form, stored));
    } else if (stored.shared || this.exhaustive) {
      (this.countedIds ??= new Set()).add(stored.entryId);
    } else {
      this.singles++;
    }
  }

  /** Visits `node` later: at `mode` = its depth along the query's prefix, or as SUBTREE or SHARED_ONLY. */
  private visit(node: TrieNode, mode: number): void {
    this.pendingNodes.push(node);
    this.pendingModes.push(mode);
  }

  /** Visits the children of `node` in their order (pushed last first, so the first is visited next). */
  private visitChildren(node: TrieNode, mode: number, sharedOnly = false): void {
    const children = node.childList;
    if (!children) return;
    for (let i = children.length - 1; i >= 0; i--) if (!sharedOnly || children[i].sharedCount > 0) this.visit(children[i], mode);
  }

  private walk(root: TrieNode, rootDepth: number): void {
    const nodes = this.pendingNodes;
    const modes = this.pendingModes;
    this.visit(root, rootDepth);
    while (nodes.length > 0) {
      const node = nodes.pop()!;
      const mode = modes.pop()!;
      if (mode === SUBTREE) this.subtree(node);
      else if (mode === SHARED_ONLY) this.sharedOnly(node);
      else this.along(node, mode);
    }
  }

  /** A node at `depth` along the query's prefix. */
  private along(node: TrieNode, depth: number): void {
    const form = this.form;
    if (depth < form.prefix.length) {
      // Shorter patterns ending here with a `>` cover every longer name on this path.
      if (node.here) for (const stored of node.here) if (stored.tail !== 'exact') this.offer(stored);
      if (!node.childList) return;
      const segment = form.prefix[depth];
      if (segment === ANY_CHILD) {
        this.visitChildren(node, depth + 1);
      } else {
        // The literal child is visited before the `*` child.
        const star = node.get(ANY_CHILD);
        if (star) this.visit(star, depth + 1);
        const literal = node.get(segment);
        if (literal) this.visit(literal, depth + 1);
      }
      return;
    }
    if (form.tail === 'exact') {
      if (node.here) for (const stored of node.here) if (stored.tail !== 'rest') this.offer(stored);
      return;
    }
    // The query goes on with `>`: everything here and below shares a destination with it, except names exactly
    // this long when the query needs one more segment.
    if (node.here) for (const stored of node.here) if (!(form.tail === 'rest' && stored.tail === 'exact')) this.offer(stored);
    this.visitChildren(node, SUBTREE);
  }

  private subtree(node: TrieNode): void {
    if (this.naming || this.exhaustive) {
      if (node.here) for (const stored of node.here) this.offer(stored);
      this.visitChildren(node, SUBTREE);
      return;
    }
    this.singles += node.count - node.sharedCount;
    if (node.sharedCount > 0) this.sharedOnly(node);
  }

  private sharedOnly(node: TrieNode): void {
    if (node.here) for (const stored of node.here) if (stored.shared) this.offer(stored);
    this.visitChildren(node, SHARED_ONLY, true);
  }
}

const TAILS: Tail[] = ['exact', 'rest-or-none', 'rest'];

/** Visit modes beside a depth along the query's prefix. */
const SUBTREE = -1;
const SHARED_ONLY = -2;

export class PatternIndex {
  private readonly query = new OverlapQuery();

  private constructor(
    private readonly roots: Map<DestinationKind, TrieNode>,
    /** The entries by id. */
    private readonly inputs: (MapEntryInput | undefined)[],
  ) {}

  static of(entries: MapEntryInput[]): PatternIndex {
    const index = new PatternIndex(new Map(), []);
    for (const entry of entries) for (const pattern of entry.patterns) index.add(entry, pattern);
    return index;
  }

  /**
   * The same trie for `entries`, a later version of the map with the same ids and patterns (samePatterns says
   * whether it is) and other rights: the patterns are not indexed again, and `entryOf` gives the new entries.
   */
  rebound(entries: MapEntryInput[]): PatternIndex {
    const inputs: MapEntryInput[] = [];
    for (const entry of entries) inputs[entry.id] = entry;
    return new PatternIndex(this.roots, inputs);
  }

  /** The entry a stored pattern belongs to. */
  entryOf(stored: StoredPattern): MapEntryInput {
    return this.inputs[stored.entryId]!;
  }

  add(entry: MapEntryInput, pattern: DestinationPattern): void {
    this.inputs[entry.id] = entry;
    const form = normalForm(pattern);
    const shared = entry.patterns.length > 1;
    let node = this.root(form.kind);
    for (let depth = 0; ; depth++) {
      node.count++;
      if (shared) node.sharedCount++;
      if (depth === form.prefix.length) break;
      node = node.child(form.prefix[depth]);
    }
    node.here = withItem(node.here, { kind: form.kind, prefix: form.prefix, tail: form.tail, entryId: entry.id, shared });
  }

  private root(kind: DestinationKind): TrieNode {
    let root = this.roots.get(kind);
    if (!root) {
      root = new TrieNode('');
      this.roots.set(kind, root);
    }
    return root;
  }

  /** The entries sharing a destination with `entry` (itself excluded): at most `limit` named, the rest counted. */
  overlapsOf(entry: MapEntryInput, limit: number): OverlapFinding {
    const single = entry.patterns.length === 1;
    this.query.start(entry.id, limit, !single);
    for (const pattern of entry.patterns) {
      const root = this.roots.get(pattern.kind);
      if (root) this.query.run(root, pattern);
    }
    return { id: entry.id, partners: this.query.named(), more: this.query.more(single) };
  }

  /**
   * The entries of one pattern each whose patterns are the same (same normal form), in groups of two or more, each
   * group in the order the entries were added. They sit on one trie node with one tail, so this is one walk over the
   * trie, however the overlap queries named partners.
   */
  samePatternGroups(): MapEntryInput[][] {
    const groups: MapEntryInput[][] = [];
    const pending = [...this.roots.values()];
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (node.childList) pending.push(...node.childList);
      if (!node.here || node.here.length < 2) continue;
      for (const tail of TAILS) {
        let group: MapEntryInput[] | undefined;
        for (const stored of node.here) if (!stored.shared && stored.tail === tail) (group ??= []).push(this.entryOf(stored));
        if (group && group.length > 1) groups.push(group);
      }
    }
    return groups;
  }

  /** Appends to `into` the stored patterns that contain `pattern` (match every destination it matches). */
  containing(pattern: DestinationPattern, into: StoredPattern[]): StoredPattern[] {
    const root = this.roots.get(pattern.kind);
    if (root) this.containingWalk(root, 0, normalForm(pattern), into);
    return into;
  }

  // A container's literal must equal the query's segment, and its `*` may stand for a query literal or `*`, or
  // (one segment past the query's prefix) for a segment every name of the query has: the one a `rest` query
  // needs, or the first segment of any name (`*.>` contains `>`). Nothing deeper can contain the query.
  // Each node has at most two children to visit, so the walk goes down one path with at most one branch left per
  // level for later: a loop with its own stack of those.
  private containingWalk(root: TrieNode, rootDepth: number, form: NormalForm, into: StoredPattern[]): void {
    const later: { node: TrieNode; depth: number }[] = [{ node: root, depth: rootDepth }];
    for (let next = later.pop(); next; next = later.pop()) {
      const { node, depth } = next;
      if (node.here) for (const stored of node.here) if (formContains(stored, form)) into.push(stored);
      if (!node.childList || depth > form.prefix.length) continue;
      const segment = depth < form.prefix.length ? form.prefix[depth] : undefined;
      // The literal child is visited before the `*` child.
      const star = node.get(ANY_CHILD);
      if (star && (segment !== undefined || minLength(form) > depth)) later.push({ node: star, depth: depth + 1 });
      if (segment !== undefined && segment !== ANY_CHILD) {
        const literal = node.get(segment);
        if (literal) later.push({ node: literal, depth: depth + 1 });
      }
    }
  }
}

export function relationOf(own: NormalForm, other: NormalForm): Relation {
  const covers = formContains(own, other);
  const covered = formContains(other, own);
  return covers && covered ? 'identical' : covers ? 'contains' : covered ? 'contained-by' : 'partial';
}

/**
 * One finding per entry that shares a destination with another entry of the same kind: up to `maxPartners`
 * partners named (with how the patterns relate and an example destination), the others counted in `more`.
 * `index` must hold exactly `entries` (pass it to share one index with coverageAll).
 * For an entry with several patterns, the relation is that of the pattern pair through which the partner was found.
 */
export function analyseOverlaps(entries: MapEntryInput[], maxPartners = 5, index = PatternIndex.of(entries)): OverlapFinding[] {
  const findings: OverlapFinding[] = [];
  for (const entry of entries) {
    if (entry.patterns.length === 0) continue;
    const finding = index.overlapsOf(entry, maxPartners);
    if (finding.partners.length > 0 || finding.more > 0) findings.push(finding);
  }
  return findings;
}

/**
 * Whether two versions of a map's entries have the same ids and patterns in the same order (their rights may
 * differ): then the overlaps and the groups of identical patterns are the same, and the index can be shared.
 */
export function samePatterns(a: MapEntryInput[], b: MapEntryInput[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.id !== y.id || x.patterns.length !== y.patterns.length) return false;
    for (let j = 0; j < x.patterns.length; j++) if (x.patterns[j].kind !== y.patterns[j].kind || x.patterns[j].text !== y.patterns[j].text) return false;
  }
  return true;
}
