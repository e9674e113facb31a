// insecure-transport reports plain-text connectors only where passwords cross the wire, and names the TLS form that
// ActiveMQ's transport registry holds for the scheme (META-INF/services/org/apache/activemq/transport/<scheme>).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TRANSPORT_SCHEMES, transportScheme } from '../../../server/src/transport';
import { tlsForm } from '../../../server/src/transport/schemes';
import { brokerConfig, findings } from '../../helpers';

const USER = '<users><authenticationUser username="app" password="${app.password}" groups="users"/></users>';

function broker(plugins: string, uri: string): string {
  return brokerConfig(`    <plugins>\n      ${plugins}\n    </plugins>\n    <transportConnectors>\n      <transportConnector name="c" uri="${uri}"/>\n    </transportConnectors>`);
}

test('insecure-transport: every plain scheme a broker binds is told its registered TLS form (ws → wss, http → https)', () => {
  const plain = TRANSPORT_SCHEMES.filter((s) => s.bindable && !s.tls);
  const expected: Record<string, string | undefined> = {
    tcp: 'ssl', nio: 'nio+ssl', auto: 'auto+ssl', 'auto+nio': 'auto+nio+ssl', stomp: 'stomp+ssl', 'stomp+nio': 'stomp+nio+ssl',
    mqtt: 'mqtt+ssl', 'mqtt+nio': 'mqtt+nio+ssl', amqp: 'amqp+ssl', 'amqp+nio': 'amqp+nio+ssl', http: 'https', ws: 'wss',
    // No TLS form is registered for these: vm never leaves the JVM, udp and multicast have no +ssl.
    udp: undefined, multicast: undefined, vm: undefined,
  };
  assert.deepEqual(plain.map((s) => s.scheme).sort(), Object.keys(expected).sort(), 'the registry\'s plain server schemes changed');
  for (const { scheme } of plain) {
    const secure = expected[scheme];
    assert.equal(tlsForm(scheme), secure, scheme);
    const found = findings(broker(`<simpleAuthenticationPlugin>${USER}</simpleAuthenticationPlugin>`, `${scheme}://0.0.0.0:61616`), 'insecure-transport');
    if (!secure) {
      assert.deepEqual(found, [], scheme);
      continue;
    }
    assert.equal(transportScheme(secure)?.tls, true, `${secure} is a registered TLS scheme`);
    assert.equal(found.length, 1, scheme);
    assert.equal(found[0].text, scheme);
    assert.ok(found[0].message.includes(`Use the TLS form (${secure}://)`), found[0].message);
  }
  // A TLS scheme is its own TLS form; a client-only one has none to bind.
  assert.equal(tlsForm('stomp+nio+ssl'), 'stomp+nio+ssl');
  assert.equal(tlsForm('amqp+ws'), 'amqp+wss');
  assert.equal(tlsForm('failover'), undefined);
});

test('insecure-transport: only where passwords are sent (users, JAAS, a bean that checks passwords)', () => {
  const uri = 'tcp://0.0.0.0:61616';
  const reported = (plugins: string) => findings(broker(plugins, uri), 'insecure-transport').length;
  assert.equal(reported(`<simpleAuthenticationPlugin anonymousAccessAllowed="true">${USER}</simpleAuthenticationPlugin>`), 1, 'users with passwords, anonymous too');
  assert.equal(reported('<jaasAuthenticationPlugin configuration="activemq"/>'), 1, 'JAAS PropertiesLoginModule reads passwords');
  assert.equal(reported('<jaasDualAuthenticationPlugin configuration="activemq" sslConfiguration="activemq-ssl"/>'), 1, 'dual: passwords on plain connectors');
  const passwordBean = '<bean xmlns="http://www.springframework.org/schema/beans" class="com.example.CustomAuthenticationPlugin"><property name="userPasswords" ref="p"/></bean>';
  assert.equal(reported(passwordBean), 1, 'a bean whose properties name passwords');
  // Nobody sends a password: anonymous only, no users at all, certificates, a bean that shows no password check.
  assert.equal(reported('<simpleAuthenticationPlugin anonymousAccessAllowed="true"/>'), 0, 'anonymous only');
  assert.equal(reported('<simpleAuthenticationPlugin anonymousAccessAllowed="true"><users/></simpleAuthenticationPlugin>'), 0, 'empty users');
  assert.equal(reported('<jaasCertificateAuthenticationPlugin configuration="activemq-cert"/>'), 0, 'certificates');
  const tokenBean = '<bean xmlns="http://www.springframework.org/schema/beans" class="com.example.TokenAuthenticationPlugin"><property name="tokenService" ref="t"/></bean>';
  assert.equal(reported(tokenBean), 0, 'a bean that shows no password check');
});

test('insecure-transport: the message says who sends passwords, and loopback or TLS connectors stay silent', () => {
  const [f] = findings(broker(`<simpleAuthenticationPlugin>${USER}</simpleAuthenticationPlugin>`, 'ws://0.0.0.0:61614'), 'insecure-transport');
  assert.match(f.message, /^Clients send passwords to log in \(simpleAuthenticationPlugin users\), but this ws:\/\/ connector listens without TLS on 0\.0\.0\.0: .*Use the TLS form \(wss:\/\/\)/);
  assert.deepEqual(findings(broker(`<simpleAuthenticationPlugin>${USER}</simpleAuthenticationPlugin>`, 'ws://127.0.0.1:61614'), 'insecure-transport'), []);
  assert.deepEqual(findings(broker(`<simpleAuthenticationPlugin>${USER}</simpleAuthenticationPlugin>`, 'wss://0.0.0.0:61614'), 'insecure-transport'), []);
});
