// transport-uri, duplicate-connector, network-credentials and connector-limits on whole configs: exact ranges, near misses, fixes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFix, brokerConfig, findings } from '../../helpers';

const connectors = (...uris: string[]) =>
  brokerConfig(`    <transportConnectors>\n${uris.map((u, i) => `      <transportConnector name="c${i}" uri="${u}"/>`).join('\n')}\n    </transportConnectors>`);

const securedWithBridge = (bridgeAttributes: string, anonymous = '') => brokerConfig(`    <plugins>
      <simpleAuthenticationPlugin${anonymous}>
        <users><authenticationUser username="bridge" password="secret" groups="bridges"/></users>
      </simpleAuthenticationPlugin>
    </plugins>
    <networkConnectors>
      <networkConnector name="to-b" uri="static:(tcp://broker-b:61616)"${bridgeAttributes}/>
    </networkConnectors>`);

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

test('duplicate-connector: the same port under 0.0.0.0 and a named host, reported on the second port', () => {
  const text = connectors('tcp://0.0.0.0:61616', 'nio://broker-a:61616');
  const [found] = findings(text, 'duplicate-connector');
  assert.equal(found.text, '61616');
  assert.equal(found.line, 4);
  assert.match(found.message, /Address already in use/);
});

test('duplicate-connector: a repeated name is reported on the second name', () => {
  const text = brokerConfig(`    <transportConnectors>
      <transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/>
      <transportConnector name="openwire" uri="ssl://0.0.0.0:61617"/>
    </transportConnectors>`);
  const [found] = findings(text, 'duplicate-connector');
  assert.deepEqual([found.text, found.line], ['openwire', 4]);
});

test('duplicate-connector near misses: other hosts, UDP beside TCP, port 0, placeholders', () => {
  assert.deepEqual(findings(connectors('tcp://10.0.0.1:61616', 'tcp://10.0.0.2:61616', 'udp://0.0.0.0:61616', 'tcp://0.0.0.0:0', 'nio://0.0.0.0:0', 'tcp://0.0.0.0:${port}', 'ssl://0.0.0.0:${port}'), 'duplicate-connector'), []);
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

test('a fixture of URIs ActiveMQ reads as written: no transport finding at all', () => {
  const text = readFileSync(join(__dirname, '../../fixtures/transport/accepted-connectors.xml'), 'utf8');
  assert.deepEqual(findings(text, 'transport-uri').map((f) => f.message), []);
  assert.deepEqual(findings(text, 'duplicate-connector').map((f) => f.message), []);
});

test('transport-uri leaves ldapNetworkConnector alone: its uri names an LDAP server, not a discovery agent', () => {
  const text = brokerConfig('    <networkConnectors><ldapNetworkConnector uri="ldap://ldap.example.com:389" base="dc=example,dc=com"/></networkConnectors>');
  assert.deepEqual(findings(text, 'transport-uri'), []);
});

test('connector-limits: an open connector without the limits, on its scheme; the fix appends what is missing after ? or &amp;', () => {
  const text = connectors('ssl://0.0.0.0:61617', 'tcp://0.0.0.0:61616?maximumConnections=50', 'stomp+nio://broker.example.com:61613?transport.closeAsync=false', 'mqtt://0.0.0.0:1883');
  const found = findings(text, 'connector-limits');
  assert.deepEqual(found.map((f) => [f.text, f.severity]), [['ssl', 'info'], ['tcp', 'info'], ['stomp+nio', 'info'], ['mqtt', 'info']]);
  assert.match(found[0].message, /neither `maximumConnections` nor `wireFormat.maxFrameSize`/);
  assert.match(found[1].message, /no `wireFormat.maxFrameSize`: ActiveMQ's defaults accept frames of any size/);
  assert.match(found[3].message, /no `maximumConnections`/, 'MQTT caps its frames itself');
  assert.match(applyFix(text, found[0]), /uri="ssl:\/\/0\.0\.0\.0:61617\?maximumConnections=1000&amp;wireFormat\.maxFrameSize=104857600"/);
  assert.match(applyFix(text, found[1]), /uri="tcp:\/\/0\.0\.0\.0:61616\?maximumConnections=50&amp;wireFormat\.maxFrameSize=104857600"/);
  assert.match(applyFix(text, found[2]), /\?transport\.closeAsync=false&amp;maximumConnections=1000&amp;wireFormat\.maxFrameSize=104857600"/);
  assert.match(applyFix(connectors('tcp://0.0.0.0:61616?'), findings(connectors('tcp://0.0.0.0:61616?'), 'connector-limits')[0]), /uri="tcp:\/\/0\.0\.0\.0:61616\?maximumConnections=1000&amp;/);
});

test('connector-limits near misses: loopback, placeholders, the shipped connector, a misspelt option (transport-uri\'s), vm, ws, http', () => {
  const text = connectors(
    'tcp://127.0.0.1:61616', 'nio://localhost:61617', 'tcp://[::1]:61618', 'tcp://${bind.host}:61619', 'nio://#{internal.ip}:61620',
    'tcp://0.0.0.0:61621?maximumConnections=1000&amp;wireFormat.maxFrameSize=104857600',
    'tcp://0.0.0.0:61622?maximumconnections=1000&amp;wireformat.maxFrameSize=104857600',
    'vm://localhost', 'ws://0.0.0.0:61614', 'http://0.0.0.0:8080',
  );
  assert.deepEqual(findings(text, 'connector-limits').map((f) => f.text), []);
});

test('tls-protocols: each retired protocol and weak suite where it stands; the fix keeps the rest of the list', () => {
  const text = connectors(
    'ssl://0.0.0.0:61617?transport.enabledProtocols=SSLv3, TLSv1,TLSv1.2&amp;transport.enabledCipherSuites=TLS_RSA_WITH_RC4_128_SHA,TLS_AES_128_GCM_SHA256',
    'nio+ssl://0.0.0.0:61618?transport.enabledProtocols=TLSv1.1',
  );
  const found = findings(text, 'tls-protocols');
  assert.deepEqual(found.map((f) => f.text), ['SSLv3', 'TLSv1', 'TLS_RSA_WITH_RC4_128_SHA', 'TLSv1.1']);
  assert.match(found[0].message, /RFC 7568/);
  assert.match(found[1].message, /RFC 8996/);
  assert.match(found[2].message, /no real protection/);
  assert.match(applyFix(text, found[0]), /transport\.enabledProtocols=TLSv1\.2&amp;transport\.enabledCipherSuites=TLS_RSA_WITH_RC4_128_SHA,/);
  assert.match(applyFix(text, found[2]), /transport\.enabledCipherSuites=TLS_AES_128_GCM_SHA256"/);
  assert.throws(() => applyFix(text, found[3]), /no fix/, 'nothing would be left of that list: no fix');
});

test('tls-protocols near misses: TLS 1.2 and 1.3, a plain-text connector (insecure-transport\'s), placeholders, an option without transport.', () => {
  const text = connectors(
    'ssl://0.0.0.0:61617?transport.enabledProtocols=TLSv1.2,TLSv1.3&amp;transport.enabledCipherSuites=TLS_AES_256_GCM_SHA384',
    'tcp://0.0.0.0:61616?transport.enabledProtocols=TLSv1',
    'ssl://0.0.0.0:61619?transport.enabledProtocols=${tls.protocols}',
    // Without transport. the option reaches no socket (transport-uri says so): it enables nothing.
    'ssl://0.0.0.0:61620?enabledProtocols=TLSv1',
  );
  assert.deepEqual(findings(text, 'tls-protocols').map((f) => f.text), []);
});
