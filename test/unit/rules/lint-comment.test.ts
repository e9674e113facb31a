// Comments that silence findings: what each form covers, and the lint-comment rule that keeps them honest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SuppressionIndex, type LintComment } from '../../../server/src/model/lintComments';
import { applyFix, findings, fixRemoves, lint, securedBroker } from '../../helpers';
import { ruleTester } from './ruleTester';

const USERS = '          <authenticationUser username="app" password="${app.password}" groups="users"/>';
const NODES = '<authorizationEntry queue="Consumer.*.nodes>" read="users"/>';
const rulesOf = (text: string) => lint(text).reported.map((r) => r.rule);

test('ignore silences the named rule in the next element only, and is itself not reported when it silences something', () => {
  const text = securedBroker(USERS, `<!-- activemq-lint-ignore wildcard-syntax: kept for the legacy consumer -->\n${NODES}\n${NODES.replace('Consumer', 'Other')}`);
  const wildcard = findings(text, 'wildcard-syntax');
  assert.deepEqual(wildcard.map((r) => r.text), ['nodes>'], 'only the entry without the comment is reported');
  assert.equal(wildcard[0].line, text.slice(0, text.indexOf('Other')).split('\n').length - 1, 'the finding left is on the second entry');
  assert.deepEqual(findings(text, 'lint-comment'), []);
});

test('ignore without rule ids silences every rule in the element, children included', () => {
  const text = securedBroker(USERS, `${NODES}\n<authorizationEntry queue="B" read="Users"/>`);
  const before = rulesOf(text).filter((r) => r !== 'lint-comment');
  assert.ok(before.includes('wildcard-syntax') && before.includes('group-without-members'));
  const silenced = text.replace('<authorizationEntries>', '<!-- activemq-lint-ignore -->\n<authorizationEntries>');
  const after = lint(silenced).reported;
  assert.ok(!after.some((r) => r.rule === 'wildcard-syntax' || r.rule === 'group-without-members'), after.map((r) => r.rule).join(', '));
});

test('disable ... enable silences a rule in between; disable without enable runs to the end of the file', () => {
  const entries = [NODES, '<!-- activemq-lint-disable wildcard-syntax -->', NODES.replace('Consumer', 'A'), '<!-- activemq-lint-enable wildcard-syntax -->', NODES.replace('Consumer', 'B')].join('\n');
  assert.deepEqual(findings(securedBroker(USERS, entries), 'wildcard-syntax').length, 2);
  const open = [NODES, '<!-- activemq-lint-disable wildcard-syntax -->', NODES.replace('Consumer', 'A'), NODES.replace('Consumer', 'B')].join('\n');
  assert.deepEqual(findings(securedBroker(USERS, open), 'wildcard-syntax').length, 1);
  // enable without ids ends every disable
  const all = ['<!-- activemq-lint-disable -->', NODES, '<!-- activemq-lint-enable -->', NODES.replace('Consumer', 'B')].join('\n');
  assert.deepEqual(findings(securedBroker(USERS, all), 'wildcard-syntax').length, 1);
});

test('a comment cannot silence lint-comment, and a disabled rule id in it is checked like any other', () => {
  const text = securedBroker(USERS, `<!-- activemq-lint-disable lint-comment -->\n<!-- activemq-lint-ignore wildcard-sintax -->\n${NODES}`);
  const reported = findings(text, 'lint-comment');
  assert.ok(reported.some((r) => r.text === 'wildcard-sintax' && /Did you mean `wildcard-syntax`\?/.test(r.message)));
  assert.equal(findings(text, 'wildcard-syntax').length, 1, 'the misspelt id silences nothing');
  const fixed = fixRemoves(text, reported.find((r) => r.text === 'wildcard-sintax')!);
  assert.equal(findings(fixed, 'wildcard-syntax').length, 0, 'after the fix the id silences the finding');
});

test('an unknown directive says which ones exist; ESLint\'s disable-next-line is taken to mean ignore', () => {
  const text = securedBroker(USERS, `<!-- activemq-lint-disable-next-line wildcard-syntax -->\n${NODES}`);
  const [reported] = findings(text, 'lint-comment');
  assert.equal(reported.text, 'activemq-lint-disable-next-line');
  assert.match(reported.message, /not a linter comment.*`activemq-lint-ignore`, `activemq-lint-disable`, `activemq-lint-enable`.*Did you mean `activemq-lint-ignore`\?/);
  const fixed = fixRemoves(text, reported);
  assert.ok(fixed.includes('<!-- activemq-lint-ignore wildcard-syntax -->'));
  assert.deepEqual(findings(fixed, 'wildcard-syntax'), []);
});

