// docs/rules.md is generated from the rules; this fails when a rule changed and the file was not regenerated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { rulesMarkdown } from '../../scripts/rulesMarkdown';
import { parseRuleDocs, RULE_DOC_FOLDERS, ruleDocs, ruleDocsPath } from '../../scripts/ruleDocs';
import { RULES } from '../../server/src/rules/registry';

test('docs/rules.md is current (regenerate with: node --import tsx scripts/generate-rules-doc.ts)', () => {
  assert.equal(readFileSync('docs/rules.md', 'utf8'), rulesMarkdown());
});

test('every rule has a unique id, a summary, and its markdown docs beside its module with every section', () => {
  const ids = new Set<string>();
  for (const rule of RULES) {
    assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/, rule.id);
    assert.ok(!ids.has(rule.id), `duplicate id ${rule.id}`);
    ids.add(rule.id);
    assert.ok(rule.summary.length > 10, rule.id);
    const folder = rule.category === 'client' ? 'server/src/clientApps/rules' : 'server/src/rules';
    assert.equal(ruleDocsPath(rule.id), `${folder}/${rule.id}.md`);
    const docs = ruleDocs(rule.id);
    for (const part of ['catches', 'runtime', 'wrong', 'right', 'fix'] as const) assert.ok(docs[part].trim().length > 0, `${rule.id}: ${part}`);
    assert.equal(docs.autofix !== undefined, rule.docs.autofix, `${rule.id}: an "## Autofix" section exactly when the rule is marked autofix`);
  }
});

test('every rule markdown file belongs to a rule', () => {
  const ids = new Set(RULES.map((r) => r.id));
  const files = RULE_DOC_FOLDERS.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.md')).map((f) => `${folder}/${f}`));
  assert.deepEqual(files.filter((f) => !ids.has(f.replace(/.*\//, '').replace(/\.md$/, ''))), []);
});

test('a rule markdown file with a section missing, unknown, out of order, or a Wrong without an xml block is refused', () => {
  const good = ['# r', '', '## Catches', 'A', 'b.', '## At run time', 'C.', '## Wrong', '```xml', '<a>', '## b', '</a>', '```',
    '## Right', '```xml', '<a/>', '```', '## Fix', 'D.'];
  assert.deepEqual(parseRuleDocs(good.join('\n'), 'r'), { catches: 'A b.', runtime: 'C.', wrong: '<a>\n## b\n</a>', right: '<a/>', fix: 'D.' });
  const without = (heading: string) => good.filter((line, i) => line !== heading && good[i - 1] !== heading).join('\n');
  assert.throws(() => parseRuleDocs(without('## Fix'), 'r'), /no "## Fix" section/);
  assert.throws(() => parseRuleDocs(good.join('\n'), 'other'), /first line must be "# other"/);
  assert.throws(() => parseRuleDocs(`${good.join('\n')}\n## Notes\nE.`, 'r'), /unknown section "## Notes"/);
  assert.throws(() => parseRuleDocs(`${good.join('\n')}\n## Catches\nE.`, 'r'), /two "## Catches" sections/);
  assert.throws(() => parseRuleDocs(good.join('\n').replace('## Fix\nD.', '## Autofix\nE.\n## Fix\nD.'), 'r'), /out of order/);
  assert.throws(() => parseRuleDocs(good.join('\n').replace('```xml\n<a/>\n```', '<a/>'), 'r'), /"## Right" must hold one ```xml block/);
  assert.throws(() => parseRuleDocs(good.join('\n').replace('## At run time\nC.', '## At run time\n'), 'r'), /"## At run time" section is empty/);
});

test('the README\'s rules section names every rule id', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Rules'), readme.indexOf('### Silencing a finding'));
  assert.deepEqual(RULES.map((r) => r.id).filter((id) => !section.includes(`\`${id}\``)), []);
});
