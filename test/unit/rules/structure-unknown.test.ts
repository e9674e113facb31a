// unknown-element / unknown-attribute: exact ranges, a near miss, and the rename fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findings, securedBroker } from '../../helpers';

const USER = '          <authenticationUser username="app" password="${app.password}" groups="users"/>';
const ENTRY = '              <authorizationEntry queue="APP.>" read="users" write="users" admin="users"/>';

test('unknown-element: misspelt entry is reported at its name and renamed by the fix', () => {
  const text = securedBroker(USER, ENTRY.replace('authorizationEntry', 'authorizationEntri'));
  const found = findings(text, 'unknown-element');
  assert.deepEqual(found.map((f) => f.text), ['authorizationEntri']);
  assert.match(found[0].message, /authorizationEntry/);
  assert.equal(applyFix(text, found[0]), securedBroker(USER, ENTRY));
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'unknown-element'), []);
});

test('unknown-attribute: group= on an entry is reported at its name', () => {
  const text = securedBroker(USER, ENTRY.replace('read=', 'group='));
  const found = findings(text, 'unknown-attribute');
  assert.deepEqual(found.map((f) => f.text), ['group']);
  assert.match(found[0].message, /no attribute/);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'unknown-attribute'), []);
});
