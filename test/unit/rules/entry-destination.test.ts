// entry-destination: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, securedBroker } from '../../helpers';
import { USER, ENTRY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('entry-destination', {
  valid: [securedBroker(USER, ENTRY), securedBroker(USER, '<authorizationEntry topic="A.>" read="users"/>')],
  invalid: [
    {
      text: securedBroker(USER, '<[[authorizationEntry]] read="users"/>\n<authorizationEntry [[queue]]="A" topic="A" read="users"/>'),
      expect: [
        { message: /names no destination.*NullPointerException/, severity: 'error' },
        { message: /ignores this `queue`: .*`topic="A"` of the same entry replaces it/, severity: 'error' },
      ],
    },
  ],
});

test('entry-destination: none, two, empty, and temp attributes among the entries', () => {
  const text = securedBroker(USER, [
    '<authorizationEntry read="users"/>',
    '<authorizationEntry queue="A" topic="A" read="users"/>',
    '<authorizationEntry queue="" read="users"/>',
    '<authorizationEntry topic="B" queue="B" read="users"/>',
    '<authorizationEntry tempQueue="true" read="users"/>',
  ].join('\n'));
  const found = findings(text, 'entry-destination');
  // queue= and topic= on one entry: the topic survives in either order (broker test: entry-destination).
  assert.deepEqual(found.map((f) => f.text), ['authorizationEntry', 'queue', 'queue', 'queue', 'tempQueue']);
  assert.match(found[0].message, /NullPointerException/);
  assert.match(found[1].message, /ignores this `queue`: .*`topic="A"` of the same entry replaces it/);
  assert.match(found[3].message, /ignores this `queue`: .*`topic="B"`/);
  assert.match(found[4].message, /tempDestinationAuthorizationEntry/);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'entry-destination'), []);
});
