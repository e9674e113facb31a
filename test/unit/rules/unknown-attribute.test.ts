// unknown-attribute: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixRemoves, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('unknown-attribute', {
  valid: [securedBroker(USER, ENTRY)],
  invalid: [
    {
      text: securedBroker(USER, '<authorizationEntry queue=">" [[group]]="users" [[reed]]="users"/>'),
      expect: [
        { message: /<authorizationEntry> has no attribute `group`/, severity: 'error' },
        { message: /did you mean `read`/, severity: 'error', fix: { title: 'Rename to `read`', output: /queue=">" group="users" read="users"/ } },
      ],
    },
  ],
});

test('unknown-attribute: a name the element lacks (with the nearest) and a value of the wrong type; placeholders pass', () => {
  const text = securedBroker(USER, '<authorizationEntry queue=">" group="users" reed="users"/>').replace('<simpleAuthenticationPlugin>', '<simpleAuthenticationPlugin anonymousAccessAllowed="yes">');
  const found = findings(text, 'unknown-attribute');
  assert.deepEqual(found.map((f) => f.text), ['yes', 'group', 'reed']);
  assert.match(found[0].message, /must be true or false/);
  assert.match(found[2].message, /did you mean `read`/);
  assert.match(fixRemoves(text, found[2]), /queue=">" group="users" read="users"/);
  const placeholders = securedBroker(USER, ENTRY).replace('<simpleAuthenticationPlugin>', '<simpleAuthenticationPlugin anonymousAccessAllowed="${anon}" xmlns:x="urn:x" x:any="1" id="auth">');
  assert.deepEqual(findings(placeholders, 'unknown-attribute'), []);
});

test('unknown-attribute: group= on an entry is reported at its name', () => {
  const text = securedBroker(USER, ENTRY.replace('read=', 'group='));
  const found = findings(text, 'unknown-attribute');
  assert.deepEqual(found.map((f) => f.text), ['group']);
  assert.match(found[0].message, /no attribute/);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'unknown-attribute'), []);
});
