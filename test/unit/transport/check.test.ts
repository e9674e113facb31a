// What checkTransportUri reports for each role, with the replacement the quick fixes use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTransportUri, describeTransportUri, parseTransportUri, transportCompletions } from '../../../server/src/transport';

const check = (text: string, role: Parameters<typeof checkTransportUri>[1]) =>
  checkTransportUri(parseTransportUri(text), role).map((p) => ({ text: text.slice(p.span.start, p.span.end), severity: p.severity, message: p.message, fix: p.replacement?.newText }));

test('failover options: backOffMultiplier is reconnectDelayExponent (FailoverTransport has no such setter)', () => {
  const [problem] = check('failover:(tcp://a:61616)?backOffMultiplier=2', 'client');
  assert.deepEqual([problem.text, problem.severity, problem.fix], ['backOffMultiplier', 'warning', 'reconnectDelayExponent']);
});

test('static: discovery reads backOffMultiplier (SimpleDiscoveryAgent), so it is fine there', () => {
  assert.deepEqual(check('static:(tcp://a:61616)?backOffMultiplier=2&useExponentialBackOff=true', 'networkConnector'), []);
});

test('option names are case-sensitive after the first letter (IntrospectionSupport.findSetterMethod)', () => {
  assert.deepEqual(check('tcp://0.0.0.0:61616?MaximumConnections=10', 'transportConnector'), []);
  const [problem] = check('tcp://0.0.0.0:61616?maximumconnections=10', 'transportConnector');
  assert.deepEqual([problem.text, problem.fix], ['maximumconnections', 'maximumConnections']);
});

test('unknown options of incomplete vocabularies stay silent; complete ones are warned with a suggestion', () => {
  assert.deepEqual(check('tcp://0.0.0.0:61616?transport.someFutureOption=1', 'transportConnector'), []);
  assert.deepEqual(check('stomp://0.0.0.0:61613?wireFormat.someStompOption=1', 'transportConnector'), []);
  const [problem] = check('tcp://0.0.0.0:61616?maximumConnection=10', 'transportConnector');
  assert.equal(problem.fix, 'maximumConnections');
});

test('client-only schemes cannot be bound; unknown schemes suggest the nearest one', () => {
  assert.match(check('failover:(tcp://a:61616)', 'transportConnector')[0].message, /cannot listen/);
  const [typo] = check('tpc://0.0.0.0:61616', 'transportConnector');
  assert.deepEqual([typo.text, typo.severity, typo.fix], ['tpc', 'error', 'tcp']);
  assert.equal(check('openwire://0.0.0.0:61616', 'transportConnector')[0].fix, 'tcp');
  assert.equal(check('kube://mesh:61616', 'networkConnector')[0].severity, 'info');
});

test('ports: not a number or above 65535 is an error; placeholders pass', () => {
  assert.equal(check('tcp://0.0.0.0:70000', 'transportConnector')[0].text, '70000');
  assert.equal(check('tcp://0.0.0.0:61616x', 'transportConnector')[0].text, '61616x');
  assert.deepEqual(check('tcp://0.0.0.0:${port}', 'transportConnector'), []);
  assert.deepEqual(check('nio://0.0.0.0:%openwire.port%', 'transportConnector'), []);
});

test('options without parentheses on a client failover list are flagged', () => {
  const [problem] = check('failover:tcp://a:61616,tcp://b:61616?timeout=3000', 'client');
  assert.equal(problem.text, '?timeout=3000');
});

test('describeTransportUri names each scheme, TLS or not, host, port and options', () => {
  const markdown = describeTransportUri('failover:(ssl://a:61617)?timeout=3000', 'client');
  assert.match(markdown, /\*\*`failover:`\*\*/);
  assert.match(markdown, /`ssl:`\*\* OpenWire over TLS\. TLS-protected\. \(host `a`, port `61617`\)/);
  assert.match(markdown, /`timeout` = `3000`/);
});

test('transportCompletions: schemes at the start, bindable only on a broker; options after ? and &', () => {
  const schemes = transportCompletions('', 0).items.map((i) => i.label);
  assert.ok(schemes.includes('nio+ssl') && !schemes.includes('failover'));
  const text = 'tcp://0.0.0.0:61616?maxi';
  const options = transportCompletions(text, text.length);
  assert.deepEqual(options.replace, { start: 20, end: 24 });
  assert.ok(options.items.some((i) => i.label === 'maximumConnections'));
  assert.ok(options.items.some((i) => i.label === 'wireFormat.maxFrameSize'));
  const failover = 'failover:(tcp://a:1)?';
  assert.ok(transportCompletions(failover, failover.length, 'client').items.some((i) => i.label === 'reconnectDelayExponent'));
});
