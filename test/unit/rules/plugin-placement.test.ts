// plugin-placement: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokerConfig, findings, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('plugin-placement', {
  valid: [securedBroker(USER, ENTRY)],
  invalid: [
    {
      name: 'outside <plugins>, twice, and a second <plugins>',
      text: brokerConfig('    <[[simpleAuthenticationPlugin]]/>\n    <plugins><authorizationPlugin/><[[authorizationPlugin]]/></plugins>\n    <[[plugins]]/>'),
      expect: [
        { message: /must stand directly in the broker's <plugins>/, severity: 'error' },
        { message: /<authorizationPlugin> appears twice/, severity: 'error' },
        { message: /A second <plugins> \(the first is at line 4\)/, severity: 'error' },
      ],
    },
  ],
});

test('plugin-placement: outside <plugins>, twice, and a second <plugins>', () => {
  const text = brokerConfig(`    <simpleAuthenticationPlugin/>\n    <plugins><authorizationPlugin/><authorizationPlugin/></plugins>\n    <plugins/>`);
  const found = findings(text, 'plugin-placement');
  assert.deepEqual(found.map((f) => [f.text, f.line]), [['simpleAuthenticationPlugin', 2], ['authorizationPlugin', 3], ['plugins', 4]]);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'plugin-placement'), []);
});
