// entry-no-rights: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('entry-no-rights', {
  valid: [securedBroker(USER, ENTRY)],
  invalid: [{ text: securedBroker(USER, '<[[authorizationEntry]] queue="A"/>'), expect: [{ message: /grants no read, write or admin/, severity: 'warning' }] }],
});

test('entry-no-rights: an entry that grants nothing, at its name', () => {
  const text = securedBroker('          <authenticationUser username="lonely" password="${p}"/>', '<authorizationEntry queue="A"/>');
  assert.deepEqual(findings(text, 'entry-no-rights').map((f) => f.text), ['authorizationEntry']);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'entry-no-rights'), []);
});
