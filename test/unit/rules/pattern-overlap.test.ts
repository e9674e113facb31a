// pattern-overlap: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findings, securedBroker } from '../../helpers';
import { USERS } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('pattern-overlap', {
  valid: [securedBroker(USERS, '<authorizationEntry queue="A.>" read="users"/>\n<authorizationEntry queue="B.>" read="admins"/>')],
  invalid: [
    {
      name: 'leaving a right out under a broader entry restricts nothing',
      text: securedBroker(USERS, '<authorizationEntry topic="[[mcollective.>]]" read="users" write="users" admin="users"/>\n<authorizationEntry topic="[[mcollective.nodes]]" read="users" admin="users"/>'),
      expect: [
        { message: /^Overlaps line 15; their rights add up on e\.g\. `mcollective\.nodes`/, severity: 'hint' },
        { message: /already grants `users` write on e\.g\. `mcollective\.nodes`, so leaving write out here restricts nothing/, severity: 'warning' },
      ],
    },
  ],
});

test('pattern-overlap: leaving a right out under a broader entry restricts nothing (the mcollective case)', () => {
  const text = securedBroker(USERS, [
    '<authorizationEntry topic="mcollective.>" read="users" write="users" admin="users"/>',
    '<authorizationEntry topic="mcollective.nodes" read="users" admin="users"/>',
    '<authorizationEntry topic="mcollective.>" read="admins"/>',
  ].join('\n'));
  const found = findings(text, 'pattern-overlap').filter((f) => f.severity === 'warning');
  assert.deepEqual(found.map((f) => f.text), ['mcollective.nodes', 'mcollective.>']);
  assert.match(found[0].message, /already grants `users` write on e.g. `mcollective.nodes`, so leaving write out here restricts nothing/);
  assert.match(found[1].message, /ActiveMQ merges both entries, so together they grant read: admins, users/);
  // Related places point at the entries that grant `users` those rights (not line 3's, which grants `admins`); the
  // editor shows their lines, so the text names the entry only.
  assert.deepEqual(found[0].problem.finding.related?.map((r) => text.slice(r.span.start, r.span.end) && r.message), ['overlapping entry topic="mcollective.>"']);
  assert.equal(found[0].problem.finding.related?.[0].span.start, text.indexOf('mcollective.>'));
  const adding = securedBroker(USERS, '<authorizationEntry queue=">" read="admins"/>\n<authorizationEntry queue="ORDERS.>" read="users"/>');
  assert.deepEqual(findings(adding, 'pattern-overlap').map((f) => f.severity), ['hint', 'hint']);
});

// From pattern-overlap.test.ts:
// pattern-overlap names the entries that really grant an entry's groups its rights (DefaultAuthorizationMap unions the
// groups of every matching entry, so an entry is redundant only where the same groups already get the same rights),
// and spots a duplicate that was probably meant for the other kind.

const OVERLAP_USERS = [
  '          <authenticationUser username="admin" password="${admin.password}" groups="admins"/>',
  '          <authenticationUser username="mc" password="${mc.password}" groups="mcollective"/>',
].join('\n');
const warnings = (text: string) => findings(text, 'pattern-overlap').filter((f) => f.severity === 'warning');

// The MCollective layout: `>` for admins, mcollective.> for mcollective, written twice on topic (line 17 repeats 16).
const MCOLLECTIVE = [
  '<authorizationEntry queue=">" read="admins" write="admins" admin="admins"/>',
  '<authorizationEntry topic=">" read="admins" write="admins" admin="admins"/>',
  '<authorizationEntry topic="mcollective.>" read="mcollective" write="mcollective" admin="mcollective"/>',
  '<authorizationEntry topic="mcollective.>" read="mcollective" write="mcollective" admin="mcollective"/>',
].join('\n');

test('pattern-overlap: an entry covered only by its exact duplicate names the duplicate, not a `>` that grants other groups', () => {
  const text = securedBroker(OVERLAP_USERS, MCOLLECTIVE);
  const [first, second, ...rest] = warnings(text);
  assert.equal(rest.length, 0);
  assert.deepEqual([first.line + 1, second.line + 1], [16, 17]);
  assert.equal(first.message, 'Entries add up: topic="mcollective.>" (line 17) already grants every right this entry grants, to the same groups, on e.g. `mcollective`, so this entry adds nothing.');
  assert.doesNotMatch(first.message, /topic=">"/);
  assert.deepEqual(first.problem.finding.related?.map((r) => r.message), ['overlapping entry topic="mcollective.>"']);
});

