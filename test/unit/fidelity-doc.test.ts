// docs/fidelity.md is generated from the broker tests' verifies() calls; this fails when a test or rule changed and
// the page was not regenerated, and when a claim names no rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { brokerVerifications, fidelityMarkdown, verificationsIn } from '../../scripts/fidelity';

test('docs/fidelity.md is current (regenerate with: node --import tsx scripts/generate-fidelity-doc.ts)', () => {
  assert.equal(readFileSync('docs/fidelity.md', 'utf8'), fidelityMarkdown());
});

test('a verifies() call must name its rules and test with literals, and only rules that exist', () => {
  assert.throws(() => verificationsIn('x.test.ts', "verifies(ids, 'name', async () => {});"), /x\.test\.ts:1: verifies\(\) takes literal rule ids/);
  const made = verificationsIn('x.test.ts', "verifies(['no-such-rule'], 'name', async () => {});");
  assert.throws(() => fidelityMarkdown(made, undefined, []), /verifies unknown rule or client check "no-such-rule"/);
  assert.deepEqual(verificationsIn('x.test.ts', "verifies(['xml-syntax'], `a name`, async () => {}, { todo: 'why' });"), [{ ruleIds: ['xml-syntax'], file: 'x.test.ts', name: 'a name', todo: 'why' }]);
});

test('a rule counts as verified only through a test that is not todo, and the differential figure is shown when measured', () => {
  const todoOnly = [{ ruleIds: ['advisory-access'], file: 'test/broker/a.test.ts', name: 'shows it', todo: 'not yet' }];
  const page = fidelityMarkdown(todoOnly, { configs: 40, probes: 4000, disagreements: 0 }, []);
  assert.match(page, /### advisory-access\n\nfrom source only: .*\n- not yet agreed \(the test runs as todo: not yet\)/);
  assert.match(page, /Generated configs: \*\*40\*\*, \(user, destination, operation\) probes: \*\*4000\*\*, .*: \*\*0\*\*\./);
  assert.match(page, /\*\*0 of \d+ rules verified on a running broker\.\*\*/);
});

test('every broker test file declares what it verifies, and the README links the page on its first screen', () => {
  assert.ok(brokerVerifications().length >= 12);
  const firstScreen = readFileSync('README.md', 'utf8').split('\n').slice(0, 30).join('\n');
  assert.match(firstScreen, /\(docs\/fidelity\.md\)/);
});
