// The text of docs/rules.md, made from the rule registry and each rule's markdown docs (scripts/ruleDocs.ts).
import { RULES } from '../server/src/rules/registry';
import type { RuleCategory } from '../server/src/rules/types';
import { ruleDocs } from './ruleDocs';

const CATEGORY_TITLES: Record<RuleCategory, string> = {
  structure: 'Structure',
  meaning: 'Meaning',
  security: 'Security',
  transport: 'Transports and network',
  client: 'Clients (alfresco-global.properties)',
};

export function rulesMarkdown(): string {
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Generated from server/src/rules by `node --import tsx scripts/generate-rules-doc.ts`; edit the rules, not this file. -->',
    '',
    'Every problem activemq-lint and the VS Code extension report carries one of these ids. Change a rule\'s severity',
    'or turn it off with the `activemqXml.rules` setting, e.g. `"activemqXml.rules": { "unused-group": "off" }`.',
    '',
    'Rules marked *auto-fix* correct some of their findings on their own — in the editor with **ActiveMQ: Fix all',
    'auto-fixable problems** (or `source.fixAll.activemqXml` in `editor.codeActionsOnSave`), on the command line with',
    '`activemq-lint --fix` — but only slips whose meaning the text leaves in no doubt: a letter case, a list separator,',
    '`queue=` where only a topic can be meant. Guesses (the nearest name), new grants, users or entries stay quick fixes',
    'for a person to choose.',
    '',
    '| Rule | Default | What it catches |',
    '| --- | --- | --- |',
    ...RULES.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.defaultSeverity} | ${r.summary}${r.docs.autofix ? ' *auto-fix*' : ''} |`),
    '',
  ];
  for (const category of Object.keys(CATEGORY_TITLES) as RuleCategory[]) {
    const rules = RULES.filter((r) => r.category === category);
    if (rules.length === 0) continue;
    out.push(`## ${CATEGORY_TITLES[category]}`, '');
    for (const rule of rules) {
      const docs = ruleDocs(rule.id);
      out.push(
        `### ${rule.id}`,
        '',
        `Default severity: **${rule.defaultSeverity}**. ${rule.summary}`,
        '',
        `**What it catches.** ${docs.catches}`,
        '',
        `**What ActiveMQ does at run time.** ${docs.runtime}`,
        '',
        'Wrong:',
        '',
        '```xml',
        docs.wrong,
        '```',
        '',
        'Right:',
        '',
        '```xml',
        docs.right,
        '```',
        '',
        `**Fix.** ${docs.fix}`,
        '',
        ...(docs.autofix ? [`**Auto-fix** (fix all, \`--fix\`). ${docs.autofix}`, ''] : []),
      );
    }
  }
  return out.join('\n');
}
