// no-users: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokerConfig, findings, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('no-users', {
  valid: [securedBroker(USER, ENTRY), brokerConfig('    <plugins><simpleAuthenticationPlugin anonymousAccessAllowed="true"/></plugins>')],
  invalid: [{ text: brokerConfig('    <plugins><[[simpleAuthenticationPlugin]]/></plugins>'), expect: [{ message: /no users and no anonymous access/, severity: 'warning' }] }],
});

test('no-users: a simpleAuthenticationPlugin without users, unless anonymous access is allowed', () => {
  const noUsers = brokerConfig('    <plugins><simpleAuthenticationPlugin/></plugins>');
  assert.deepEqual(findings(noUsers, 'no-users').map((f) => f.text), ['simpleAuthenticationPlugin']);
  const anonymous = brokerConfig('    <plugins><simpleAuthenticationPlugin anonymousAccessAllowed="true"/></plugins>');
  assert.deepEqual(findings(anonymous, 'no-users'), []);
});
