// missing-element: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokerConfig, findings, fixRemoves, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('missing-element', {
  valid: [securedBroker(USER, ENTRY)],
  invalid: [
    { name: 'an authorizationPlugin without a map', text: brokerConfig('    <plugins><simpleAuthenticationPlugin/><[[authorizationPlugin]]/></plugins>'), expect: [{ message: /has no <map>: ActiveMQ refuses to start/, severity: 'error' }] },
    {
      name: 'an authorizationMap without entries, with the fix that adds them',
      text: brokerConfig('    <plugins>\n      <authorizationPlugin>\n        <map>\n          <[[authorizationMap]]>\n          </authorizationMap>\n        </map>\n      </authorizationPlugin>\n    </plugins>'),
      expect: [{ message: /authorizationEntries/, fix: { output: /<authorizationMap>\n {12}<authorizationEntries>\n {12}<\/authorizationEntries>\n {10}<\/authorizationMap>/ } }],
    },
  ],
});

test('missing-element: no map, no authorizationEntries (with a fix), a foreign element among entries', () => {
  const noMap = brokerConfig(`    <plugins><simpleAuthenticationPlugin/><authorizationPlugin/></plugins>`);
  assert.deepEqual(findings(noMap, 'missing-element').map((f) => f.text), ['authorizationPlugin']);
  const noEntries = brokerConfig(`    <plugins>\n      <authorizationPlugin>\n        <map>\n          <authorizationMap>\n          </authorizationMap>\n        </map>\n      </authorizationPlugin>\n    </plugins>`);
  const [f] = findings(noEntries, 'missing-element');
  assert.equal(f.text, 'authorizationMap');
  assert.match(fixRemoves(noEntries, f), /<authorizationMap>\n            <authorizationEntries>\n            <\/authorizationEntries>\n          <\/authorizationMap>/);
  const foreign = securedBroker(USER, '<tempDestinationAuthorizationEntry read="users"/>');
  assert.match(findings(foreign, 'missing-element')[0].message, /ClassCastException/);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'missing-element'), []);
});
