// group-without-members: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, brokerConfig, findings, fixRemoves, securedBroker } from '../../helpers';
import { USERS, ADVISORY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('group-without-members', {
  valid: [securedBroker(USERS, '<authorizationEntry queue="A" read="*,users"/>')],
  invalid: [
    {
      name: 'wrong case: the nearest group, and each fix removes the finding',
      text: securedBroker(USERS, `              <authorizationEntry queue="ORDERS.>" read="[[Users]]" write="users"/>\n${ADVISORY}`),
      expect: [{ message: /No user belongs to group `Users`.*Did you mean `users` \(members: `system`, `app`\)/, severity: 'warning', fix: { title: 'Replace with `users`', output: /read="users" write="users"/ } }],
    },
  ],
});

test('group-without-members: wrong case, with the nearest group and fixes (replace, add to a user)', () => {
  const text = securedBroker(USERS, `              <authorizationEntry queue="ORDERS.>" read="Users" write="users"/>\n${ADVISORY}`);
  const [f] = findings(text, 'group-without-members');
  assert.equal(f.text, 'Users');
  assert.match(f.message, /Did you mean `users` \(members: `system`, `app`\)/);
  assert.match(fixRemoves(text, f, 'Replace with `users`'), /read="users" write="users"/);
  assert.match(fixRemoves(text, f, 'Add group `Users` to user `app`'), /username="app" password="\$\{app.password\}" groups="users,Users"/);
  assert.deepEqual(findings(securedBroker(USERS, '<authorizationEntry queue="A" read="*,users"/>'), 'group-without-members'), []);
});

test('group-without-members: a user name where a group belongs is explained', () => {
  const [f] = findings(securedBroker(USERS, '<authorizationEntry queue="A" read="app"/>'), 'group-without-members');
  assert.match(f.message, /`app` is a user name: ActiveMQ authorizes by group/);
});

test('group-without-members: with JAAS, groups come from the groups.properties that login.config names; silent otherwise', () => {
  const text = brokerConfig(`    <plugins>\n      <jaasAuthenticationPlugin configuration="activemq"/>\n      <authorizationPlugin><map><authorizationMap><authorizationEntries>\n        <authorizationEntry queue=">" read="admins,operators"/>\n      </authorizationEntries></authorizationMap></map></authorizationPlugin>\n    </plugins>`);
  assert.deepEqual(findings(text, 'group-without-members'), []);
  const files = { 'login.config': 'activemq {\n org.apache.activemq.jaas.PropertiesLoginModule required\n org.apache.activemq.jaas.properties.group="groups.properties";\n};', 'groups.properties': 'admins=admin\n' };
  const [operators, ...others] = findings(text, 'group-without-members', undefined, files);
  assert.deepEqual([operators.text, others.length], ['operators', 0]);
  assert.match(operators.message, /With JAAS, the groups are those of groups\.properties, which login\.config names\./);
  assert.equal(operators.problem.finding.related?.[0].in?.uri, 'file:///config/groups.properties');
});

// From group-without-members.test.ts:
// group-without-members: one finding per missing group per entry (AuthorizationBroker matches group principals by
// equals, so the whole entry misses that group, not one right of it); the entry's other rights are related places.

const OPS_USER = '          <authenticationUser username="ops" password="${ops.password}" groups="admins"/>';

test('group-without-members: an entry granting a missing group read, write and admin gives one finding, its rights in the message and related places', () => {
  const text = securedBroker(OPS_USER, [
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
  const text = securedBroker(OPS_USER, '<authorizationEntry queue=">" read="admin" write="admin" admin="admin"/>');
  const [f] = findings(text, 'group-without-members');
  const fixed = applyFix(text, f, 'Replace with `admins`');
  assert.equal(fixed, text.replace('read="admin" write="admin" admin="admin"', 'read="admins" write="admins" admin="admins"'));
  assert.deepEqual(findings(fixed, 'group-without-members'), []);
});

test('group-without-members: two missing groups in one entry are two findings; a group with members none', () => {
  const text = securedBroker(OPS_USER, '<authorizationEntry queue=">" read="admins,readers" write="writers,admins"/>');
  assert.deepEqual(findings(text, 'group-without-members').map((f) => f.text), ['readers', 'writers']);
  assert.deepEqual(findings(securedBroker(OPS_USER, '<authorizationEntry queue=">" read="admins" write="admins" admin="admins"/>'), 'group-without-members'), []);
});
