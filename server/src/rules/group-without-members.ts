// group-without-members: an entry grants a group that no user belongs to.
import type { ValueToken } from '../model/types';
import { insertAttributeOrAppend } from '../base/edits';
import { knownGroups } from './support/groups';
import { placeBeside } from './support/related';
import { effectiveUsers, listOf } from './support/model';
import { suggestName, type NameSuggestion } from '../text/nearest';
import type { Span } from '../parser/xmlTree';
import type { Finding, Fix, RelatedPlace, Rule } from './types';

interface GroupData {
  group: string;
  suggestion: NameSuggestion | undefined;
  /** Every grant of the group in the entry, so that replacing the name leaves none behind. */
  spans: Span[];
}

export const groupWithoutMembers: Rule = {
  id: 'group-without-members',
  defaultSeverity: 'warning',
  category: 'meaning',
  summary: 'An entry grants a group that no user belongs to, so the grant reaches nobody (one finding per group and entry).',
  docs: {
    autofix: true,
  },
  check({ doc, files }) {
    const { model } = doc;
    const known = knownGroups(doc, files);
    if (!known || (known.source === 'users' && model.users.length === 0)) return [];
    // A user whose groups are a placeholder may be in any group once the template or Spring resolves it.
    if ([...known.members.keys()].some((group) => /\$\{/.test(group))) return [];
    const anonymous = model.simpleAuthentication.find((a) => a.anonymousAccessAllowed)?.anonymousGroup;
    const usernames = new Set(effectiveUsers(model).map((u) => u.username!.text));
    const findings: Finding[] = [];
    for (const [name, info] of model.groups) {
      if (name === '*' || name === '' || name === anonymous || known.members.has(name) || name.includes('${')) continue;
      const suggestion = suggestName(name, known.members.keys());
      // One finding per entry: its first grant of the group, the entry's other rights as related places.
      const byEntry = new Map<number, typeof info.grants>();
      for (const grant of info.grants) byEntry.set(grant.entry.id, [...(byEntry.get(grant.entry.id) ?? []), grant]);
      for (const grants of byEntry.values()) {
        const rights = grants.map((g) => g.right);
        const what = rights.length === 1 ? `this ${rights[0]} grant reaches` : `this entry's ${[...new Set(rights)].join(', ').replace(/, ([^,]*)$/, ' and $1')} grants reach`;
        let message = `No user belongs to group \`${name}\`, so ${what} nobody.`;
        if (known.groupFile) message += ` With JAAS, the groups are those of ${known.groupFile.name}, which login.config names.`;
        if (usernames.has(name)) message += ` \`${name}\` is a user name: ActiveMQ authorizes by group (simpleAuthenticationPlugin gives connections only group principals), so name one of that user's groups instead.`;
        if (suggestion) message += ` Did you mean \`${suggestion.name}\` (members: ${listOf(known.members.get(suggestion.name) ?? [])})?`;
        const data: GroupData = { group: name, suggestion, spans: grants.map((g) => g.token.span) };
        const related: RelatedPlace[] = grants.slice(1).map((g) => ({ span: g.token.span, message: `\`${name}\` granted ${g.right} here too` }));
        // For JAAS, the groups file itself, so the editor can open it from the finding.
        if (known.groupFile) related.push(...placeBeside(files, known.groupFile.name, known.groupFile.text, { start: 0, end: 0 }, `the groups JAAS knows (${known.groupFile.name})`));
        findings.push({ span: grants[0].token.span, message, data, related: related.length > 0 ? related : undefined });
      }
    }
    return findings;
  },
  fixes(finding, { doc }, autofixOnly): Fix[] {
    const data = finding.data as GroupData | undefined;
    if (!data) return [];
    const fixes: Fix[] = [];
    const { suggestion } = data;
    if (suggestion) fixes.push({ title: `Replace with \`${suggestion.name}\``, edits: data.spans.map((span) => ({ span, newText: suggestion.name })), preferred: true, autofix: suggestion.caseOnly });
    if (autofixOnly) return fixes;
    for (const user of effectiveUsers(doc.model)) {
      const existing: ValueToken[] = user.groups?.items ?? [];
      const newList = [...existing.map((t) => t.text).filter(Boolean), data.group].join(',');
      fixes.push({ title: `Add group \`${data.group}\` to user \`${user.username!.text}\``, edits: [insertAttributeOrAppend(user.element, 'groups', user.groups?.attribute, newList)] });
    }
    return fixes;
  },
};
