// no-authorization: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokerConfig, findings, fixRemoves, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('no-authorization', {
  valid: [securedBroker(USER, ENTRY), { name: 'nobody logs in', text: brokerConfig('    <plugins><simpleAuthenticationPlugin/></plugins>') }],
  invalid: [
    {
      text: brokerConfig(`    <plugins>\n      <[[simpleAuthenticationPlugin]]>\n        <users>\n${USER}\n        </users>\n      </simpleAuthenticationPlugin>\n    </plugins>`),
      expect: [{ message: /^Users must log in, but no authorizationPlugin limits them/, severity: 'warning', fix: { output: /<authorizationEntry topic="ActiveMQ.Advisory.>" read="users" write="users" admin="users"\/>/ } }],
    },
  ],
});

// From anonymous-no-authorization.test.ts:
// Anonymous access without an authorizationPlugin: SimpleAuthenticationBroker lets a connection without credentials
// in as the anonymous user, and without AuthorizationBroker in the chain nothing checks what it does.

const USERS = '<users><authenticationUser username="app" password="${app.password}" groups="users"/></users>';
const plugins = (inner: string) => brokerConfig(`    <plugins>\n      ${inner}\n    </plugins>`);

test('no-authorization: speaks of users who log in, and leaves anonymous-only brokers to anonymous-access', () => {
  assert.deepEqual(findings(plugins('<simpleAuthenticationPlugin anonymousAccessAllowed="true"/>'), 'no-authorization'), []);
  const [f] = findings(plugins(`<simpleAuthenticationPlugin anonymousAccessAllowed="true">${USERS}</simpleAuthenticationPlugin>`), 'no-authorization');
  assert.match(f.message, /^Users log in \(anonymous clients may too\), but no authorizationPlugin limits them/);
  assert.match(findings(plugins(`<simpleAuthenticationPlugin>${USERS}</simpleAuthenticationPlugin>`), 'no-authorization')[0].message, /^Users must log in, but/);
  assert.equal(findings(plugins('<jaasAuthenticationPlugin configuration="activemq"/>'), 'no-authorization').length, 1);
});

test('no-authorization: silent where a simpleAuthenticationPlugin without users lets nobody log in (no-users says so)', () => {
  const nobody = plugins('<simpleAuthenticationPlugin/>');
  assert.deepEqual(findings(nobody, 'no-authorization'), []);
  assert.equal(findings(nobody, 'no-users').length, 1);
  assert.deepEqual(findings(plugins('<simpleAuthenticationPlugin><users></users></simpleAuthenticationPlugin>'), 'no-authorization'), []);
});

test('no-authorization: nobody logs in, or entries exist: silent; users without a map: the fix adds one with the advisory entry', () => {
  const noUsers = brokerConfig('    <plugins><simpleAuthenticationPlugin/></plugins>');
  assert.deepEqual(findings(noUsers, 'no-authorization'), [], 'nobody logs in: there is nobody for authorization to limit');
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'no-authorization'), []);
  const withUsers = brokerConfig(`    <plugins>\n      <simpleAuthenticationPlugin>\n        <users>\n${USER}\n        </users>\n      </simpleAuthenticationPlugin>\n    </plugins>`);
  const [f] = findings(withUsers, 'no-authorization');
  const fixed = fixRemoves(withUsers, f);
  assert.match(fixed, /<\/simpleAuthenticationPlugin>\n      <authorizationPlugin>\n        <map>/);
  assert.match(fixed, /<authorizationEntry topic="ActiveMQ.Advisory.>" read="users" write="users" admin="users"\/>/);
  assert.deepEqual(findings(fixed, 'advisory-access'), []);
});
