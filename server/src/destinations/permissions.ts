// Effective permissions the way DefaultAuthorizationMap and AuthorizationBroker compute them: the union of the
// groups of every matching entry plus defaultEntry (never "most specific wins"), nothing matching means denied,
// temporary destinations governed only by tempDestinationAuthorizationEntry (open when there is none), `*` meaning
// every authenticated connection.
import { PatternIndex, type MapEntryInput } from './overlapIndex';
import { parseDestination, splitComposite, type DestinationPattern } from './pattern';
import { matches } from './relations';

export type RightName = 'read' | 'write' | 'admin';
const RIGHT_NAMES: RightName[] = ['read', 'write', 'admin'];
export const EVERYONE = '*';

export interface AclInput {
  read: string[];
  write: string[];
  admin: string[];
}

export interface AuthorizationMapInput {
  entries: MapEntryInput[];
  defaultEntry?: AclInput;
  tempEntry?: AclInput;
}

export interface UserInput {
  name: string;
  groups: string[];
}

export interface SecurityInput {
  map: AuthorizationMapInput;
  users: UserInput[];
  anonymous?: { allowed: boolean; group: string };
}

export interface Right {
  /** The groups granted, as written (`*` included when granted). */
  groups: string[];
  /** `*` is granted: every authenticated connection. */
  everyone: boolean;
  /** Users of the input that end up with the right. */
  users: string[];
  /** Anonymous connections (when allowed) end up with the right. */
  anonymous: boolean;
}

export interface EffectivePermissions {
  destination: DestinationPattern;
  matchingEntryIds: number[];
  usesDefaultEntry: boolean;
  /** For temporary destinations: governed by the temp entry, or open because there is none. */
  tempGoverned: 'entry' | 'open' | undefined;
  read: Right;
  write: Right;
  admin: Right;
}

function aclKey(acl: AclInput): string {
  return RIGHT_NAMES.map((r) => [...new Set(acl[r])].sort().join(',')).join('|');
}

function right(groups: Set<string>, input: SecurityInput, openToAll = false): Right {
  const everyone = openToAll || groups.has(EVERYONE);
  const users = input.users.filter((u) => everyone || u.groups.some((g) => groups.has(g))).map((u) => u.name);
  const anonymous = !!input.anonymous?.allowed && (everyone || groups.has(input.anonymous.group));
  return { groups: [...groups].sort(), everyone, users, anonymous };
}

function matchingEntries(entries: MapEntryInput[], destination: DestinationPattern): MapEntryInput[] {
  return entries.filter((e) => e.patterns.some((p) => matches(p, destination)));
}

/**
 * Who may read, write and administer a destination such as `queue://ORDERS.EU`, `topic://ActiveMQ.Advisory.TempQueue`
 * or a composite `topic://A,topic://B` (a composite counts only the entries common to every part, compared by
 * their ACLs as AuthorizationEntry.equals does).
 */
export function effectivePermissions(input: SecurityInput, destination: string | DestinationPattern): EffectivePermissions {
  const parts = typeof destination === 'string' ? splitComposite(destination, 'queue').map((p) => p.pattern) : [destination];
  const first = parts[0] ?? parseDestination(typeof destination === 'string' ? destination : destination.text, 'queue');
  const groups: Record<RightName, Set<string>> = { read: new Set(), write: new Set(), admin: new Set() };
  if (first.kind === 'temp-queue' || first.kind === 'temp-topic') {
    const temp = input.map.tempEntry;
    if (temp) for (const r of RIGHT_NAMES) for (const g of temp[r]) groups[r].add(g);
    const open = !temp;
    return {
      destination: first,
      matchingEntryIds: [],
      usesDefaultEntry: false,
      tempGoverned: open ? 'open' : 'entry',
      read: right(groups.read, input, open),
      write: right(groups.write, input, open),
      admin: right(groups.admin, input, open),
    };
  }
  let matching = matchingEntries(input.map.entries, first);
  for (const part of parts.slice(1)) {
    const keys = new Set(matchingEntries(input.map.entries, part).map(aclKey));
    matching = matching.filter((e) => keys.has(aclKey(e)));
  }
  const contributing: AclInput[] = [...matching, ...(input.map.defaultEntry ? [input.map.defaultEntry] : [])];
  for (const acl of contributing) for (const r of RIGHT_NAMES) for (const g of acl[r]) groups[r].add(g);
  return {
    destination: first,
    matchingEntryIds: matching.map((e) => e.id),
    usesDefaultEntry: !!input.map.defaultEntry,
    tempGoverned: undefined,
    read: right(groups.read, input),
    write: right(groups.write, input),
    admin: right(groups.admin, input),
  };
}

export interface Coverage {
  /** Entries whose patterns contain every pattern of this entry (defaultEntry not included). */
  coveringEntryIds: number[];
  /** Per right: every group this entry grants there is already granted by the covering entries (or defaultEntry). */
  addsNothing: Record<RightName, boolean>;
}

/** Coverage of every entry, found through the pattern index along each entry's own path (no all-pairs scan). */
export function coverageAll(map: AuthorizationMapInput): Map<number, Coverage> {
  const index = new PatternIndex();
  const byId = new Map<number, MapEntryInput>();
  for (const entry of map.entries) {
    byId.set(entry.id, entry);
    for (const pattern of entry.patterns) index.add(entry.id, pattern);
  }
  const result = new Map<number, Coverage>();
  const grants = (acl: AclInput | undefined, right: RightName, group: string) => !!acl && (acl[right].includes(group) || acl[right].includes(EVERYONE));
  for (const entry of map.entries) {
    if (entry.patterns.length === 0) continue;
    let covering: number[] | undefined;
    const addsNothing: Record<RightName, boolean> = { read: true, write: true, admin: true };
    for (const pattern of entry.patterns) {
      // Few entries contain any one entry, so plain arrays beat sets here (this runs for every entry).
      const containers: MapEntryInput[] = [];
      for (const stored of index.containing(pattern)) if (stored.id !== entry.id) containers.push(byId.get(stored.id)!);
      const ids = containers.map((c) => c.id);
      covering = covering ? covering.filter((id) => ids.includes(id)) : ids;
      for (const r of RIGHT_NAMES) {
        if (!addsNothing[r]) continue;
        addsNothing[r] = entry[r].every((g) => grants(map.defaultEntry, r, g) || containers.some((c) => grants(c, r, g)));
      }
    }
    result.set(entry.id, { coveringEntryIds: [...new Set(covering ?? [])], addsNothing });
  }
  return result;
}

/** Coverage of one entry. */
export function coverage(map: AuthorizationMapInput, entryId: number): Coverage | undefined {
  return coverageAll(map).get(entryId);
}
