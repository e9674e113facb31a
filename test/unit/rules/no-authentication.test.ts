// no-authentication: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokerConfig, findings, fixRemoves, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('no-authentication', {
  valid: [securedBroker(USER, ENTRY)],
  invalid: [
    {
      text: brokerConfig('    <plugins>\n      <[[authorizationPlugin]]>\n        <map><authorizationMap><authorizationEntries/></authorizationMap></map>\n      </authorizationPlugin>\n    </plugins>'),
      expect: [{ message: /User is not authenticated/, severity: 'error', fix: { output: /<plugins>\n {6}<simpleAuthenticationPlugin>\n {8}<users>\n {10}<authenticationUser / } }],
    },
  ],
});

test('no-authentication: authorization alone, fixed by inserting a simpleAuthenticationPlugin', () => {
  const text = brokerConfig(`    <plugins>\n      <authorizationPlugin>\n        <map><authorizationMap><authorizationEntries/></authorizationMap></map>\n      </authorizationPlugin>\n    </plugins>`);
  const [f] = findings(text, 'no-authentication');
  assert.equal(f.text, 'authorizationPlugin');
  assert.match(f.message, /User is not authenticated/);
  const fixed = fixRemoves(text, f);
  assert.match(fixed, /<plugins>\n      <simpleAuthenticationPlugin>\n        <users>\n          <authenticationUser /);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'no-authentication'), []);
});
