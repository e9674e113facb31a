// transport-uri: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFix, brokerConfig, findings } from '../../helpers';
import { connectors } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('transport-uri', {
  valid: [connectors('tcp://0.0.0.0:61616?maximumConnections=1000&amp;wireFormat.maxFrameSize=104857600')],
  invalid: [
    {
      name: 'a scheme typo, fixed to the nearest scheme',
      text: connectors('[[tpc]]://0.0.0.0:61616'),
      expect: [{ message: /"tpc" is no transport scheme ActiveMQ knows \(Transport scheme NOT recognized\); did you mean "tcp"\?/, severity: 'error', fix: { output: /uri="tcp:\/\/0\.0\.0\.0:61616"/ } }],
    },
  ],
});

test('transport-uri: a scheme typo is an error on the scheme, fixed to the nearest scheme', () => {
  const text = connectors('tpc://0.0.0.0:61616');
  const [found] = findings(text, 'transport-uri');
  assert.deepEqual([found.text, found.severity], ['tpc', 'error']);
  assert.match(found.message, /Transport scheme NOT recognized.*"tcp"/);
  assert.match(applyFix(text, found), /uri="tcp:\/\/0\.0\.0\.0:61616"/);
});

test('transport-uri: offsets survive &amp; in the attribute, and the option case fix rewrites only the prefix', () => {
  const text = connectors('tcp://0.0.0.0:61616?maximumConnections=1000&amp;wireformat.maxFrameSize=104857600');
  const [found] = findings(text, 'transport-uri');
  assert.deepEqual([found.text, found.severity], ['wireformat.', 'warning']);
  assert.match(applyFix(text, found), /maximumConnections=1000&amp;wireFormat\.maxFrameSize=104857600/);
});

test('transport-uri: client-only schemes on a transportConnector, bad ports, unbalanced lists on network connectors', () => {
  assert.equal(findings(connectors('failover:(tcp://a:61616)'), 'transport-uri')[0].text, 'failover');
  assert.equal(findings(connectors('tcp://0.0.0.0:616160'), 'transport-uri')[0].text, '616160');
  const network = brokerConfig('    <networkConnectors><networkConnector uri="static:(tcp://b:61616"/></networkConnectors>');
  assert.equal(findings(network, 'transport-uri')[0].text, '(');
});

test('transport-uri near misses: the shipped connectors, placeholders, ws options, static: back-off', () => {
  const shipped = connectors(
    'tcp://0.0.0.0:61616?maximumConnections=1000&amp;wireFormat.maxFrameSize=104857600',
    'amqp://0.0.0.0:5672?maximumConnections=1000&amp;wireFormat.maxFrameSize=104857600',
    'ws://0.0.0.0:61614?maximumConnections=1000&amp;wireFormat.maxFrameSize=104857600',
    'ssl://${host}:${port}?transport.needClientAuth=true&amp;needClientAuth=true',
    'auto+nio+ssl://0.0.0.0:61618?auto.protocols=default,stomp&amp;protocolDetectionTimeOut=2000',
  );
  assert.deepEqual(findings(shipped, 'transport-uri'), []);
  const network = brokerConfig('    <networkConnectors><networkConnector uri="static:(tcp://b:61616)?backOffMultiplier=2&amp;discovered.keepAlive=true"/></networkConnectors>');
  assert.deepEqual(findings(network, 'transport-uri'), []);
});

test('a fixture of URIs ActiveMQ reads as written: no transport finding at all', () => {
  const text = readFileSync(join(__dirname, '../../fixtures/transport/accepted-connectors.xml'), 'utf8');
  assert.deepEqual(findings(text, 'transport-uri').map((f) => f.message), []);
  assert.deepEqual(findings(text, 'duplicate-connector').map((f) => f.message), []);
});

test('transport-uri leaves ldapNetworkConnector alone: its uri names an LDAP server, not a discovery agent', () => {
  const text = brokerConfig('    <networkConnectors><ldapNetworkConnector uri="ldap://ldap.example.com:389" base="dc=example,dc=com"/></networkConnectors>');
  assert.deepEqual(findings(text, 'transport-uri'), []);
});

