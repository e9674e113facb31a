// Effective permissions the way DefaultAuthorizationMap and AuthorizationBroker compute them: the union of the
// groups of every matching entry plus defaultEntry (never "most specific wins"), nothing matching means denied,
// temporary destinations governed only by tempDestinationAuthorizationEntry (open when there is none), `*` meaning
// every authenticated connection.
import { PatternIndex, type MapEntryInput, type StoredPattern } from './overlapIndex';
import { isWildcardSegment, parseDestination, parseQualifiedDestination, type DestinationPattern } from './pattern';
import { matches } from './relations';

export type RightName = 'read' | 'write' | 'admin';
const RIGHT_NAMES: RightName[] = ['read', 'write', 'admin'];
export const EVERYONE = '*';

export interface AclInput {
  read: readonly string[];
  write: readonly string[];
  admin: readonly string[];
}

export interface AuthorizationMapInput {
  entries: MapEntryInput[];
  defaultEntry?: AclInput;
  tempEntry?: AclInput;
  /**
   * A pattern index holding exactly `entries`, when the caller has one: a lookup of a name without wildcards then
   * walks the index instead of testing every entry (a rule that asks about every entry's destinations stays linear).
   */
  index?: PatternIndex;
}

export interface UserInput {
  name: string;
  groups: readonly string[];
}

export interface SecurityInput {
  map: AuthorizationMapInput;
  users: UserInput[];
  anonymous?: { allowed: boolean; group: string };
}

export interface Right {
  /** The groups granted, as written (`*` included when granted). */
  groups: string[];
  /** `*` is granted (or nothing is checked): every authenticated connection. */
  everyone: boolean;
  /** Users of the input that end up with the right. */
  users: string[];
  /** Anonymous connections (when allowed) end up with the right. */
  anonymous: boolean;
}

export interface EffectivePermissions {
  destination: DestinationPattern;
  /** Entries whose groups count (for a composite: those common to every part, by their ACLs). */
  matchingEntryIds: number[];
  usesDefaultEntry: boolean;
  /** For temporary destinations: governed by the temp entry, or open because there is none. */
  tempGoverned: 'entry' | 'open' | undefined;
  read: Right;
  write: Right;
  admin: Right;
}

/**
 * The groups allowed for one right, or null when AuthorizationBroker checks nothing (a temporary destination with
 * no temp entry). `anyGroup` is WildcardAwareSet's flag: a set built by DefaultAuthorizationMap that took in a `*`
 * accepts every group when a composite intersects with it.
 */
type Allowed = { groups: Set<string>; anyGroup: boolean } | null;

function isTemporary(pattern: DestinationPattern): boolean {
  return pattern.kind === 'temp-queue' || pattern.kind === 'temp-topic';
}

/** AuthorizationEntry.equals: same ACL sets (the destination does not count). */
function aclKey(acl: AclInput): string {
  return RIGHT_NAMES.map((r) => [...new Set(acl[r])].sort().join(',')).join('|');
}

function matchingEntries(map: AuthorizationMapInput, destination: DestinationPattern): MapEntryInput[] {
  if (map.index && !destination.segments.some(isWildcardSegment)) return indexedMatches(map.index, destination);
  return map.entries.filter((e) => e.patterns.some((p) => matches(p, destination)));
}

/**
 * The entries matching a name without wildcards, through the index: a pattern matches such a name exactly when it
 * contains it (relations.ts: formContains against a name of exact length is the same test as `matches`). In map
 * order, each entry once, as the filter above gives them.
 */
function indexedMatches(index: PatternIndex, destination: DestinationPattern): MapEntryInput[] {
  const found = [...new Set(index.containing(destination, []).map((s) => index.entryOf(s)))];
  return found.length > 1 ? found.sort((a, b) => a.id - b.id) : found;
}

/** DefaultAuthorizationMap.get: for a composite, the entries (compared by ACLs) that every part matches. */
function entriesFor(map: AuthorizationMapInput, parts: DestinationPattern[]): MapEntryInput[] {
  let found = matchingEntries(map, parts[0]);
  for (const part of parts.slice(1)) {
    if (found.length === 0) break;
    const keys = new Set(matchingEntries(map, part).map(aclKey));
    found = found.filter((e) => keys.has(aclKey(e)));
  }
  return found;
}

/** DefaultAuthorizationMap.getReadACLs etc.: the groups of the entries plus defaultEntry. */
function mapAllowed(map: AuthorizationMapInput, entries: MapEntryInput[], right: RightName): Allowed {
  const groups = new Set<string>();
  for (const acl of map.defaultEntry ? [...entries, map.defaultEntry] : entries) for (const g of acl[right]) groups.add(g);
  return { groups, anyGroup: groups.has(EVERYONE) };
}

function tempAllowed(map: AuthorizationMapInput, right: RightName): Allowed {
  // AuthorizationBroker wraps the temp ACLs with WildcardAwareSet(Collection), whose field initialiser resets the
  // wildcard flag after the copying constructor set it: a `*` there is an ordinary member.
  return map.tempEntry ? { groups: new Set(map.tempEntry[right]), anyGroup: false } : null;
}

