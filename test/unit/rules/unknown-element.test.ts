// unknown-element: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, brokerConfig, findings, fixRemoves, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('unknown-element', {
  valid: [
    securedBroker(USER, ENTRY),
    { name: 'Spring beans and untyped lists pass', text: brokerConfig('    <plugins><bean xmlns="http://www.springframework.org/schema/beans" class="x.Y"/><loggingBrokerPlugin/></plugins>') },
  ],
  invalid: [
    {
      name: 'a misspelt entry, renamed by the fix',
      text: securedBroker(USER, '<[[authorizationEntri]] queue="APP.>" read="users"/>'),
      expect: [{ message: /did you mean <authorizationEntry>/, severity: 'error', fix: { title: 'Rename to <authorizationEntry>', output: securedBroker(USER, '<authorizationEntry queue="APP.>" read="users"/>') } }],
    },
  ],
});

test('unknown-element: misspelt, wrong case and wrong depth, with a rename fix; Spring beans and untyped lists pass', () => {
  const text = securedBroker(USER, ENTRY).replace('<authorizationEntries>', '<authorizationEntrys>').replace('</authorizationEntries>', '</authorizationEntrys>');
  const [f] = findings(text, 'unknown-element');
  assert.equal(f.text, 'authorizationEntrys');
  assert.match(f.message, /did you mean <authorizationEntries>/);
  assert.match(fixRemoves(text, f), /<authorizationEntries>[\s\S]*<\/authorizationEntries>/);
  const caseText = securedBroker(USER, ENTRY).replace('<authorizationPlugin>', '<AuthorizationPlugin>').replace('</authorizationPlugin>', '</AuthorizationPlugin>');
  assert.match(findings(caseText, 'unknown-element')[0].message, /did you mean <authorizationPlugin>/);
  const depth = brokerConfig('    <plugins><simpleAuthenticationPlugin/><authorizationPlugin><map><authorizationMap>\n      <authorizationEntry queue=">" read="a"/>\n    </authorizationMap></map></authorizationPlugin></plugins>');
  assert.match(findings(depth, 'unknown-element')[0].message, /belongs inside <authorizationEntries>/);
  const bean = brokerConfig('    <plugins><bean xmlns="http://www.springframework.org/schema/beans" class="x.Y"/><loggingBrokerPlugin/></plugins>');
  assert.deepEqual(findings(bean, 'unknown-element'), []);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'unknown-element'), []);
});

test('unknown-element: misspelt entry is reported at its name and renamed by the fix', () => {
  const text = securedBroker(USER, ENTRY.replace('authorizationEntry', 'authorizationEntri'));
  const found = findings(text, 'unknown-element');
  assert.deepEqual(found.map((f) => f.text), ['authorizationEntri']);
  assert.match(found[0].message, /authorizationEntry/);
  assert.equal(applyFix(text, found[0]), securedBroker(USER, ENTRY));
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'unknown-element'), []);
});
