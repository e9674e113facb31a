// Two identical entries on one kind (two `topic="X.>"`) where the other kind was probably meant: what the groups
// then lack on the other kind, computed as AuthorizationBroker would (the union of matching entries, defaultEntry).
import { effectivePermissions, witness } from '../../destinations';
import type { ParsedDocument } from '../../model/parsedDocument';
import { RIGHTS, type AuthorizationEntry, type RightName } from '../../model/types';
import type { Span } from '../../parser/xmlTree';
import type { Analysis } from '../../base/analysis';
import { listOf } from './model';

export interface OtherKindData {
  kind: 'queue' | 'topic';
  pattern: string;
  /** The destination attribute's name in the later twin, which the fix renames. */
  nameSpan: Span;
}

function aclKey(entry: AuthorizationEntry): string {
  return RIGHTS.map((r) => [...new Set(entry.rights[r]?.names ?? [])].sort().join(',')).join('|');
}

/**
 * When `entry` repeats `twin` exactly (same attribute, value and rights) on a queue or topic, and the groups it grants
 * lack some of those rights on the other kind's destinations of that pattern: the sentence to add and the fix's data.
 */
export function missingOtherKind(doc: ParsedDocument, analysis: Analysis, entry: AuthorizationEntry, twin: AuthorizationEntry): { message: string; data: OtherKindData } | undefined {
  const attr = entry.destinationAttributes[0];
  const twinAttr = twin.destinationAttributes[0];
  if (!attr || !twinAttr || entry.destinationAttributes.length !== 1 || (attr.name !== 'queue' && attr.name !== 'topic')) return undefined;
  if (attr.name !== twinAttr.name || attr.value.trim() !== twinAttr.value.trim() || aclKey(entry) !== aclKey(twin)) return undefined;
  const other = attr.name === 'queue' ? 'topic' : 'queue';
  if (entry.patterns.length !== 1) return undefined;
  const pattern = entry.patterns[0].pattern;
  // The shortest destination of the pattern, as the other kind: what the users would reach through the meant entry.
  const name = witness(pattern, pattern) ?? pattern.text;
  const input = analysis.securityInput();
  const permissions = effectivePermissions(input, `${other}://${name}`);
  const lacking: { right: RightName; groups: string[]; users: string[] }[] = [];
  for (const right of RIGHTS) {
    const allowed = permissions[right];
    if (allowed.everyone) continue;
    // A group lacks the right only through a member who gets it from none of their groups (users add up groups).
    const lackingMembers = (group: string) => input.users.filter((u) => u.groups.includes(group) && !allowed.users.includes(u.name)).map((u) => u.name);
    const groups = (entry.rights[right]?.names ?? []).filter((g) => g && g !== '*' && lackingMembers(g).length > 0);
    if (groups.length > 0) lacking.push({ right, groups, users: groups.flatMap(lackingMembers) });
  }
  if (lacking.length === 0) return undefined;
  const groups = [...new Set(lacking.flatMap((l) => l.groups))];
  const users = [...new Set(lacking.flatMap((l) => l.users))];
  const rights = lacking.map((l) => l.right);
  const rightsText = rights.length > 1 ? `${rights.slice(0, -1).join(', ')} and ${rights[rights.length - 1]}` : rights[0];
  return {
    message: `If one of them was meant as ${other}="${attr.value.trim()}": no entry gives ${listOf(groups)} ${rightsText} on ${other}s matching ` +
      `\`${pattern.text}\` (e.g. \`${name}\`), so ${listOf(users)} lack${users.length > 1 ? '' : 's'} ${rights.length > 1 ? 'them' : 'it'} there.`,
    data: { kind: other, pattern: attr.value.trim(), nameSpan: attr.nameSpan },
  };
}
