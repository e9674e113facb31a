// Groups of entries with identical patterns (pattern-overlap reports each group once). The overlap analysis names
// only a few partners per entry, so a large group would be missed from those links alone: single-pattern entries
// are also grouped by their normal form, which identical single patterns share.
import { normalForm } from '../../destinations';
import type { OverlapFinding } from '../../destinations';
import type { AuthorizationEntry, AuthorizationMap } from '../../model/types';

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

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

function formKey(entry: AuthorizationEntry): string | undefined {
  if (entry.patterns.length !== 1) return undefined;
  const form = normalForm(entry.patterns[0].pattern);
  return `${form.kind}\u0000${form.tail}\u0000${form.prefix.join('\u0000')}`;
}

/**
 * The groups of two or more entries with identical patterns, each sorted by id (document order), in the order of
 * their first entries. Linear in the number of entries and their named partners.
 */
export function identicalGroups(entries: AuthorizationEntry[], overlaps: Map<number, OverlapFinding>): AuthorizationEntry[][] {
  const sets = new IdSets();
  // Entries of different maps never add up (each plugin checks its own), so forms are grouped per map.
  const firstByKey = new Map<AuthorizationMap, Map<string, number>>();
  for (const [id, overlap] of overlaps) {
    for (const partner of overlap.partners) if (partner.relation === 'identical') sets.union(id, partner.id);
    const entry = entries[id];
    const key = formKey(entry);
    if (key === undefined) continue;
    let firsts = firstByKey.get(entry.map);
    if (!firsts) firstByKey.set(entry.map, (firsts = new Map()));
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, id);
    else sets.union(first, id);
  }
  const byRoot = new Map<number, AuthorizationEntry[]>();
  for (const id of overlaps.keys()) {
    const root = sets.find(id);
    let group = byRoot.get(root);
    if (!group) byRoot.set(root, (group = []));
    group.push(entries[id]);
  }
  const groups: AuthorizationEntry[][] = [];
  for (const group of byRoot.values()) if (group.length > 1) groups.push(group.sort((a, b) => a.id - b.id));
  return groups.sort((a, b) => a[0].id - b[0].id);
}
