// missing-attribute: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('missing-attribute', {
  valid: [],
  invalid: [],
});

test('missing-attribute: no username is an error, no password a warning, at the element name', () => {
  const text = securedBroker('          <authenticationUser password="x" groups="users"/>\n          <authenticationUser username="b" groups="users"/>', ENTRY);
  const found = findings(text, 'missing-attribute');
  assert.deepEqual(found.map((f) => [f.text, f.severity]), [['authenticationUser', 'error'], ['authenticationUser', 'warning']]);
  assert.match(found[1].message, /User name \[b\] or password is invalid/);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'missing-attribute'), []);
});
