// insecure-transport: what crosses the network when a client logs in. A TCP relay run by the test sits between
// ActiveMQ's own OpenWire client and the broker, and keeps every byte the client sends.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { startBroker, withBroker } from '../broker';
import { brokerXml } from '../configXml';
import { makeKeyStores, type KeyStores } from '../keyStore';
import { ruleFindings } from '../lintFindings';
import { connectAndSend } from '../urlClient';
import { verifies } from '../verifies';
import { firstMessage, freePort, loggedIn } from './support';

const PASSWORD = 'S3cret-on-the-wire';

interface Relay {
  port: number;
  /** Everything clients sent through the relay so far. */
  sent(): Buffer;
  close(): Promise<void>;
}

/** A relay on 127.0.0.1 to `target`, recording what clients send (a stand-in for anybody on the network path). */
function relayTo(target: number): Promise<Relay> {
  const chunks: Buffer[] = [];
  const sockets: Socket[] = [];
  const server: Server = createServer((client) => {
    const broker = connect(target, '127.0.0.1');
    sockets.push(client, broker);
    client.on('data', (data: Buffer) => chunks.push(Buffer.from(data)));
    client.pipe(broker).pipe(client);
    const end = () => {
      client.destroy();
      broker.destroy();
    };
    client.once('error', end).once('close', end);
    broker.once('error', end).once('close', end);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    port: (server.address() as { port: number }).port,
    sent: () => Buffer.concat(chunks),
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((done) => server.close(() => done()));
    },
  })));
}

/** A broker where `user` logs in with PASSWORD, with a tcp:// connector on 61616 and an ssl:// one on 61617. */
function plainAndTls(stores: KeyStores, user: string, moreConnectors = ''): string {
  return brokerXml(`${stores.sslContext}
  <plugins><simpleAuthenticationPlugin><users>
    <authenticationUser username="${user}" password="${PASSWORD}" groups="apps"/>
  </users></simpleAuthenticationPlugin></plugins>
  <transportConnectors><transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/><transportConnector name="ssl" uri="ssl://0.0.0.0:61617"/>${moreConnectors}</transportConnectors>`);
}

describe('passwords on the wire, through a relay', { concurrency: 2 }, () => {
  verifies(['insecure-transport'], 'insecure-transport: a login over a tcp:// connector carries the password in clear text on the wire; over the ssl:// connector the same login crosses encrypted', async () => {
    const stores = makeKeyStores();
    try {
      const xml = plainAndTls(stores, 'app');
      const findings = ruleFindings({ xml }, 'insecure-transport');
      assert.deepEqual(findings.map((f) => f.text), ['tcp'], 'the tcp:// connector is reported, the ssl:// one is not');
      assert.match(findings[0].message, /this tcp:\/\/ connector listens without TLS on 0\.0\.0\.0: their passwords cross the network in clear text\. Use the TLS form \(ssl:\/\/\)/);

      const [tcp, ssl] = [await freePort(), await freePort()];
      await withBroker({ xml }, { keepConnectors: { ports: { 61616: tcp, 61617: ssl } } }, async () => {
        const [plain, secure] = [await relayTo(tcp), await relayTo(ssl)];
        try {
          const client = { user: 'app', password: PASSWORD, properties: stores.clientProperties };
          assert.deepEqual(await connectAndSend([`tcp://127.0.0.1:${plain.port}`, `ssl://127.0.0.1:${secure.port}`], client), [{ sent: true }, { sent: true }], 'the logins over tcp:// and ssl:// are accepted');
          assert.ok(plain.sent().includes(PASSWORD), 'the password is readable in what crossed the tcp:// relay');
          assert.ok(plain.sent().includes('app'), 'and the user name');
          assert.ok(secure.sent().length > 1000, 'the ssl:// client sent its login through the relay');
          assert.ok(!secure.sent().includes(PASSWORD), 'the password is not readable in what crossed the ssl:// relay');
        } finally {
          await plain.close();
          await secure.close();
        }
      });
    } finally {
      stores.remove();
    }
  });

  verifies(['insecure-transport'], 'insecure-transport: a network bridge logging in to the remote broker over tcp:// carries its password in clear text on the wire; over ssl:// the same bridge crosses encrypted', async () => {
    const stores = makeKeyStores();
    try {
      const b = plainAndTls(stores, 'bridge', '<transportConnector name="stomp" uri="stomp://0.0.0.0:61613"/>').replace('brokerName="probe"', 'brokerName="b"');
      const a = (uri: string) => brokerXml(`<sslContext><sslContext trustStore="${stores.trustStore}" trustStorePassword="password" trustStoreType="PKCS12"/></sslContext>
  <networkConnectors><networkConnector name="to-b" uri="static:(${uri})" userName="bridge" password="${PASSWORD}"/></networkConnectors>`).replace('brokerName="probe"', 'brokerName="a"');
      const findings = ruleFindings({ xml: a('tcp://broker-b:61616') }, 'insecure-transport');
      assert.equal(findings.length, 1);
      assert.match(findings[0].message, /^This network bridge sends its userName and password to the remote broker over tcp:\/\/ without TLS: they cross the network in clear text\. Use ssl:\/\//);
      assert.deepEqual(ruleFindings({ xml: a('ssl://broker-b:61617') }, 'insecure-transport'), [], 'the bridge over ssl:// is not reported');

      const [tcp, ssl, stomp] = [await freePort(), await freePort(), await freePort()];
      await withBroker({ xml: b }, { keepConnectors: { ports: { 61616: tcp, 61617: ssl, 61613: stomp } } }, async () => {
        for (const [scheme, port, readable] of [['tcp', tcp, true], ['ssl', ssl, false]] as const) {
          const relay = await relayTo(port);
          try {
            // A message sent on a reaches a consumer on b only once the bridge has logged in to b.
            const consumer = firstMessage(stomp, 'bridge', PASSWORD, `CROSS.${scheme}`, 30);
            await consumer.subscribed;
            const bridging = await startBroker({ xml: a(`${scheme}://127.0.0.1:${relay.port}`) }, { keepNetworkConnectors: true });
            try {
              const sender = await loggedIn(bridging.stompPort);
              assert.equal((await sender.ask('write', `queue://CROSS.${scheme}`)).allowed, true);
              await sender.close();
              assert.doesNotMatch(await consumer.body, /^(none|refused)/, `${scheme}: the message crossed the bridge:\n${bridging.output()}`);
            } finally {
              await bridging.stop();
            }
            assert.equal(relay.sent().includes(PASSWORD), readable, `${scheme}: the password is ${readable ? '' : 'not '}readable in what crossed the relay`);
          } finally {
            await relay.close();
          }
        }
      });
    } finally {
      stores.remove();
    }
  });
});
