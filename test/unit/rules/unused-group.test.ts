// unused-group: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('unused-group', {
  valid: [securedBroker(USER, ENTRY)],
  invalid: [
    { text: securedBroker('          <authenticationUser username="a" password="${p}" groups="users,[[ops]]"/>', '<authorizationEntry queue=">" read="users"/>'), expect: [{ message: /No authorization entry grants group `ops` anything/, severity: 'hint' }] },
  ],
});

test('unused-group: a group users have that no entry grants, at the group token', () => {
  const text = securedBroker('          <authenticationUser username="a" password="${p}" groups="users,ops"/>', '<authorizationEntry queue=">" read="users"/>');
  assert.deepEqual(findings(text, 'unused-group').map((f) => f.text), ['ops']);
});
