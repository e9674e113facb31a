// docs/fidelity.md is generated from test/broker/fidelityData.ts: current, complete, and naming real broker tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fidelityMarkdown } from '../../scripts/fidelityMarkdown';
import { RULES } from '../../server/src/rules/registry';
import { OTHER_VERIFIED, RULE_FIDELITY } from '../broker/fidelityData';

test('docs/fidelity.md is current (regenerate with: node --import tsx scripts/generate-fidelity-doc.ts)', () => {
  assert.equal(readFileSync('docs/fidelity.md', 'utf8'), fidelityMarkdown());
});

test('docs/fidelity.md marks every rule verified or source-only, and lists no rule that does not exist', () => {
  const ids = RULES.map((r) => r.id);
  assert.deepEqual(ids.filter((id) => !RULE_FIDELITY[id]), []);
  assert.deepEqual(Object.keys(RULE_FIDELITY).filter((id) => !ids.includes(id)), []);
});

test('every broker test docs/fidelity.md names exists under that name', () => {
  const named = [
    ...Object.values(RULE_FIDELITY).flatMap((f) => ('verified' in f ? [{ test: f.verified, file: f.file ?? '' }] : [])),
    ...OTHER_VERIFIED,
  ];
  for (const { test: name, file } of named) {
    const source = readFileSync(file, 'utf8');
    assert.ok(source.includes(`test(${JSON.stringify(name)}`) || source.includes(`test('${name.replace(/'/g, "\\'")}'`), `${file} has no test named: ${name}`);
  }
});

test('the README links docs/fidelity.md on its first screen', () => {
  const firstScreen = readFileSync('README.md', 'utf8').split('\n').slice(0, 20).join('\n');
  assert.match(firstScreen, /\(docs\/fidelity\.md\)/);
});
