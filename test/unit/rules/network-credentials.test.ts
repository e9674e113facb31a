// network-credentials: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings } from '../../helpers';
import { securedWithBridge } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('network-credentials', {
  valid: [securedWithBridge(' userName="bridge" password="secret"')],
  invalid: [
    { text: securedWithBridge('').replace('<networkConnector ', '<[[networkConnector]] '), expect: [{ message: /has no userName and password, but the brokers of this config require a login/, severity: 'warning' }] },
  ],
});

test('network-credentials: a static: bridge of a broker that requires a login, without credentials', () => {
  const [found] = findings(securedWithBridge(''), 'network-credentials');
  assert.equal(found.text, 'networkConnector');
  assert.match(found.message, /User name \[null\] or password is invalid\./);
  assert.match(found.message, /ActiveMQ\.Advisory\.Consumer\.>/);
});

test('network-credentials near misses: credentials given (local or remote pair), anonymous access, multicast discovery', () => {
  assert.deepEqual(findings(securedWithBridge(' userName="bridge" password="secret"'), 'network-credentials'), []);
  assert.deepEqual(findings(securedWithBridge(' remoteUserName="bridge" remotePassword="${bridge.password}"'), 'network-credentials'), []);
  assert.deepEqual(findings(securedWithBridge('', ' anonymousAccessAllowed="true"'), 'network-credentials'), []);
  const multicast = securedWithBridge('').replace('static:(tcp://broker-b:61616)', 'multicast://default');
  assert.deepEqual(findings(multicast, 'network-credentials'), []);
  assert.match(findings(securedWithBridge(' userName="bridge"'), 'network-credentials')[0].message, /has no password,/);
});
