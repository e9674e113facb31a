// server/src/rules/index.generated.ts lists every rule module; this fails when a rule was added and not regenerated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULE_INDEX_PATH, ruleIndexSource } from '../../scripts/ruleIndex';
import { RULES } from '../../server/src/rules/registry';

test('the rule index is current (regenerate with: node --import tsx scripts/generate-rule-index.ts)', () => {
  assert.equal(readFileSync(RULE_INDEX_PATH, 'utf8'), ruleIndexSource());
});

test('the registry lists each rule once, grouped by category, file-not-read last', () => {
  assert.equal(new Set(RULES).size, RULES.length);
  assert.equal(RULES.at(-1)!.id, 'file-not-read');
  const categories = RULES.slice(0, -1).map((r) => r.category);
  assert.deepEqual(categories, [...categories].sort((a, b) => ['structure', 'meaning', 'security', 'transport', 'client'].indexOf(a) - ['structure', 'meaning', 'security', 'transport', 'client'].indexOf(b)));
});
