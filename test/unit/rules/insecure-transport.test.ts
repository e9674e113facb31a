// insecure-transport: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TRANSPORT_SCHEMES, transportScheme } from '../../../server/src/transport';
import { tlsForm } from '../../../server/src/transport/schemes';
import { brokerConfig, findings, securedBroker } from '../../helpers';
import { THREE_CONNECTORS, USERS, ADVISORY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('insecure-transport', {
  valid: [{ name: 'loopback and ssl connectors', text: securedBroker(USERS, ADVISORY).replace('    </plugins>', `    </plugins>${THREE_CONNECTORS}`).replace('tcp://0.0.0.0:61616', 'tcp://127.0.0.1:61616') }],
  invalid: [
    {
      text: securedBroker(USERS, ADVISORY).replace('    </plugins>', `    </plugins>${THREE_CONNECTORS}`).replace('"tcp://0.0.0.0:61616"', '"[[tcp]]://0.0.0.0:61616"'),
      expect: [{ message: /Clients send passwords to log in \(simpleAuthenticationPlugin users\), but this tcp:\/\/ connector listens without TLS on 0\.0\.0\.0/, severity: 'warning' }],
    },
  ],
});

test('insecure-transport: a plain connector open to the network, not a loopback or ssl one', () => {
  const text = securedBroker(USERS, ADVISORY).replace('    </plugins>', `    </plugins>${THREE_CONNECTORS}`);
  assert.deepEqual(findings(text, 'insecure-transport').map((f) => f.text), ['tcp']);
});

// From bridge-credentials.test.ts:
// A network bridge logs in to the remote broker (DemandForwardingBridgeSupport: remoteUserName/remotePassword, else
// userName/password) over the URI its discovery agent hands it; over a plain transport those cross in clear text.

function bridge(uri: string, credentials: string, connectors = ''): string {
  return brokerConfig(`    <networkConnectors>\n      <networkConnector name="bridge" uri="${uri}"${credentials}/>\n    </networkConnectors>${connectors}`);
}
const CREDENTIALS = ' userName="bridge" password="${bridge.password}"';

test('insecure-transport: a static bridge with credentials over plain tcp to another machine, on each plain URI\'s scheme', () => {
  const text = bridge('static:(tcp://broker-b:61616,ssl://broker-c:61617,nio://broker-d:61616)', CREDENTIALS);
  const found = findings(text, 'insecure-transport');
  assert.deepEqual(found.map((f) => f.text), ['tcp', 'nio']);
  assert.equal(found[0].message, 'This network bridge sends its userName and password to the remote broker over tcp:// without TLS: they cross the network in clear text. Use ssl:// (the remote broker must then listen with a transport connector of that scheme).');
  assert.match(found[1].message, /over nio:\/\/ without TLS.*Use nio\+ssl:\/\//);
  // remoteUserName/remotePassword are what the remote broker sees; masterslave and failover inside the list count too.
  const remote = findings(bridge('masterslave:(tcp://m:61616,tcp://s:61616)', ' remoteUserName="r" remotePassword="${r.password}"'), 'insecure-transport');
  assert.deepEqual(remote.map((f) => f.text), ['tcp', 'tcp']);
  assert.match(remote[0].message, /sends its remoteUserName and remotePassword/);
  assert.equal(findings(bridge('static:(failover:(tcp://b1:61616,tcp://b2:61616))', CREDENTIALS), 'insecure-transport').length, 2);
});

test('insecure-transport: silent for bridges without credentials, over TLS, to this machine, or to a placeholder host', () => {
  assert.deepEqual(findings(bridge('static:(tcp://broker-b:61616)', ''), 'insecure-transport'), []);
  assert.deepEqual(findings(bridge('static:(ssl://broker-b:61617)', CREDENTIALS), 'insecure-transport'), []);
  assert.deepEqual(findings(bridge('static:(tcp://localhost:61616)', CREDENTIALS), 'insecure-transport'), []);
  assert.deepEqual(findings(bridge('static:(tcp://${peer.host}:61616)', CREDENTIALS), 'insecure-transport'), []);
  assert.deepEqual(findings(bridge('static:(tcp://broker-b:61616)', ' userName="" password=""'), 'insecure-transport'), []);
});

test('insecure-transport: a discovery bridge with credentials finds the plain connectors this config advertises', () => {
  const advertising = (uri: string) => `\n    <transportConnectors>\n      <transportConnector name="openwire" uri="${uri}" discoveryUri="multicast://default"/>\n    </transportConnectors>`;
  const text = bridge('multicast://default', CREDENTIALS, advertising('tcp://0.0.0.0:61616'));
  const [f, ...rest] = findings(text, 'insecure-transport');
  assert.equal(rest.length, 0);
  assert.equal(f.text, 'multicast');
  assert.match(f.message, /to the brokers multicast discovery finds, over the connectors they advertise, and this config advertises tcp:\/\/ without TLS: .*Advertise a ssl:\/\/ connector instead\./);
  assert.equal(text.slice(f.problem.finding.related![0].span.start, f.problem.finding.related![0].span.end), 'tcp://0.0.0.0:61616');
  assert.deepEqual(findings(bridge('multicast://default', CREDENTIALS, advertising('ssl://0.0.0.0:61617')), 'insecure-transport'), []);
  // Nothing advertised here: the peers' connectors are not in this file, so nothing is claimed.
  assert.deepEqual(findings(bridge('multicast://default', CREDENTIALS), 'insecure-transport'), []);
});

// From insecure-transport.test.ts:
// insecure-transport reports plain-text connectors only where passwords cross the wire, and names the TLS form that
// ActiveMQ's transport registry holds for the scheme (META-INF/services/org/apache/activemq/transport/<scheme>).

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