// From removed-transports.test.ts:
// Transport and discovery schemes that ActiveMQ releases dropped (the META-INF/services/org/apache/activemq/transport
// registries of the release tags): reported as removed, and when, judged by the broker version in use.

const XSD = (version: string) => ` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://activemq.apache.org/schema/core http://activemq.apache.org/schema/core/activemq-core-${version}.xsd"`;

/** A config whose root's xsi:schemaLocation names the broker version, as a real one does. */
function config(uri: string, version?: string, network = false): string {
  const inner = network
    ? `    <networkConnectors>\n      <networkConnector name="n" uri="${uri}"/>\n    </networkConnectors>`
    : `    <transportConnectors>\n      <transportConnector name="c" uri="${uri}"/>\n    </transportConnectors>`;
  return brokerConfig(inner).replace('<beans xmlns="http://www.springframework.org/schema/beans"', `$&${version ? XSD(version) : ''}`);
}

test('transport-uri: xmpp:// is the XMPP transport removed in 5.9.0 (activemq-xmpp went), not a typo of amqp', () => {
  for (const [version, broker] of [[undefined, 'ActiveMQ 5.9.0 and later fail'], ['5.18.3', 'ActiveMQ 5.18.3 fails'], ['5.9.0', 'ActiveMQ 5.9.0 fails']] as const) {
    const [f, ...rest] = findings(config('xmpp://0.0.0.0:61222', version), 'transport-uri');
    assert.equal(rest.length, 0);
    assert.deepEqual([f.text, f.severity], ['xmpp', 'error']);
    assert.ok(f.message.startsWith(`"xmpp" is the XMPP transport (module activemq-xmpp), removed in ActiveMQ 5.9.0: ${broker} with "Transport scheme NOT recognized".`), f.message);
    assert.doesNotMatch(f.message, /did you mean/);
  }
  // A 5.8 broker still had it: nothing to say.
  assert.deepEqual(findings(config('xmpp://0.0.0.0:61222', '5.8.0'), 'transport-uri'), []);
  // The version may come from the settings when xsi:schemaLocation names none.
  assert.deepEqual(findings(config('xmpp://0.0.0.0:61222'), 'transport-uri', { brokerVersion: '5.5.1' }), []);
});

test('transport-uri: kdbr:// gone in 5.8.0, and the rendezvous discovery agent renamed zeroconf in 5.6.0 (AMQ-3613)', () => {
  const [kdbr] = findings(config('kdbr://0.0.0.0:61618', '5.8.0'), 'transport-uri');
  assert.match(kdbr.message, /removed in ActiveMQ 5\.8\.0: ActiveMQ 5\.8\.0 fails/);
  assert.deepEqual(findings(config('kdbr://0.0.0.0:61618', '5.7.0'), 'transport-uri'), []);
  const text = config('rendezvous://group1', '5.6.0', true);
  const [agent] = findings(text, 'transport-uri');
  assert.match(agent.message, /the rendezvous discovery agent, removed in ActiveMQ 5\.6\.0: .*"DiscoveryAgent scheme NOT recognized"\. It was renamed zeroconf\./);
  assert.match(applyFix(text, agent), /uri="zeroconf:\/\/group1"/);
  assert.deepEqual(findings(config('rendezvous://group1', '5.5.1', true), 'transport-uri'), []);
  // As a transport, rendezvous was never registered: the usual unknown-scheme finding.
  assert.doesNotMatch(findings(config('rendezvous://0.0.0.0:1'), 'transport-uri')[0]?.message ?? '', /removed/);
});

test('transport-uri: udp and multicast are still registered (activemq-client at HEAD): no finding', () => {
  assert.deepEqual(findings(config('udp://0.0.0.0:61616'), 'transport-uri'), []);
  assert.deepEqual(findings(config('multicast://default', undefined, true), 'transport-uri'), []);
});
