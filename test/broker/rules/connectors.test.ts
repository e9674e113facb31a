// The connector rules' run-time claims, shown by the broker: these tests keep the config's own transport
// connectors (prepareConfig's keepConnectors, on 127.0.0.1), where the other broker tests replace them.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { BrokerRefused, startBroker, type BrokerConfig } from '../broker';
import { brokerXml } from '../configXml';
import { ruleFindings } from '../lintFindings';
import type { PrepareOptions } from '../prepareConfig';
import { verifies } from '../verifies';
import { freePort, until } from './support';

function connectors(...uris: string[]): BrokerConfig {
  const elements = uris.map((uri, i) => `<transportConnector name="c${i}" uri="${uri}"/>`).join('');
  return { xml: brokerXml(`<transportConnectors>${elements}</transportConnectors>`) };
}

/** The broker's reason for refusing to start from `config`, or undefined when it started (and was stopped). */
async function refusal(config: BrokerConfig, ports: Record<string, number> = {}): Promise<string | undefined> {
  const options: PrepareOptions = { keepConnectors: { ports } };
  try {
    const broker = await startBroker(config, options);
    await broker.stop();
    return undefined;
  } catch (error) {
    if (error instanceof BrokerRefused) return error.reason;
    throw error;
  }
}

/** What a raw TCP client meets first: the broker's OpenWire WireFormatInfo (its "ActiveMQ" magic), or a close. */
function firstAnswer(port: number, sockets: Socket[]): Promise<'wire format' | 'closed'> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    sockets.push(socket);
    socket.once('data', (data) => (data.toString('latin1').includes('ActiveMQ') ? resolve('wire format') : reject(new Error(`unexpected first bytes: ${data.toString('hex')}`))));
    socket.once('close', () => resolve('closed'));
    socket.once('error', reject);
  });
}

/** The first answers of `count` raw connections held open together to the config's tcp:// connector, and the broker's log. */
async function holdConnections(config: BrokerConfig, count: number, expectInLog?: RegExp): Promise<{ answers: string[]; log: string }> {
  const broker = await startBroker(config, { keepConnectors: {} });
  const sockets: Socket[] = [];
  try {
    const answers: string[] = [];
    for (let i = 0; i < count; i++) answers.push(await firstAnswer(broker.openwirePort, sockets));
    if (expectInLog) await until(() => expectInLog.test(broker.output()), 10);
    return { answers, log: broker.output() };
  } finally {
    for (const socket of sockets) socket.destroy();
    await broker.stop();
  }
}