test('a comment that silences nothing is reported faded, on the rule id, and its fix removes the id or the whole line', () => {
  const two = securedBroker(USERS, `<!-- activemq-lint-ignore wildcard-syntax, advisory-access -->\n${NODES}`);
  const [unused] = findings(two, 'lint-comment');
  assert.equal(unused.text, 'advisory-access');
  assert.equal(unused.severity, 'info');
  assert.ok(unused.problem.finding.unnecessary);
  assert.match(unused.message, /silences nothing: `advisory-access` reports nothing in the <authorizationEntry> after it/);
  assert.ok(fixRemoves(two, unused).includes('<!-- activemq-lint-ignore wildcard-syntax -->'));

  const alone = securedBroker(USERS, `<authorizationEntry queue="A" read="users"/>\n            <!-- activemq-lint-ignore wildcard-syntax -->\n<authorizationEntry queue="B" read="users"/>`);
  const [only] = findings(alone, 'lint-comment');
  assert.equal(only.text, 'wildcard-syntax');
  assert.equal(applyFix(alone, only), alone.replace('            <!-- activemq-lint-ignore wildcard-syntax -->\n', ''));
});

test('an ignore with no element after it in the same parent is reported; a rule turned off is never "unused"', () => {
  const dangling = securedBroker(USERS, `${NODES}\n<!-- activemq-lint-ignore wildcard-syntax -->`);
  const [reported] = findings(dangling, 'lint-comment');
  assert.equal(reported.text, 'activemq-lint-ignore');
  assert.match(reported.message, /no element follows it/);
  fixRemoves(dangling, reported);
  const off = securedBroker(USERS, `<!-- activemq-lint-ignore advisory-access -->\n<authorizationEntry queue="A" read="users"/>`);
  assert.deepEqual(findings(off, 'lint-comment', { rules: { 'advisory-access': 'off' } }), []);
  assert.equal(findings(off, 'lint-comment').length, 1);
});

test('a directive-like text inside CDATA is not a comment and silences nothing', () => {
  const cdata = securedBroker(USERS, `${NODES}`).replace('<plugins>', '<plugins><![CDATA[ <!-- activemq-lint-disable --> ]]>');
  assert.equal(findings(cdata, 'wildcard-syntax').length, 1);
});

test('SuppressionIndex finds a suppression exactly when some stretch of the rule (or of every rule) holds the offset', () => {
  fc.assert(fc.property(
    fc.array(fc.record({ ruleId: fc.constantFrom('a', 'b', '*'), start: fc.nat(200), length: fc.nat(80) }), { maxLength: 40 }),
    fc.constantFrom('a', 'b'),
    fc.nat(300),
    (stretches, ruleId, offset) => {
      const all = stretches.map((s) => ({ comment: {} as LintComment, ruleId: s.ruleId, span: { start: s.start, end: s.start + s.length } }));
      const found = new SuppressionIndex(all).at(ruleId, offset);
      const expected = all.some((s) => (s.ruleId === ruleId || s.ruleId === '*') && offset >= s.span.start && offset < s.span.end);
      assert.equal(found !== undefined, expected);
      if (found) assert.ok((found.ruleId === ruleId || found.ruleId === '*') && offset >= found.span.start && offset < found.span.end);
    },
  ), { seed: 20261125, numRuns: 500 });
});

ruleTester('lint-comment', {
  valid: [securedBroker(USERS, `<!-- activemq-lint-ignore wildcard-syntax -->\n${NODES}`)],
  invalid: [
    {
      name: 'a misspelt rule id, with the nearest',
      text: securedBroker(USERS, '<!-- activemq-lint-ignore [[wildcard-sintax]] -->\n<authorizationEntry queue="A" read="users"/>'),
      expect: [{ message: /No rule is called `wildcard-sintax`, so this comment silences nothing\. Did you mean `wildcard-syntax`\?/, severity: 'warning', fix: { title: 'Change to `wildcard-syntax`', output: /activemq-lint-ignore wildcard-syntax -->/ } }],
    },
    {
      name: 'a comment that silences nothing, removed by the fix',
      text: securedBroker(USERS, '<!-- activemq-lint-ignore [[group-without-members]] -->\n<authorizationEntry queue="A" read="users"/>'),
      expect: [{ message: /This comment silences nothing: `group-without-members` reports nothing in the <authorizationEntry> after it/, severity: 'info' }],
    },
  ],
});