/** DestinationMap.union, which keeps only what both sets allow (and empties the first when the second is null). */
function intersect(existing: Allowed, candidates: Allowed): Allowed {
  if (!candidates) {
    if (existing) existing.groups.clear();
    return existing;
  }
  if (!existing) return candidates;
  for (const g of existing.groups) if (!(candidates.anyGroup || candidates.groups.has(g))) existing.groups.delete(g);
  return existing;
}

/**
 * Per input, the positions in `users` of each group's members (a lookup reads a few groups, not every user), and
 * the answers so far by set of groups: the destinations of a large map share a few such sets. Answers are shared
 * arrays, never changed by their readers.
 */
interface Members {
  byGroup: Map<string, number[]>;
  answers: Map<string, string[]>;
}

const membersByInput = new WeakMap<SecurityInput, Members>();

function membersOf(input: SecurityInput): Members {
  let members = membersByInput.get(input);
  if (!members) {
    const byGroup = new Map<string, number[]>();
    input.users.forEach((u, i) => {
      for (const g of u.groups) {
        const list = byGroup.get(g);
        if (!list) byGroup.set(g, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    members = { byGroup, answers: new Map() };
    membersByInput.set(input, members);
  }
  return members;
}

/** The names of the users in any of `groups`, in the order of `input.users`. */
function usersIn(input: SecurityInput, groups: Set<string>): string[] {
  const members = membersOf(input);
  const key = [...groups].sort().join('\u0000');
  let answer = members.answers.get(key);
  if (!answer) members.answers.set(key, (answer = usersInGroups(input, members.byGroup, groups)));
  return answer;
}

function usersInGroups(input: SecurityInput, byGroup: Map<string, number[]>, groups: Set<string>): string[] {
  const positions: number[] = [];
  for (const g of groups) for (const i of byGroup.get(g) ?? []) positions.push(i);
  if (positions.length === 0) return [];
  positions.sort((a, b) => a - b);
  const names: string[] = [];
  for (let k = 0; k < positions.length; k++) if (k === 0 || positions[k] !== positions[k - 1]) names.push(input.users[positions[k]].name);
  return names;
}

function rightFor(allowed: Allowed, input: SecurityInput): Right {
  const everyone = !allowed || allowed.anyGroup || allowed.groups.has(EVERYONE);
  const groups = allowed?.groups ?? new Set<string>();
  const users = everyone ? input.users.map((u) => u.name) : usersIn(input, groups);
  const anonymous = !!input.anonymous?.allowed && (everyone || groups.has(input.anonymous.group));
  return { groups: [...groups].sort(), everyone, users, anonymous };
}

/**
 * Who may read, write and administer a destination such as `queue://ORDERS.EU`, `topic://ActiveMQ.Advisory.TempQueue`
 * or a composite `topic://A,topic://B` (a composite counts only the entries common to every part, compared by
 * their ACLs as AuthorizationEntry.equals does). A string without a prefix is a queue. Wildcards in the destination
 * are read as a wildcard subscription's lookup is (see `matches`).
 */
export function effectivePermissions(input: SecurityInput, destination: string | DestinationPattern): EffectivePermissions {
  const parts = typeof destination === 'string' ? parseQualifiedDestination(destination, 'queue') : [destination];
  // ActiveMQ refuses an empty name; answer for it as for any destination no entry matches.
  if (parts.length === 0) parts.push(parseDestination(typeof destination === 'string' ? destination : destination.text, 'queue'));
  // The first part has the composite's own kind, which decides between the temp entry and the map.
  const outer = parts[0];
  const { map } = input;
  const allowed: Record<RightName, Allowed> = { read: null, write: null, admin: null };
  let used: MapEntryInput[];
  if (!isTemporary(outer)) {
    used = entriesFor(map, parts);
    for (const r of RIGHT_NAMES) allowed[r] = mapAllowed(map, used, r);
  } else {
    // AuthorizationBroker: the temp entry alone, intersected part by part for a composite (6.3.0).
    used = [];
    const regularParts = parts.length > 1 ? parts.filter((p) => !isTemporary(p)) : [];
    for (const part of regularParts) used.push(...entriesFor(map, [part]));
    for (const r of RIGHT_NAMES) {
      let acl = tempAllowed(map, r);
      if (parts.length > 1) {
        for (const part of parts) acl = intersect(acl, isTemporary(part) ? tempAllowed(map, r) : mapAllowed(map, entriesFor(map, [part]), r));
      }
      allowed[r] = acl;
    }
  }
  return {
    destination: outer,
    matchingEntryIds: [...new Set(used.map((e) => e.id))],
    usesDefaultEntry: !!map.defaultEntry && (!isTemporary(outer) || parts.some((p) => !isTemporary(p))),
    tempGoverned: isTemporary(outer) ? (map.tempEntry ? 'entry' : 'open') : undefined,
    read: rightFor(allowed.read, input),
    write: rightFor(allowed.write, input),
    admin: rightFor(allowed.admin, input),
  };
}

export interface Coverage {
  /** Entries whose patterns contain every pattern of this entry (defaultEntry not included). */
  coveringEntryIds: number[];
  /**
   * Per right: every group this entry grants there is already granted, on every destination the entry matches, by
   * the covering entries or defaultEntry. (True as well for a right the entry does not grant at all.)
   */
  addsNothing: Record<RightName, boolean>;
}

function grants(acl: AclInput | undefined, right: RightName, group: string): boolean {
  return !!acl && (acl[right].includes(group) || acl[right].includes(EVERYONE));
}

/**
 * Per entry of a map and per pattern of it, the ids of the entries with a pattern that contains it (the entry itself
 * among them): all that coverage needs of the patterns. It depends on the patterns alone, so a later version of
 * the map with the same patterns and other rights shares it (service/analysis.ts).
 */
export class Containment {
  private readonly lists: (number[][] | undefined)[] = [];

  constructor(entries: MapEntryInput[], index: PatternIndex) {
    const found: StoredPattern[] = [];
    for (const entry of entries) {
      this.lists[entry.id] = entry.patterns.map((pattern) => {
        found.length = 0;
        index.containing(pattern, found);
        return found.map((stored) => stored.entryId);
      });
    }
  }

  /** Per pattern of the entry, the ids of the entries containing it. */
  of(entryId: number): number[][] {
    return this.lists[entryId] ?? [];
  }
}

/** Found through the pattern index along the entry's own path (Containment), never by scanning the map. */
function coverageOf(entry: MapEntryInput, containment: Containment, byId: (MapEntryInput | undefined)[], defaultEntry: AclInput | undefined): Coverage {
  let covering: number[] | undefined;
  const addsNothing: Record<RightName, boolean> = { read: true, write: true, admin: true };
  for (const containers of containment.of(entry.id)) {
    covering = covering ? covering.filter((id) => containers.includes(id)) : otherEntryIds(containers, entry.id);
    for (const r of RIGHT_NAMES) addsNothing[r] &&= allGranted(entry[r], r, containers, entry.id, defaultEntry, byId);
  }
  return { coveringEntryIds: covering ?? [], addsNothing };
}

/** Whether every group in `groups` already has `right` from defaultEntry or a container other than the entry itself. */
function allGranted(groups: readonly string[], right: RightName, containers: number[], selfId: number, defaultEntry: AclInput | undefined, byId: (MapEntryInput | undefined)[]): boolean {
  for (const group of groups) {
    if (grants(defaultEntry, right, group) || containerGrants(containers, selfId, right, group, byId)) continue;
    return false;
  }
  return true;
}

/** The entries of `containers` other than `selfId`, each once. Few entries contain any one, so arrays beat sets. */
function otherEntryIds(containers: number[], selfId: number): number[] {
  const ids: number[] = [];
  for (const id of containers) if (id !== selfId && !ids.includes(id)) ids.push(id);
  return ids;
}

function containerGrants(containers: number[], selfId: number, right: RightName, group: string, byId: (MapEntryInput | undefined)[]): boolean {
  for (const id of containers) if (id !== selfId && grants(byId[id], right, group)) return true;
  return false;
}

/** The map's entries that have a pattern, by id. */
function entriesById(map: AuthorizationMapInput): (MapEntryInput | undefined)[] {
  const byId: (MapEntryInput | undefined)[] = [];
  for (const entry of map.entries) if (entry.patterns.length > 0) byId[entry.id] = entry;
  return byId;
}

/**
 * The coverage of each entry of a map that has a pattern, by entry id, computed on each `get` from the shared
 * containment: a keystroke's analysis asks for the few entries whose findings it makes again, the CLI's for each
 * entry once, and nothing is made for the entries nobody asks about.
 */
export class EntryCoverage {
  private readonly byId: (MapEntryInput | undefined)[];

  constructor(
    private readonly map: AuthorizationMapInput,
    private readonly containment: Containment,
  ) {
    this.byId = entriesById(map);
  }

  get(id: number): Coverage | undefined {
    const entry = this.byId[id];
    return entry && coverageOf(entry, this.containment, this.byId, this.map.defaultEntry);
  }
}

/**
 * Coverage of every entry that has a pattern, each when asked for. `index` must hold exactly the map's entries, and
 * `containment` be the index's (to share them).
 */
export function coverageAll(map: AuthorizationMapInput, index?: PatternIndex, containment = new Containment(map.entries, index ?? PatternIndex.of(map.entries))): EntryCoverage {
  return new EntryCoverage(map, containment);
}

/** Coverage of one entry (builds the index each time; use coverageAll for many). */
export function coverage(map: AuthorizationMapInput, entryId: number): Coverage | undefined {
  const entry = map.entries.find((e) => e.id === entryId);
  if (!entry || entry.patterns.length === 0) return undefined;
  return coverageOf(entry, new Containment([entry], PatternIndex.of(map.entries)), entriesById(map), map.defaultEntry);
}