/** A TLS handshake offering only `version` (Node's OpenSSL allowed to offer TLS 1.0): the protocol agreed, or the error. */
function handshake(port: number, version: 'TLSv1' | 'TLSv1.2'): Promise<string> {
  return new Promise((resolve) => {
    const socket = tlsConnect({ port, host: '127.0.0.1', rejectUnauthorized: false, minVersion: version, maxVersion: version, ciphers: 'DEFAULT@SECLEVEL=0' });
    socket.once('secureConnect', () => {
      resolve(String(socket.getProtocol()));
      socket.destroy();
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(String(error.code)));
  });
}

const EXCEEDED = /WARN {2}Could not accept connection : Exceeded the maximum number of allowed client connections\. See the 'maximumConnections' property on the TCP transport configuration URI/;

describe('connector rules on a real broker', { concurrency: 2 }, () => {
  verifies(['transport-uri'], 'transport-uri: a transportConnector with the scheme tpc:// stops the broker with TransportFactory\'s "java.io.IOException: Transport scheme NOT recognized: [tpc]"; with tcp:// it starts', async () => {
    const typo = connectors('tpc://0.0.0.0:61616');
    const findings = ruleFindings(typo, 'transport-uri');
    assert.deepEqual(findings.map((f) => [f.severity, f.text]), [['error', 'tpc']]);
    assert.match(findings[0].message, /^"tpc" is no transport scheme ActiveMQ knows \(Transport scheme NOT recognized\)/);
    assert.match((await refusal(typo)) ?? 'it started', /java\.io\.IOException: Transport scheme NOT recognized: \[tpc\]/);

    const fixed = connectors('tcp://0.0.0.0:61616');
    assert.deepEqual(ruleFindings(fixed, 'transport-uri'), []);
    assert.equal(await refusal(fixed), undefined);
  });

  verifies(['duplicate-connector'], 'duplicate-connector: a tcp:// and a stomp:// connector on one port stop the broker with "Failed to bind to server socket: stomp://... due to: java.net.BindException: Address already in use"; on two ports it starts', async () => {
    const clash = connectors('tcp://0.0.0.0:61616', 'stomp://0.0.0.0:61616');
    const findings = ruleFindings(clash, 'duplicate-connector');
    assert.deepEqual(findings.map((f) => [f.severity, f.text]), [['error', '61616']]);
    assert.match(findings[0].message, /the second bind fails with "Address already in use" and the broker does not start\.$/);
    const reason = (await refusal(clash, { 61616: await freePort() })) ?? 'it started';
    assert.match(reason, /Failed to bind to server socket: stomp:\/\/127\.0\.0\.1:\d+ due to: java\.net\.BindException: Address already in use/);

    const apart = connectors('tcp://0.0.0.0:61616', 'stomp://0.0.0.0:61613');
    assert.deepEqual(ruleFindings(apart, 'duplicate-connector'), []);
    assert.equal(await refusal(apart), undefined);
  });

  verifies(['connector-limits'], 'connector-limits: a tcp:// connector without maximumConnections accepts 5 connections at once; with maximumConnections=1 the broker closes the second and third and logs "Could not accept connection : Exceeded the maximum number of allowed client connections"', async () => {
    const open = connectors('tcp://0.0.0.0:61616');
    const [finding] = ruleFindings(open, 'connector-limits');
    assert.match(finding.message, /with neither `maximumConnections` nor `wireFormat\.maxFrameSize`: ActiveMQ's defaults accept any number of connections and frames of any size/);
    const unlimited = await holdConnections(open, 5);
    assert.deepEqual(unlimited.answers, Array(5).fill('wire format'));
    assert.doesNotMatch(unlimited.log, EXCEEDED);

    const limited = connectors('tcp://0.0.0.0:61616?maximumConnections=1');
    assert.deepEqual(ruleFindings(limited, 'connector-limits').map((f) => f.message.includes('maximumConnections')), [false]);
    const one = await holdConnections(limited, 3, EXCEEDED);
    assert.deepEqual(one.answers, ['wire format', 'closed', 'closed']);
    assert.match(one.log, EXCEEDED);
  });

  verifies(['tls-protocols'], 'tls-protocols: an ssl:// connector with transport.enabledProtocols=TLSv1,TLSv1.2 answers a TLS 1.0 client with the "protocol version" alert (the JDK refuses TLSv1 anyway) and agrees TLS 1.2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amq-tls.'));
    try {
      const keyStore = join(dir, 'broker.p12');
      execFileSync('keytool', ['-genkeypair', '-alias', 'broker', '-keyalg', 'RSA', '-keysize', '2048', '-dname', 'CN=localhost', '-validity', '2',
        '-storetype', 'PKCS12', '-keystore', keyStore, '-storepass', 'password', '-keypass', 'password'], { stdio: 'ignore' });
      const config = { xml: brokerXml(`<sslContext><sslContext keyStore="${keyStore}" keyStorePassword="password" keyStoreType="PKCS12"/></sslContext>
  <transportConnectors><transportConnector name="ssl" uri="ssl://0.0.0.0:61617?transport.enabledProtocols=TLSv1,TLSv1.2"/></transportConnectors>`) };
      const findings = ruleFindings(config, 'tls-protocols');
      assert.deepEqual(findings.map((f) => f.text), ['TLSv1']);
      assert.match(findings[0].message, /^TLSv1 is retired \(RFC 8996\): current JDKs refuse it anyway/);
      const broker = await startBroker(config, { keepConnectors: {} });
      try {
        const port = Number(/Listening for connections at: ssl:\/\/[^:\s]*:(\d+)/.exec(broker.output())?.[1]);
        assert.ok(port > 0, 'the ssl:// connector listens');
        assert.equal(await handshake(port, 'TLSv1'), 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION');
        assert.equal(await handshake(port, 'TLSv1.2'), 'TLSv1.2');
      } finally {
        await broker.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
