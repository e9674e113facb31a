// group-without-members: one finding per missing group per entry (AuthorizationBroker matches group principals by
// equals, so the whole entry misses that group, not one right of it); the entry's other rights are related places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findings, securedBroker } from '../../helpers';

const USERS = '          <authenticationUser username="ops" password="${ops.password}" groups="admins"/>';

test('group-without-members: an entry granting a missing group read, write and admin gives one finding, its rights in the message and related places', () => {
  const text = securedBroker(USERS, [
    '<authorizationEntry queue=">" read="admin" write="admin" admin="admin"/>',
    '<authorizationEntry topic=">" read="admins,admin" write="admins"/>',
  ].join('\n'));
  const found = findings(text, 'group-without-members');
  assert.deepEqual(found.map((f) => [f.text, f.line]), [['admin', 12], ['admin', 13]]);
  assert.match(found[0].message, /^No user belongs to group `admin`, so this entry's read, write and admin grants reach nobody\. Did you mean `admins` \(members: `ops`\)\?/);
  assert.deepEqual(found[0].problem.finding.related?.map((r) => [text.slice(r.span.start, r.span.end), r.message]), [['admin', '`admin` granted write here too'], ['admin', '`admin` granted admin here too']]);
  assert.match(found[1].message, /^No user belongs to group `admin`, so this read grant reaches nobody\./);
  assert.equal(found[1].problem.finding.related, undefined);
});

test('group-without-members: the replacement fixes every right of the entry at once, so its finding is gone', () => {
  const text = securedBroker(USERS, '<authorizationEntry queue=">" read="admin" write="admin" admin="admin"/>');
  const [f] = findings(text, 'group-without-members');
  const fixed = applyFix(text, f, 'Replace with `admins`');
  assert.equal(fixed, text.replace('read="admin" write="admin" admin="admin"', 'read="admins" write="admins" admin="admins"'));
  assert.deepEqual(findings(fixed, 'group-without-members'), []);
});

test('group-without-members: two missing groups in one entry are two findings; a group with members none', () => {
  const text = securedBroker(USERS, '<authorizationEntry queue=">" read="admins,readers" write="writers,admins"/>');
  assert.deepEqual(findings(text, 'group-without-members').map((f) => f.text), ['readers', 'writers']);
  assert.deepEqual(findings(securedBroker(USERS, '<authorizationEntry queue=">" read="admins" write="admins" admin="admins"/>'), 'group-without-members'), []);
});
