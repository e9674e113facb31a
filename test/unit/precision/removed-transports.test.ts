// Transport and discovery schemes that ActiveMQ releases dropped (the META-INF/services/org/apache/activemq/transport
// registries of the release tags): reported as removed, and when, judged by the broker version in use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, brokerConfig, findings } from '../../helpers';

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
