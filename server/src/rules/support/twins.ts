// Groups of entries with identical patterns (pattern-overlap reports each group once). The overlap analysis names
// only a few partners per entry, so a large group would be missed from those links alone: the single-pattern
// entries of one map that the pattern index holds on one node with one tail are joined too.
import type { OverlapFinding } from '../../destinations';
import type { AuthorizationEntry } from '../../model/types';

/** Union-find over entry ids, path-halving; the smallest id of a set is its root (the group's first entry). */
class IdSets {
  private readonly parent = new Map<number, number>();

  find(id: number): number {
    let at = id;
    for (let up = this.parent.get(at); up !== undefined && up !== at; up = this.parent.get(at)) {
      const grand = this.parent.get(up) ?? up;
      this.parent.set(at, grand);
      at = grand;
    }
    return at;
  }

  /** The ids joined to a smaller one (every member of a set but its root). */
  joined(): Iterable<number> {
    return this.parent.keys();
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/**
 * The groups of two or more entries with identical patterns, each sorted by id (document order), in the order of
 * their first entries. Linear in the number of entries and their named partners.
 */
export function identicalGroups(entries: AuthorizationEntry[], overlaps: Map<number, OverlapFinding>, samePatterns: number[][]): AuthorizationEntry[][] {
  const sets = new IdSets();
  for (const [id, overlap] of overlaps) for (const partner of overlap.partners) if (partner.relation === 'identical') sets.union(id, partner.id);
  for (const group of samePatterns) for (const id of group) sets.union(group[0], id);
  const byRoot = new Map<number, AuthorizationEntry[]>();
  for (const id of sets.joined()) {
    const root = sets.find(id);
    let group = byRoot.get(root);
    if (!group) byRoot.set(root, (group = [entries[root]]));
    group.push(entries[id]);
  }
  const groups = [...byRoot.values()];
  for (const group of groups) group.sort((a, b) => a.id - b.id);
  return groups.sort((a, b) => a[0].id - b[0].id);
}
