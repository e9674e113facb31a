// user-without-groups: with authorization on, a user with no group, or with only groups no entry grants anything,
// can log in and do nothing.
import { authorizationOn, effectiveUsers, isPlaceholder, listOf } from './support/model';
import { suggestName, type NameSuggestion } from '../text/nearest';
import type { Span } from '../parser/xmlTree';
import type { Finding, Fix, Rule } from './types';

interface NearMissData {
  group: string;
  suggestion: NameSuggestion;
}

export const userWithoutGroups: Rule = {
  id: 'user-without-groups',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'With authorization on, a user without groups, or whose groups no entry grants anything, can log in but is denied everything.',
  docs: {
    autofix: false,
  },
  check({ doc, analysis }) {
    const { model } = doc;
    if (!authorizationOn(model)) return [];
    const findings: Finding[] = [];
    for (const user of model.users) {
      if (!user.username || (user.groups && user.groups.items.some((t) => t.text !== ''))) continue;
      findings.push({
        span: user.groups ? user.groups.attribute.valueSpan : user.element.nameSpan,
        message: `User \`${user.username.text}\` has no groups: it can log in, but authorization entries grant groups, so it is denied every destination that is not open to \`*\`.`,
      });
    }
    // Only where this file holds the entries: an LDAP or bean map grants groups this file cannot see.
    const granted = [...model.groups].filter(([, info]) => info.grants.length > 0).map(([name]) => name);
    const grantedSet = new Set(granted);
    // A group that is a placeholder (Spring or a template) is known only at run time: it may be any of them.
    if (!analysis.hasEntryMap() || granted.length === 0 || grantedSet.has('*') || granted.some(isPlaceholder)) return findings;
    // Many users share a misspelt group: look each name up once.
    const suggestions = new Map<string, NameSuggestion | undefined>();
    const nearest = (name: string) => {
      if (!suggestions.has(name)) suggestions.set(name, suggestName(name, granted));
      return suggestions.get(name);
    };
    for (const user of effectiveUsers(model)) {
      const groups = (user.groups?.items ?? []).filter((t) => t.text !== '');
      if (groups.length === 0 || groups.some((t) => grantedSet.has(t.text) || isPlaceholder(t.text))) continue;
      const nearMiss = groups.map((token) => ({ token, suggestion: nearest(token.text) })).find((g) => g.suggestion);
      const span: Span = nearMiss?.token.span ?? user.groups!.attribute.valueSpan;
      const hint = nearMiss?.suggestion
        ? ` Did you mean \`${nearMiss.suggestion.name}\` (members: ${listOf(model.groups.get(nearMiss.suggestion.name)?.members.map((u) => u.username?.text ?? '?') ?? []) || 'none yet'})?`
        : ` The entries grant ${listOf(granted)}.`;
      findings.push({
        span,
        message: `User \`${user.username!.text}\` can log in but may do nothing: no authorization entry grants ${groups.length > 1 ? 'any of its groups' : 'its group'} ` +
          `${listOf(groups.map((t) => t.text))} anything.${hint}`,
        data: nearMiss?.suggestion ? ({ group: nearMiss.token.text, suggestion: nearMiss.suggestion } satisfies NearMissData) : undefined,
      });
    }
    return findings;
  },
  fixes(finding): Fix[] {
    const data = finding.data as NearMissData | undefined;
    if (!data) return [];
    return [{ title: `Replace with \`${data.suggestion.name}\``, edits: [{ span: finding.span, newText: data.suggestion.name }], preferred: true }];
  },
};
