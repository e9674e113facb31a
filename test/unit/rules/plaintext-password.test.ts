// plaintext-password: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixRemoves, securedBroker } from '../../helpers';
import { USER, ADVISORY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('plaintext-password', {
  valid: [securedBroker(USER, ADVISORY)],
  invalid: [
    {
      text: securedBroker('          <authenticationUser username="bob" password="[[Kx9-long-and-random]]" groups="admins"/>', ADVISORY),
      expect: [{ message: /A literal password in the file; `\$\{bob.password\}`/, severity: 'info', fix: { output: /password="\$\{bob.password\}"/ } }],
    },
  ],
});

test('plaintext-password: a literal password, at its value, with the fix that makes it a placeholder', () => {
  const text = securedBroker('          <authenticationUser username="system" password="${activemq.password}" groups="admins"/>\n          <authenticationUser username="bob" password="bob" groups="admins"/>', ADVISORY);
  const [plain] = findings(text, 'plaintext-password');
  assert.equal(plain.text, 'bob');
  assert.match(fixRemoves(text, plain), /password="\$\{bob.password\}"/);
});
