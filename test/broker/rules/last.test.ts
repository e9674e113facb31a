// What the broker opens, or does not, on the ports the linter names: the JMX connector of a managementContext with
// createConnector="true" (prepareConfig's keepJmx), and the port an Alfresco client URL names that no connector
// serves (keepConnectors, on 127.0.0.1).
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { withBroker } from '../broker';
import { brokerXml } from '../configXml';
import { alfrescoFindings, ruleFindings } from '../lintFindings';
import { verifies } from '../verifies';
import { freePort } from './support';

/** Whether a plain TCP connect to 127.0.0.1:port is accepted, or the error code that refused it. */
function tcpConnect(port: number): Promise<'connected' | string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe('ports the linter names, on a real broker', { concurrency: 2 }, () => {
  verifies(['jmx-connector'], 'jmx-connector: a managementContext with createConnector="true" and no authenticator opens a JMX connector (its RMI registry accepts a plain TCP connect on connectorPort); with createConnector="false" the port stays closed', async () => {
    const [open, closed] = [await freePort(), await freePort()];
    const jmx = (create: boolean, port: number) =>
      brokerXml(`<managementContext><managementContext createConnector="${create}" connectorPort="${port}"/></managementContext>`);
    const findings = ruleFindings({ xml: jmx(true, open) }, 'jmx-connector');
    assert.equal(findings.length, 1, 'createConnector="true" without authentication is reported');
    assert.deepEqual(ruleFindings({ xml: jmx(false, closed) }, 'jmx-connector'), [], 'createConnector="false" is not reported');
    await withBroker({ xml: jmx(true, open) }, { keepJmx: true }, async () => {
      assert.equal(await tcpConnect(open), 'connected', 'the JMX connector port accepts a connection while the broker runs');
    });
    await withBroker({ xml: jmx(false, closed) }, { keepJmx: true }, async () => {
      assert.equal(await tcpConnect(closed), 'ECONNREFUSED', 'without createConnector no JMX port is opened');
    });
  });

  verifies(['client-url-no-connector'], 'client-url-no-connector: an alfresco-global.properties whose messaging.broker.url names a port no connector listens on is refused there (ECONNREFUSED), while the config\'s connector port accepts', async () => {
    const [served, unserved] = [await freePort(), await freePort()];
    const xml = brokerXml(`<transportConnectors><transportConnector name="openwire" uri="tcp://0.0.0.0:${served}"/></transportConnectors>`);
    const wrong = alfrescoFindings(xml, `messaging.broker.url=failover:(tcp://activemq:${unserved})?timeout=3000\n`).filter((f) => f.code === 'client-url-no-connector');
    assert.equal(wrong.length, 1);
    assert.equal(wrong[0].message, `No transport connector of the broker listens on port ${unserved}; the broker serves tcp://…:${served}.`);
    const right = alfrescoFindings(xml, `messaging.broker.url=failover:(tcp://activemq:${served})?timeout=3000\n`).filter((f) => f.code === 'client-url-no-connector');
    assert.deepEqual(right, [], 'a URL naming the connector port is not reported');
    await withBroker({ xml }, { keepConnectors: { ports: { [served]: served } } }, async () => {
      assert.equal(await tcpConnect(unserved), 'ECONNREFUSED', 'the port the client names is closed');
      assert.equal(await tcpConnect(served), 'connected', 'the connector port accepts');
    });
  });
});
