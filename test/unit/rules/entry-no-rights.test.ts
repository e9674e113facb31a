// entry-no-rights: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('entry-no-rights', {
  valid: [],
  invalid: [],
});

test('entry-no-rights and user-without-groups', () => {
  const text = securedBroker('          <authenticationUser username="lonely" password="${p}"/>', '<authorizationEntry queue="A"/>');
  assert.deepEqual(findings(text, 'entry-no-rights').map((f) => f.text), ['authorizationEntry']);
  const users = findings(text, 'user-without-groups');
  assert.equal(users[0].text, 'authenticationUser');
  assert.match(users[0].message, /`lonely` has no groups/);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'entry-no-rights'), []);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'user-without-groups'), []);
});
