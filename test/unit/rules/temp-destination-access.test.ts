// temp-destination-access: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixRemoves, securedBroker } from '../../helpers';
import { USERS, ADVISORY, TEMP } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('temp-destination-access', {
  valid: [securedBroker(USERS, ADVISORY, '', TEMP)],
  invalid: [
    {
      name: 'no temp entry: the fix inserts one',
      text: securedBroker(USERS, ADVISORY).replace('<authorizationMap>', '<[[authorizationMap]]>'),
      expect: [{ message: /No tempDestinationAuthorizationEntry/, severity: 'info', fix: { output: /<tempDestinationAuthorizationEntry read="admins,users" write="admins,users" admin="admins,users"\/>/ } }],
    },
  ],
});

test('temp-destination-access: no temp entry (fix inserts one), users lacking admin in it', () => {
  const text = securedBroker(USERS, ADVISORY);
  const [f] = findings(text, 'temp-destination-access');
  assert.equal(f.text, 'authorizationMap');
  assert.match(fixRemoves(text, f), /<tempDestinationAuthorizationEntry>\n\s+<tempDestinationAuthorizationEntry read="admins,users" write="admins,users" admin="admins,users"\/>\n\s+<\/tempDestinationAuthorizationEntry>/);
  const partial = securedBroker(USERS, ADVISORY, '', TEMP.replace('admin="users"', 'admin="admins"'));
  assert.match(findings(partial, 'temp-destination-access')[0].message, /`app` lack admin/);
  assert.deepEqual(findings(securedBroker(USERS, ADVISORY, '', TEMP), 'temp-destination-access'), []);
});
