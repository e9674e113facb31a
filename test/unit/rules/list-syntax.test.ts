// list-syntax: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixRemoves, securedBroker } from '../../helpers';
import { USER } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('list-syntax', {
  valid: [securedBroker(USER, '<authorizationEntry queue="A" read="admins, users" write="users"/>')],
  invalid: [
    {
      text: securedBroker(USER, '<authorizationEntry queue="A" read="[[admins users]]" write="a,[[ ]],b"/>'),
      expect: [
        { message: /"admins users" is ONE group/, severity: 'warning', fix: { output: /read="admins,users"/ } },
        { message: /A blank item in `write`/, severity: 'warning', fix: { output: /write="a,b"/ } },
      ],
    },
    {
      name: 'CRLF line ends and tabs: the range and the fix stay exact',
      text: securedBroker(USER, '\t<authorizationEntry queue="A" read="[[admins users]]"/>').replace(/\n/g, '\r\n'),
      expect: [{ message: /"admins users" is ONE group/, fix: { output: /\r\n\t<authorizationEntry queue="A" read="admins,users"\/>\r\n/ } }],
    },
  ],
});

test('list-syntax: blanks and space separators are reported, spaces after commas are not', () => {
  const text = securedBroker(USER, '<authorizationEntry queue="A" read="admins users" write="a, ,b" admin="admins, users"/>');
  const found = findings(text, 'list-syntax');
  assert.deepEqual(found.map((f) => f.text), ['admins users', ' ']);
  assert.match(found[0].message, /ONE group/);
  assert.match(fixRemoves(text, found[0]), /read="admins,users"/);
});
