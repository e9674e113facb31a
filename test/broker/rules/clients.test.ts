// What a JMS application (an Alfresco repository) meets at connect, through ActiveMQ's own OpenWire client: the
// advisory topics it subscribes to, and a login without a user name or with a wrong password.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { withBroker } from '../broker';
import { alfrescoFindings, ruleFindings } from '../lintFindings';
import { login, openWire } from '../openwire';
import { verifies } from '../verifies';
import { securedXml } from './support';

const QUEUES = '<authorizationEntry queue=">" read="apps,ops" write="apps,ops" admin="apps,ops"/>';


describe('a JMS client on a real broker', { concurrency: 3 }, () => {
  verifies(['advisory-access'], 'advisory-access: a JMS connection of a user without read on ActiveMQ.Advisory.TempQueue,TempTopic fails at connect with the JMSSecurityException the finding quotes', async () => {
    // ops may create (admin) advisory topics but not read them; apps may do everything there.
    const xml = securedXml({
      users: `<authenticationUser username="ops" password="pw" groups="ops"/>
<authenticationUser username="app" password="pw" groups="apps"/>`,
      entries: `${QUEUES}
<authorizationEntry topic="ActiveMQ.Advisory.>" read="apps" write="apps,ops" admin="apps,ops"/>`,
    });
    for (const version of [undefined, '5.17.2']) {
      const findings = ruleFindings({ xml: version ? xml.replace('activemq-core.xsd', `activemq-core-${version}.xsd`) : xml }, 'advisory-access');
      assert.equal(findings.length, 1, `broker version ${version ?? 'current'}`);
      assert.match(findings[0].message, /^`ops \(ops\)` cannot read/);
      assert.match(findings[0].message, /their connections fail with a JMSSecurityException \("not authorized to read from: ActiveMQ\.Advisory\.TempQueue,ActiveMQ\.Advisory\.TempTopic"\)/);
    }
    await withBroker({ xml }, {}, async (broker) => {
      assert.deepEqual(await openWire(broker.openwirePort, [login('ops', 'pw'), login('app', 'pw'), 'temp-queue']), [
        { step: 'login:ops:pw', allowed: false, exception: 'JMSSecurityException', message: 'User ops is not authorized to read from: ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic' },
        { step: 'login:app:pw', allowed: true },
        { step: 'temp-queue', allowed: true },
      ]);
    });
  });

  verifies(['advisory-access'], 'advisory-access on 5.17.2: read and admin on the temp advisories are not enough, the client needs admin on the advisory topics its actions create (ActiveMQ.Advisory.Connection at connect, ActiveMQ.Advisory.Queue at a new queue)', async () => {
    // The config of issue 16's third disagreement.
    const xml = securedXml({
      schemaVersion: '5.17.2',
      users: '<authenticationUser username="app" password="pw" groups="apps"/>',
      entries: `${QUEUES}
<authorizationEntry topic="ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic" read="apps" admin="apps"/>`,
    });
    // With admin on the connection advisory too, the first use of a new queue is refused for its advisory.
    const connectionToo = xml.replace('topic="ActiveMQ.Advisory.TempQueue,', 'topic="ActiveMQ.Advisory.Connection,ActiveMQ.Advisory.TempQueue,');
    await Promise.all([
      withBroker({ xml }, {}, async (broker) => {
        assert.deepEqual(await openWire(broker.openwirePort, [login('app', 'pw')]), [
          { step: 'login:app:pw', allowed: false, exception: 'JMSSecurityException', message: 'User app is not authorized to create: topic://ActiveMQ.Advisory.Connection' },
        ]);
      }),
      withBroker({ xml: connectionToo }, {}, async (broker) => {
        assert.deepEqual(await openWire(broker.openwirePort, [login('app', 'pw'), 'write:queue://ORDERS.NEW']), [
          { step: 'login:app:pw', allowed: true },
          { step: 'write:queue://ORDERS.NEW', allowed: false, exception: 'JMSSecurityException', message: 'User app is not authorized to create: topic://ActiveMQ.Advisory.Queue' },
        ]);
      }),
    ]);
    // The finding names app, asks for admin, and quotes what the broker refuses first.
    for (const [config, brokerSays] of [[xml, 'Connection'], [connectionToo, 'Queue']]) {
      const findings = ruleFindings({ xml: config }, 'advisory-access');
      assert.equal(findings.length, 1, 'advisory-access reports app for broker 5.17.2');
      assert.match(findings[0].message, /\bapp\b.*\badmin\b/);
      assert.ok(findings[0].message.includes(`"User app is not authorized to create: topic://ActiveMQ.Advisory.${brokerSays}"`), findings[0].message);
    }
  });

  verifies(['client-no-username', 'client-wrong-password'], 'Alfresco client checks: a repository without messaging.broker.username is refused at connect with exactly "User name [null] or password is invalid.", one with a wrong password with "User name [alfresco] …"', async () => {
    const xml = securedXml({
      users: '<authenticationUser username="alfresco" password="secret" groups="apps"/>',
      entries: `${QUEUES}
<authorizationEntry topic=">" read="apps" write="apps" admin="apps"/>`,
    });
    const findings = alfrescoFindings(xml, 'messaging.broker.url=failover:(tcp://activemq:61616)?timeout=3000\nmessaging.broker.password=secret\n');
    assert.deepEqual(findings.map((f) => f.code), ['client-no-username']);
    assert.match(findings[0].message, /is refused with exactly "User name \[null\] or password is invalid\."$/);
    const wrong = alfrescoFindings(xml, 'messaging.broker.url=failover:(tcp://activemq:61616)?timeout=3000\nmessaging.broker.username=alfresco\nmessaging.broker.password=admin\n');
    assert.deepEqual(wrong.map((f) => f.code), ['client-wrong-password']);
    assert.match(wrong[0].message, /is refused with "User name \[alfresco\] or password is invalid\."$/);
    await withBroker({ xml }, {}, async (broker) => {
      assert.deepEqual(await openWire(broker.openwirePort, [login(undefined, 'secret'), login('alfresco', 'admin'), login('alfresco', 'secret')]), [
        { step: 'login:-:secret', allowed: false, exception: 'JMSSecurityException', message: 'User name [null] or password is invalid.' },
        { step: 'login:alfresco:admin', allowed: false, exception: 'JMSSecurityException', message: 'User name [alfresco] or password is invalid.' },
        { step: 'login:alfresco:secret', allowed: true },
      ]);
    });
  });
});
