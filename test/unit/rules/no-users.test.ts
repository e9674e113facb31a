// no-users: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokerConfig, findings } from '../../helpers';
import { ruleTester } from './ruleTester';

ruleTester('no-users', {
  valid: [],
  invalid: [],
});

test('no-users: a simpleAuthenticationPlugin without users, unless anonymous access is allowed', () => {
  const noUsers = brokerConfig('    <plugins><simpleAuthenticationPlugin/></plugins>');
  assert.deepEqual(findings(noUsers, 'no-users').map((f) => f.text), ['simpleAuthenticationPlugin']);
  const anonymous = brokerConfig('    <plugins><simpleAuthenticationPlugin anonymousAccessAllowed="true"/></plugins>');
  assert.deepEqual(findings(anonymous, 'no-users'), []);
});
