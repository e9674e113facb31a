// docs/rules.md is generated from the rules; this fails when a rule changed and the file was not regenerated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rulesMarkdown } from '../../scripts/rulesMarkdown';
import { RULES } from '../../server/src/rules/registry';

test('docs/rules.md is current (regenerate with: node --import tsx scripts/generate-rules-doc.ts)', () => {
  assert.equal(readFileSync('docs/rules.md', 'utf8'), rulesMarkdown());
});

test('every rule has a unique id, a summary and every docs part', () => {
  const ids = new Set<string>();
  for (const rule of RULES) {
    assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/, rule.id);
    assert.ok(!ids.has(rule.id), `duplicate id ${rule.id}`);
    ids.add(rule.id);
    assert.ok(rule.summary.length > 10, rule.id);
    for (const part of ['catches', 'runtime', 'wrong', 'right', 'fix'] as const) assert.ok(rule.docs[part].trim().length > 0, `${rule.id}: docs.${part}`);
  }
});

test('the README\'s rules section names every rule id', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Rules'), readme.indexOf('### Silencing a finding'));
  assert.deepEqual(RULES.map((r) => r.id).filter((id) => !section.includes(`\`${id}\``)), []);
});
