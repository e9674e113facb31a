// A network bridge logs in to the remote broker (DemandForwardingBridgeSupport: remoteUserName/remotePassword, else
// userName/password) over the URI its discovery agent hands it; over a plain transport those cross in clear text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokerConfig, findings } from '../../helpers';

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