test('pattern-overlap: a container that grants the same groups is named, several together when each gives part', () => {
  const text = securedBroker(OVERLAP_USERS, [
    '<authorizationEntry topic=">" read="admins,mcollective"/>',
    '<authorizationEntry topic="mcollective.>" write="mcollective"/>',
    '<authorizationEntry topic="mcollective.nodes" read="mcollective" write="mcollective"/>',
  ].join('\n'));
  const f = warnings(text).find((w) => w.text === 'mcollective.nodes')!;
  assert.match(f.message, /^Entries add up: topic=">" \(line 14\) and topic="mcollective.>" \(line 15\) together already grant every right this entry grants, to the same groups/);
  // A broader entry for other groups makes nothing redundant: a hint only.
  const narrower = securedBroker(OVERLAP_USERS, '<authorizationEntry topic=">" read="admins" write="admins"/>\n<authorizationEntry topic="mcollective.>" read="mcollective"/>');
  assert.deepEqual(warnings(narrower), []);
});

test('pattern-overlap: two identical topic entries and no queue entry for their group: what the users lack, and the queue= fix', () => {
  const text = securedBroker(OVERLAP_USERS, MCOLLECTIVE);
  const twin = warnings(text)[1];
  assert.equal(twin.text, 'mcollective.>');
  assert.match(twin.message, /^The same destinations as topic="mcollective.>" \(line 16\): ActiveMQ merges both entries, so together they grant read: mcollective; write: mcollective; admin: mcollective\. If one of them was meant as queue="mcollective.>": no entry gives `mcollective` read, write and admin on queues matching `mcollective.>` \(e\.g\. `mcollective`\), so `mc` lacks them there\.$/);
  const fixed = applyFix(text, twin, 'Make this a queue entry: queue="mcollective.>"');
  const lines = fixed.split('\n');
  assert.equal(lines[16], '<authorizationEntry queue="mcollective.>" read="mcollective" write="mcollective" admin="mcollective"/>');
  assert.equal(fixed, text.replace(/topic="mcollective.>"(?![\s\S]*topic="mcollective.>")/, 'queue="mcollective.>"'));
  assert.deepEqual(warnings(fixed), [], 'after the fix neither entry is reported');
});

test('pattern-overlap: no other-kind suggestion when that kind is granted, the twins differ in rights, or the twin is on queue with topics granted', () => {
  const granted = securedBroker(OVERLAP_USERS, `${MCOLLECTIVE}\n<authorizationEntry queue="mcollective.>" read="mcollective" write="mcollective" admin="mcollective"/>`);
  const twin = warnings(granted).find((f) => f.line + 1 === 17)!;
  assert.doesNotMatch(twin.message, /meant as/);
  assert.equal(twin.problem.finding.data, undefined);
  const differing = securedBroker(OVERLAP_USERS, '<authorizationEntry topic="A.>" read="mcollective"/>\n<authorizationEntry topic="A.>" write="mcollective"/>');
  assert.doesNotMatch(warnings(differing)[0].message, /meant as/);
  const broadQueue = securedBroker(OVERLAP_USERS, '<authorizationEntry queue=">" read="mcollective" write="mcollective" admin="mcollective"/>\n<authorizationEntry topic="B.>" read="mcollective"/>\n<authorizationEntry topic="B.>" read="mcollective"/>');
  assert.doesNotMatch(warnings(broadQueue).map((f) => f.message).join('\n'), /meant as/);
});

test('pattern-overlap: no other-kind suggestion when every member of the group gets the rights through another group (corpus 045)', () => {
  // `mc` is in mcollective and admins; queue=">" gives admins everything, so nobody lacks a queue entry for mcollective.
  const both = OVERLAP_USERS.replace('groups="mcollective"', 'groups="mcollective,admins"');
  const text = securedBroker(both, MCOLLECTIVE);
  assert.doesNotMatch(warnings(text).map((f) => f.message).join('\n'), /meant as/);
});

test('pattern-overlap: the rights summary names each group once, sorted, however many the entries list', () => {
  // A group written twice in one list and again in the partner's: once; twenty names as sorted as two.
  const few = securedBroker(USERS, '<authorizationEntry queue=">" read="users" admin="admins,users,admins"/>\n<authorizationEntry queue="ORDERS.>" read="users,admins" write="users" admin="ops"/>');
  const hint = findings(few, 'pattern-overlap').find((f) => f.text === 'ORDERS.>');
  assert.match(hint?.message ?? '', /: read: admins, users; write: users; admin: admins, ops, users\.$/);
  const many = Array.from({ length: 20 }, (_, i) => `team${String(19 - i).padStart(2, '0')}`);
  const wide = securedBroker(USERS, `<authorizationEntry queue=">" read="${many.join(',')}"/>\n<authorizationEntry queue="ORDERS.>" read="${many.slice(0, 5).join(',')},users" write="users" admin="ops"/>`);
  const wideHint = findings(wide, 'pattern-overlap').find((f) => f.text === 'ORDERS.>');
  assert.match(wideHint?.message ?? '', new RegExp(`: read: ${[...many].sort().join(', ')}, users; write: users; admin: ops\\.$`));
});
