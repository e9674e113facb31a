// user-without-groups: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, brokerConfig, findings, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('user-without-groups', {
  valid: [securedBroker(USER, ENTRY)],
  invalid: [
    { name: 'no groups attribute', text: securedBroker('          <[[authenticationUser]] username="lonely" password="${p}"/>', ENTRY), expect: [{ message: /User `lonely` has no groups/, severity: 'warning' }] },
  ],
});

// From user-without-rights.test.ts:
// A user whose groups no entry grants anything: AuthorizationBroker matches group principals by equals, so that user
// is refused everywhere (user-without-groups), with the granted group nearest to the one written as the fix.

const ENTRIES = '<authorizationEntry queue=">" read="admins" write="admins" admin="admins"/>\n<authorizationEntry topic=">" read="admins,users" write="admins"/>';
const user = (name: string, groups: string) => `          <authenticationUser username="${name}" password="\${${name}.password}" groups="${groups}"/>`;

test('user-without-groups: a user in `admin` while entries grant `admins` may do nothing; the fix names the near miss', () => {
  const text = securedBroker([user('ops', 'admins'), user('admin', 'admin')].join('\n'), ENTRIES);
  const [f, ...rest] = findings(text, 'user-without-groups');
  assert.equal(rest.length, 0);
  assert.deepEqual([f.text, f.severity], ['admin', 'warning']);
  assert.equal(f.message, 'User `admin` can log in but may do nothing: no authorization entry grants its group `admin` anything. Did you mean `admins` (members: `ops`)?');
  const fixed = applyFix(text, f, 'Replace with `admins`');
  assert.equal(fixed, text.replace('groups="admin"/>', 'groups="admins"/>'));
  assert.deepEqual(findings(fixed, 'user-without-groups'), []);
});

test('user-without-groups: several groups none of which is granted, no near miss: the granted groups are listed', () => {
  const [f] = findings(securedBroker(user('app', 'apps,readers'), ENTRIES), 'user-without-groups');
  assert.equal(f.text, 'apps,readers');
  assert.match(f.message, /no authorization entry grants any of its groups `apps`, `readers` anything\. The entries grant `admins`, `users`\./);
});

test('user-without-groups: silent when one group is granted, when `*` is granted, or when the map lives elsewhere', () => {
  assert.deepEqual(findings(securedBroker(user('app', 'apps,users'), ENTRIES), 'user-without-groups'), []);
  assert.deepEqual(findings(securedBroker(user('app', 'apps'), `${ENTRIES}\n<authorizationEntry queue="PUBLIC.>" read="*"/>`), 'user-without-groups'), []);
  // A group granted only on temporary destinations is still a right.
  const temp = '\n            <tempDestinationAuthorizationEntry>\n              <tempDestinationAuthorizationEntry read="apps" write="apps" admin="apps"/>\n            </tempDestinationAuthorizationEntry>';
  assert.deepEqual(findings(securedBroker(user('app', 'apps'), ENTRIES, '', temp), 'user-without-groups'), []);
  const ldap = brokerConfig(`    <plugins>\n      <simpleAuthenticationPlugin><users>${user('app', 'apps')}</users></simpleAuthenticationPlugin>\n      <authorizationPlugin><map><cachedLDAPAuthorizationMap connectionURL="ldap://ldap:389"/></map></authorizationPlugin>\n    </plugins>`);
  assert.deepEqual(findings(ldap, 'user-without-groups'), []);
});

test('user-without-groups: a user without a groups attribute, at its element name', () => {
  const text = securedBroker('          <authenticationUser username="lonely" password="${p}"/>', '<authorizationEntry queue="A"/>');
  const users = findings(text, 'user-without-groups');
  assert.equal(users[0].text, 'authenticationUser');
  assert.match(users[0].message, /`lonely` has no groups/);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'user-without-groups'), []);
});
