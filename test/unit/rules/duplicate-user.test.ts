// duplicate-user: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('duplicate-user', {
  valid: [securedBroker(USER, ENTRY)],
  invalid: [
    {
      name: 'the earlier definition is reported, naming the line that wins',
      text: securedBroker('          <authenticationUser username="[[app]]" password="${app.password}" groups="users"/>\n          <authenticationUser username="app" password="x" groups="admins"/>', ENTRY),
      expect: [{ message: /User `app` is defined again at line 7; ActiveMQ keeps only that last definition/, severity: 'error' }],
    },
  ],
});

test('duplicate-user: the earlier definition is reported, naming the line that wins', () => {
  const text = securedBroker(`${USER}\n          <authenticationUser username="app" password="x" groups="admins"/>`, ENTRY);
  const [f] = findings(text, 'duplicate-user');
  assert.equal(f.text, 'app');
  assert.equal(f.line, 5);
  assert.match(f.message, /defined again at line 7/);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'duplicate-user'), []);
});
