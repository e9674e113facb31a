// anonymous-access: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokerConfig, findings } from '../../helpers';
import { ruleTester } from './ruleTester';

ruleTester('anonymous-access', {
  valid: [brokerConfig('    <plugins>\n      <simpleAuthenticationPlugin anonymousAccessAllowed="true"/>\n      <authorizationPlugin><map><authorizationMap><authorizationEntries>\n        <authorizationEntry topic="ActiveMQ.Advisory.>" read="anonymous" admin="anonymous"/>\n      </authorizationEntries></authorizationMap></map></authorizationPlugin>\n    </plugins>')],
  invalid: [
    {
      name: 'the anonymous group writing, and * reading',
      text: brokerConfig('    <plugins>\n      <simpleAuthenticationPlugin anonymousAccessAllowed="true"/>\n      <authorizationPlugin><map><authorizationMap><authorizationEntries>\n        <authorizationEntry queue="PUBLIC.>" read="anonymous" write="[[anonymous]]"/>\n        <authorizationEntry queue="ALL.>" read="[[*]]"/>\n      </authorizationEntries></authorizationMap></map></authorizationPlugin>\n    </plugins>'),
      expect: [{ message: /get write on queue="PUBLIC.>" \(line 6\)/, severity: 'warning' }, { message: /`\*` includes anonymous connections/, severity: 'warning' }],
    },
  ],
});

test('anonymous-access: the anonymous group writing, or *, but not advisory entries', () => {
  const text = brokerConfig(`    <plugins>\n      <simpleAuthenticationPlugin anonymousAccessAllowed="true"/>\n      <authorizationPlugin><map><authorizationMap><authorizationEntries>\n        <authorizationEntry queue="PUBLIC.>" read="anonymous" write="anonymous"/>\n        <authorizationEntry queue="ALL.>" read="*"/>\n        <authorizationEntry topic="ActiveMQ.Advisory.>" read="anonymous" admin="anonymous"/>\n      </authorizationEntries></authorizationMap></map></authorizationPlugin>\n    </plugins>`);
  assert.deepEqual(findings(text, 'anonymous-access').map((f) => [f.text, f.line]), [['anonymous', 5], ['*', 6]]);
});

// From anonymous-no-authorization.test.ts:
// Anonymous access without an authorizationPlugin: SimpleAuthenticationBroker lets a connection without credentials
// in as the anonymous user, and without AuthorizationBroker in the chain nothing checks what it does.

const USERS = '<users><authenticationUser username="app" password="${app.password}" groups="users"/></users>';
const AUTHZ = '<authorizationPlugin><map><authorizationMap><authorizationEntries><authorizationEntry queue="PUBLIC.>" read="anonymous"/></authorizationEntries></authorizationMap></map></authorizationPlugin>';
const plugins = (inner: string) => brokerConfig(`    <plugins>\n      ${inner}\n    </plugins>`);

test('anonymous-access: anonymousAccessAllowed with no authorizationPlugin lets anonymous clients do everything', () => {
  const text = plugins('<simpleAuthenticationPlugin anonymousAccessAllowed="true"/>');
  const [f, ...rest] = findings(text, 'anonymous-access');
  assert.equal(rest.length, 0);
  assert.equal(f.text, 'true');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /no authorizationPlugin limits it: any client that connects without a username may read, write, create and delete every queue and topic/);
  // With users as well, the anonymous door is still open.
  assert.equal(findings(plugins(`<simpleAuthenticationPlugin anonymousAccessAllowed="true">${USERS}</simpleAuthenticationPlugin>`), 'anonymous-access').length, 1);
});

test('anonymous-access: silent without anonymous access, or when an authorizationPlugin limits it to reading', () => {
  assert.deepEqual(findings(plugins(`<simpleAuthenticationPlugin>${USERS}</simpleAuthenticationPlugin>`), 'anonymous-access'), []);
  assert.deepEqual(findings(plugins('<simpleAuthenticationPlugin anonymousAccessAllowed="false"/>'), 'anonymous-access'), []);
  assert.deepEqual(findings(plugins(`<simpleAuthenticationPlugin anonymousAccessAllowed="true">${USERS}</simpleAuthenticationPlugin>\n${AUTHZ}`), 'anonymous-access'), []);
});
