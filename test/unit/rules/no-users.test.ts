// no-users: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokerConfig, findings, fixRemoves, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('no-users', {
  valid: [],
  invalid: [],
});

test('no-users and no-authorization', () => {
  const noUsers = brokerConfig('    <plugins><simpleAuthenticationPlugin/></plugins>');
  assert.deepEqual(findings(noUsers, 'no-users').map((f) => f.text), ['simpleAuthenticationPlugin']);
  assert.deepEqual(findings(noUsers, 'no-authorization'), [], 'nobody logs in: there is nobody for authorization to limit');
  const anonymous = brokerConfig('    <plugins><simpleAuthenticationPlugin anonymousAccessAllowed="true"/></plugins>');
  assert.deepEqual(findings(anonymous, 'no-users'), []);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'no-authorization'), []);
  const withUsers = brokerConfig(`    <plugins>\n      <simpleAuthenticationPlugin>\n        <users>\n${USER}\n        </users>\n      </simpleAuthenticationPlugin>\n    </plugins>`);
  const [f] = findings(withUsers, 'no-authorization');
  const fixed = fixRemoves(withUsers, f);
  assert.match(fixed, /<\/simpleAuthenticationPlugin>\n      <authorizationPlugin>\n        <map>/);
  assert.match(fixed, /<authorizationEntry topic="ActiveMQ.Advisory.>" read="users" write="users" admin="users"\/>/);
  assert.deepEqual(findings(fixed, 'advisory-access'), []);
});
