// unused-group: users have a group that no entry grants anything.
import { authorizationOn, isPlaceholder } from './support/model';
import type { Finding, Rule } from './types';

export const unusedGroup: Rule = {
  id: 'unused-group',
  defaultSeverity: 'hint',
  category: 'meaning',
  summary: 'A group users have that no authorization entry grants anything.',
  docs: {
    autofix: false,
  },
  check({ doc, analysis }) {
    const { model } = doc;
    if (!authorizationOn(model) || !analysis.hasEntryMap()) return [];
    const groups = [...model.groups];
    // An entry granting a placeholder may grant any group once the template or Spring resolves it.
    if (groups.some(([name, info]) => info.grants.length > 0 && isPlaceholder(name))) return [];
    const findings: Finding[] = [];
    for (const [name, info] of groups) {
      // A placeholder's group is only known once the template or Spring resolves it.
      if (name === '' || info.grants.length > 0 || isPlaceholder(name)) continue;
      for (const token of info.declarations) findings.push({ span: token.span, message: `No authorization entry grants group \`${name}\` anything; it gives its members no rights.`, unnecessary: true });
    }
    return findings;
  },
};
