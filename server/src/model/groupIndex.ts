// The model's index of groups: for each group name, the users that list it and the entries that grant it a right.
// Groups come in the order a reader meets them (users' lists first, then the entries in document order), and rules'
// messages list them in that order. After an edit of one entry's attribute (model/build.ts, modelAfterValueEdit),
// the previous index is patched instead of built again: at 10,000 entries a build is 30,000 grants, a keystroke's
// patch the grants of one entry.
import { partitionPoint } from '../text/partitionPoint';
import { RIGHTS, type AuthorizationEntry, type GroupGrant, type GroupInfo, type RightName, type SecurityModel, type ValueToken } from './types';

type GroupIndex = Map<string, GroupInfo>;

/** The indexes built or patched so far, by model: a later version's patch starts from its previous one's. */
const built = new WeakMap<SecurityModel, GroupIndex>();

/**
 * The model with its group index, made when first read (a hover may never need it): patched from `previous`'s
 * index when that was read and `replaced` is the one entry the new model has in place of an old one.
 */
export function withGroupIndex(parts: Omit<SecurityModel, 'groups'>, replaced?: { previous: SecurityModel; old: AuthorizationEntry; fresh: AuthorizationEntry }): SecurityModel {
  let groups: GroupIndex | undefined;
  // Only the previous index and the two entries are held, and only until the index is made: holding the previous
  // model would chain every version typed to the next.
  const before = replaced && built.get(replaced.previous);
  let patch = before && { before, old: replaced!.old, fresh: replaced!.fresh };
  const model: SecurityModel = {
    ...parts,
    get groups() {
      if (!groups) {
        groups = patch ? patchedIndex(patch.before, patch.old, patch.fresh) : indexGroups(model);
        patch = undefined;
        built.set(model, groups);
      }
      return groups;
    },
  };
  return model;
}

function indexGroups(model: SecurityModel): GroupIndex {
  const groups: GroupIndex = new Map();
  const group = (name: string): GroupInfo => {
    let info = groups.get(name);
    if (!info) {
      info = { name, members: [], declarations: [], grants: [] };
      groups.set(name, info);
    }
    return info;
  };
  for (const user of model.users) {
    for (const token of user.groups?.items ?? []) {
      const info = group(token.text);
      // A user's own tokens come one after another, so a repeat of the same group is the last member.
      if (info.members[info.members.length - 1] !== user) info.members.push(user);
      info.declarations.push(token);
    }
  }
  for (const entry of model.entries) for (const grant of grantsOf(entry)) group(grant.name).grants.push(grant);
  return groups;
}

/** One group of an entry's right; its token (with its place in the text) is made when read. */
class EntryGrant implements GroupGrant {
  constructor(
    readonly entry: AuthorizationEntry,
    readonly right: RightName,
    /** Its place in the right's list. */
    readonly index: number,
  ) {}

  get name(): string {
    return this.entry.rights[this.right]!.names[this.index];
  }

  get token(): ValueToken {
    return this.entry.rights[this.right]!.items[this.index];
  }
}

/** An entry's grants in the index's order: by right, then by place in the list. */
function grantsOf(entry: AuthorizationEntry): EntryGrant[] {
  const grants: EntryGrant[] = [];
  for (const right of RIGHTS) {
    const count = entry.rights[right]?.names.length ?? 0;
    for (let i = 0; i < count; i++) grants.push(new EntryGrant(entry, right, i));
  }
  return grants;
}

/**
 * The index of the model whose entry `fresh` took the place (and id) of `old`, from the previous model's: exactly
 * what indexGroups gives the new model. Only the groups either entry names change (new objects; the others are
 * shared), and the order of the groups is worked out again only when one of them appears, disappears, or is first
 * met elsewhere than before.
 */
function patchedIndex(before: GroupIndex, old: AuthorizationEntry, fresh: AuthorizationEntry): GroupIndex {
  const freshGrants = grantsOf(fresh);
  const names = new Set<string>();
  for (const right of RIGHTS) for (const name of old.rights[right]?.names ?? []) names.add(name);
  for (const grant of freshGrants) names.add(grant.name);
  const changed = new Map<string, GroupInfo | undefined>();
  let reordered = false;
  for (const name of names) {
    const was = before.get(name);
    const grants = spliceEntry(was?.grants ?? [], old, freshGrants.filter((g) => g.name === name));
    const info = was || grants.length > 0 ? { name, members: was?.members ?? [], declarations: was?.declarations ?? [], grants } : undefined;
    const kept = info && (info.declarations.length > 0 || info.grants.length > 0) ? info : undefined;
    changed.set(name, kept);
    // Groups a user lists come first, in the users' order, which an entry's edit leaves alone.
    if (!was || !kept) reordered = true;
    else if (was.declarations.length === 0 && was.grants[0] !== kept.grants[0] && grantPlace(was.grants[0]) !== grantPlace(kept.grants[0])) reordered = true;
  }
  if (!reordered) {
    const groups = new Map(before);
    for (const [name, info] of changed) groups.set(name, info!);
    return groups;
  }
  // Users' groups keep their places (the users' order); a changed group granted only is merged in where it is first
  // granted, among the others, which are in that order already.
  const moved = [...changed.values()].filter((g): g is GroupInfo => g !== undefined && g.declarations.length === 0).sort((a, b) => firstPlace(a) - firstPlace(b));
  const groups: GroupIndex = new Map();
  let next = 0;
  for (const [name, was] of before) {
    const info = changed.has(name) ? changed.get(name) : was;
    if (!info || (changed.has(name) && info.declarations.length === 0)) continue;
    if (info.declarations.length === 0) while (next < moved.length && firstPlace(moved[next]) < firstPlace(info)) groups.set(moved[next].name, moved[next++]);
    groups.set(name, info);
  }
  for (; next < moved.length; next++) groups.set(moved[next].name, moved[next]);
  return groups;
}

/** Where a group granted only is first met, as one number: entry, then right, then place in the list. */
function firstPlace(group: GroupInfo): number {
  return grantPlace(group.grants[0]);
}

function grantPlace(grant: GroupGrant): number {
  return (grant.entry.id * RIGHTS.length + RIGHTS.indexOf(grant.right)) * 2 ** 24 + grant.index;
}

/** `grants` (in index order) without `old`'s and with `added` (the new entry's, same id) where the entry's belong. */
function spliceEntry(grants: GroupGrant[], old: AuthorizationEntry, added: GroupGrant[]): GroupGrant[] {
  const from = partitionPoint(grants.length, (i) => grants[i].entry.id < old.id);
  let to = from;
  while (to < grants.length && grants[to].entry === old) to++;
  return [...grants.slice(0, from), ...added, ...grants.slice(to)];
}
