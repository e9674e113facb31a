// The Alfresco client checks on messaging.broker.url, shown with ActiveMQ's own OpenWire client (Debian's jars) and
// the URL as the repository would use it: what a plain tcp:// connection does across a broker restart, what a
// URL of the wrong TLS flavour meets, and how the client's URL parser refuses what client-url-syntax reports.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { startBroker, withBroker, type Broker } from '../broker';
import { brokerXml } from '../configXml';
import { makeKeyStores } from '../keyStore';
import { alfrescoFindings } from '../lintFindings';
import { connectAndSend, sendAcross } from '../urlClient';
import { verifies } from '../verifies';
import { freePort } from './support';

const TCP_ONLY = brokerXml('<transportConnectors><transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/></transportConnectors>');

/** The client checks' findings of one code for a repository with this messaging.broker.url. */
function findings(xml: string, url: string, code: string): string[] {
  return alfrescoFindings(xml, `messaging.broker.url=${url}\n`).filter((f) => f.code === code).map((f) => f.message);
}

describe('Alfresco client URLs with ActiveMQ\'s own client', { concurrency: 2 }, () => {
  verifies(['client-url-not-failover'], 'client-url-not-failover: after the broker restarts, a tcp:// connection stays closed ("The Session is closed") while a failover:(tcp://...) one reconnects and sends', async () => {
    assert.match(findings(TCP_ONLY, 'tcp://activemq:61616', 'client-url-not-failover')[0] ?? '', /gives up on the first broker restart or network glitch instead of reconnecting\.$/);
    assert.deepEqual(findings(TCP_ONLY, 'failover:(tcp://activemq:61616)', 'client-url-not-failover'), [], 'a failover URL is not reported');

    const port = await freePort();
    const options = { keepConnectors: { ports: { 61616: port } } };
    let broker: Broker = await startBroker({ xml: TCP_ONLY }, options);
    // The same broker config, killed and started again on the same port, once per client.
    const restart = async () => {
      await broker.stop();
      broker = await startBroker({ xml: TCP_ONLY }, options);
    };
    try {
      const plain = await sendAcross(`tcp://127.0.0.1:${port}`, restart);
      assert.deepEqual(plain, [{ sent: true }, { sent: false, exception: 'IllegalStateException', message: 'The Session is closed' }]);
      const failover = await sendAcross(`failover:(tcp://127.0.0.1:${port})?maxReconnectDelay=500`, restart);
      assert.deepEqual(failover, [{ sent: true }, { sent: true }]);
    } finally {
      await broker.stop();
    }
  });

  verifies(['client-url-scheme-mismatch'], 'client-url-scheme-mismatch: an ssl:// client on a tcp:// connector fails its handshake ("Unsupported or unrecognized SSL message", or "Connection or outbound has closed" when the broker hangs up first), a tcp:// client on an ssl:// connector with "Cannot send, channel has already failed"; the matching schemes send', async () => {
    const stores = makeKeyStores();
    try {
      const xml = brokerXml(`${stores.sslContext}
  <transportConnectors><transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/><transportConnector name="ssl" uri="ssl://0.0.0.0:61617"/></transportConnectors>`);
      const [sslOnTcp] = findings(xml, 'failover:(ssl://activemq:61616)', 'client-url-scheme-mismatch');
      assert.match(sslOnTcp ?? '', /^Port 61616 of the broker is a tcp:\/\/ connector, but this client connects with ssl:\/\/: its TLS handshake meets a plain-text port and the connection fails\./);
      const [tcpOnSsl] = findings(xml, 'failover:(tcp://activemq:61617)', 'client-url-scheme-mismatch');
      assert.match(tcpOnSsl ?? '', /^Port 61617 of the broker is a ssl:\/\/ connector, but this client connects with tcp:\/\/: its plain-text connection meets a TLS port and the connection fails\./);
      for (const url of ['failover:(tcp://activemq:61616)', 'failover:(ssl://activemq:61617)']) assert.deepEqual(findings(xml, url, 'client-url-scheme-mismatch'), [], url);

      const [tcp, ssl] = [await freePort(), await freePort()];
      await withBroker({ xml }, { keepConnectors: { ports: { 61616: tcp, 61617: ssl } } }, async () => {
        const client = { properties: stores.clientProperties };
        const answers = await connectAndSend([`ssl://127.0.0.1:${tcp}`, `tcp://127.0.0.1:${ssl}`, `tcp://127.0.0.1:${tcp}`, `ssl://127.0.0.1:${ssl}`], client);
        // Which of the two texts the handshake ends with depends on whether the broker's reply to a ClientHello it
        // reads as a broken OpenWire frame, or its hang-up, reaches the client first (both seen on 5.17.2).
        assert.match(answers[0].message ?? '', new RegExp(`^Could not connect to broker URL: ssl://127\\.0\\.0\\.1:${tcp}\\. Reason: ` +
          '(javax\\.net\\.ssl\\.SSLException: Unsupported or unrecognized SSL message|java\\.net\\.SocketException: Connection or outbound has closed)$'));
        assert.deepEqual(answers, [
          { sent: false, exception: 'JMSException', message: answers[0].message },
          { sent: false, exception: 'JMSException', message: `Cannot send, channel has already failed: tcp://127.0.0.1:${ssl}` },
          { sent: true },
          { sent: true },
        ]);
      });
    } finally {
      stores.remove();
    }
  });

  verifies(['client-url-syntax'], 'client-url-syntax: ActiveMQConnectionFactory refuses an unknown failover option with "Invalid connect parameters: {backOffMultiplier=2}", an unknown scheme with "Transport scheme NOT recognized: [tpc]" and an unclosed parenthesis with "Invalid location"', async () => {
    const cases = [
      { url: 'failover:(tcp://HOST:61616)?backOffMultiplier=2', lint: /FailoverTransport has no option "backOffMultiplier"/, client: 'Could not create Transport. Reason: java.lang.IllegalArgumentException: Invalid connect parameters: {backOffMultiplier=2}' },
      { url: 'failover:(tcp://HOST:61616)?timeout=3000&foo=1', lint: /FailoverTransport has no option "foo"; the client refuses the URL with "Invalid connect parameters"\.$/, client: 'Could not create Transport. Reason: java.lang.IllegalArgumentException: Invalid connect parameters: {foo=1}' },
      { url: 'tpc://HOST:61616', lint: /"tpc" is no transport scheme ActiveMQ knows \(Transport scheme NOT recognized\)/, client: 'Could not create Transport. Reason: java.io.IOException: Transport scheme NOT recognized: [tpc]' },
      { url: 'failover:(tcp://HOST:61616', lint: /Not a matching number of '\(' and '\)' parenthesis: this '\(' is never closed\.$/, client: 'Could not create Transport. Reason: java.io.IOException: Invalid location: failover:(tcp://HOST:61616' },
    ];
    const port = await freePort();
    await withBroker({ xml: TCP_ONLY }, { keepConnectors: { ports: { 61616: port } } }, async () => {
      const local = (url: string) => url.replace('HOST:61616', `127.0.0.1:${port}`);
      const answers = await connectAndSend([...cases.map((c) => local(c.url)), local('failover:(tcp://HOST:61616)?timeout=3000')]);
      for (const [i, c] of cases.entries()) {
        const lint = findings(TCP_ONLY, c.url.replace('HOST', 'activemq'), 'client-url-syntax');
        assert.equal(lint.length, 1, `${c.url}: ${JSON.stringify(lint)}`);
        assert.match(lint[0], c.lint);
        assert.deepEqual(answers[i], { sent: false, exception: 'JMSException', message: local(c.client) }, c.url);
      }
      // The unknown scheme is only a syntax problem: the client never reaches a port, so no TLS mismatch is claimed.
      assert.deepEqual(findings(TCP_ONLY, 'failover:(tpc://activemq:61616)', 'client-url-scheme-mismatch'), []);
      // The same URL without the fault connects and sends: the broker was there all along.
      assert.deepEqual(findings(TCP_ONLY, 'failover:(tcp://activemq:61616)?timeout=3000', 'client-url-syntax'), []);
      assert.deepEqual(answers[cases.length], { sent: true });
    });
  });
});
