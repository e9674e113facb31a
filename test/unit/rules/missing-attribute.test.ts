// missing-attribute: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('missing-attribute', {
  valid: [securedBroker(USER, ENTRY)],
  invalid: [
    {
      name: 'no username is an error, no password a warning',
      text: securedBroker('          <[[authenticationUser]] password="x" groups="users"/>\n          <[[authenticationUser]] username="b" groups="users"/>', ENTRY),
      expect: [
        { message: /This user has no `username`/, severity: 'error' },
        { message: /User `b` has no `password`.*User name \[b\] or password is invalid/, severity: 'warning' },
      ],
    },
  ],
});

test('missing-attribute: no username is an error, no password a warning, at the element name', () => {
  const text = securedBroker('          <authenticationUser password="x" groups="users"/>\n          <authenticationUser username="b" groups="users"/>', ENTRY);
  const found = findings(text, 'missing-attribute');
  assert.deepEqual(found.map((f) => [f.text, f.severity]), [['authenticationUser', 'error'], ['authenticationUser', 'warning']]);
  assert.match(found[1].message, /User name \[b\] or password is invalid/);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'missing-attribute'), []);
});
