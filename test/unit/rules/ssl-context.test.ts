// ssl-context: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, securedBroker } from '../../helpers';
import { THREE_CONNECTORS, USERS, ADVISORY, connectors } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('ssl-context', {
  valid: [{ name: 'an sslContext whose key store exists', text: connectors('ssl://0.0.0.0:61617').replace('    <transportConnectors>', '    <sslContext><sslContext keyStore="broker.ks" keyStorePassword="${ks}"/></sslContext>\n    <transportConnectors>'), files: { 'broker.ks': 'x' } }],
  invalid: [
    { name: 'no sslContext', text: connectors('[[ssl]]://0.0.0.0:61617'), expect: [{ message: /needs a key, but the broker has no <sslContext>.*javax.net.ssl/, severity: 'warning' }] },
  ],
});

test('ssl-context: an ssl connector without an sslContext, and a key store that does not exist', () => {
  const text = securedBroker(USERS, ADVISORY).replace('    </plugins>', `    </plugins>${THREE_CONNECTORS}`);
  const ssl = findings(text, 'ssl-context');
  assert.deepEqual(ssl.map((f) => f.text), ['ssl']);
  assert.match(ssl[0].message, /javax.net.ssl/);
  const withContext = text.replace('    <transportConnectors>', '    <sslContext><sslContext keyStore="${activemq.conf}/broker.ks" keyStorePassword="${ks}"/></sslContext>\n    <transportConnectors>');
  const missing = findings(withContext, 'ssl-context', undefined, { 'credentials.properties': '' });
  assert.deepEqual(missing.map((f) => f.text), ['${activemq.conf}/broker.ks']);
  assert.match(missing[0].message, /\/config\/broker.ks does not exist/);
  assert.deepEqual(findings(withContext, 'ssl-context', undefined, { 'credentials.properties': '', 'broker.ks': 'x' }), []);
});
