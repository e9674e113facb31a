// Logins: what the broker does when nobody logs users in, when nothing limits them, for anonymous connections and
// for a user defined twice, next to what the linter says about the same config.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { withBroker } from '../broker';
import { brokerXml } from '../configXml';
import { ruleFindings } from '../lintFindings';
import { login, openWire } from '../openwire';
import { connect } from '../stomp';
import { verifies } from '../verifies';
import { loggedIn, securedXml } from './support';

// The authorization map alone decides in most tests here: advisorySupport="false" keeps 5.17.2's advisory topics
// (created with the client's own rights, see advisory-access) out of answers that are about something else.
const MAP_ONLY = { noAdvisories: true };

describe('logins on a real broker', { concurrency: 3 }, () => {
  verifies(['no-authentication'], 'no-authentication: with an authorizationPlugin and no authentication plugin the broker refuses every connection (STOMP and JMS) with "User is not authenticated."', async () => {
    const xml = brokerXml(`
  <plugins>
    <authorizationPlugin><map><authorizationMap><authorizationEntries>
      <authorizationEntry queue=">" read="*" write="*" admin="*"/>
      <authorizationEntry topic=">" read="*" write="*" admin="*"/>
    </authorizationEntries></authorizationMap></map></authorizationPlugin>
  </plugins>`);
    const [finding] = ruleFindings({ xml }, 'no-authentication');
    assert.match(finding.message, /refuses every consumer, producer and destination with "User is not authenticated\."/);
    // Already the login is refused (with or without advisories): no connection carries a security context.
    await withBroker({ xml }, { noAdvisories: true }, async (broker) => {
      assert.deepEqual(await connect(broker.stompPort, { user: 'alice', password: 'any' }), { refused: 'User is not authenticated.' });
      assert.deepEqual(await connect(broker.stompPort, {}), { refused: 'User is not authenticated.' });
      assert.deepEqual(await openWire(broker.openwirePort, [login('alice', 'any')]), [
        { step: 'login:alice:any', allowed: false, exception: 'JMSSecurityException', message: 'User is not authenticated.' },
      ]);
    });
  });

  verifies(['no-authorization'], 'no-authorization: authentication alone lets every user who logs in read, write and create every destination, advisory topics included', async () => {
    const xml = securedXml({ users: '<authenticationUser username="nobody" password="pw"/>' });
    const [finding] = ruleFindings({ xml }, 'no-authorization');
    assert.match(finding.message, /every user who logs in may read, write, create and delete every destination/);
    await withBroker({ xml }, {}, async (broker) => {
      assert.deepEqual(await connect(broker.stompPort, { user: 'nobody', password: 'wrong' }), { refused: 'User name [nobody] or password is invalid.' });
      const nobody = await loggedIn(broker.stompPort, 'nobody', 'pw');
      for (const [op, destination] of [['write', 'queue://ANY.NEW'], ['read', 'queue://ANY.NEW'], ['read', 'topic://ActiveMQ.Advisory.Queue'], ['write', 'topic://ActiveMQ.Advisory.Queue']] as const) {
        assert.deepEqual(await nobody.ask(op, destination), { allowed: true }, `${op} ${destination}`);
      }
      await nobody.flush();
      assert.deepEqual(nobody.stray, []);
      await nobody.close();
    });
  });

  verifies(['anonymous-access'], 'anonymous-access: with anonymousAccessAllowed a connection without a login sends to, and creates, what anonymousGroup or * may write and administer', async () => {
    const xml = securedXml({
      authentication: 'anonymousAccessAllowed="true"',
      users: '<authenticationUser username="app" password="pw" groups="apps"/>',
      entries: `<authorizationEntry queue="ORDERS.>" read="apps" write="apps,anonymous" admin="apps"/>
<authorizationEntry queue="LOGS.>" read="apps" write="*" admin="*"/>`,
    });
    const findings = ruleFindings({ xml }, 'anonymous-access');
    assert.deepEqual(findings.map((f) => f.text).sort(), ['*', 'anonymous']);
    assert.match(findings.find((f) => f.text === '*')!.message, /includes anonymous connections \(anonymousAccessAllowed is on\): anybody who reaches the broker gets write, admin on/);
    assert.match(findings.find((f) => f.text === 'anonymous')!.message, /anybody who reaches the broker may send there/);
    await withBroker({ xml }, { ...MAP_ONLY, precreate: ['queue://ORDERS.IN'] }, async (broker) => {
      const anybody = await loggedIn(broker.stompPort);
      assert.deepEqual(await anybody.ask('write', 'queue://ORDERS.IN'), { allowed: true });
      assert.deepEqual(await anybody.ask('write', 'queue://LOGS.NEW'), { allowed: true }, 'created through *');
      // What the finding does not claim stays refused: anonymous may not read, nor create ORDERS destinations.
      assert.equal((await anybody.ask('read', 'queue://ORDERS.IN')).reason, 'User anonymous is not authorized to read from: queue://ORDERS.IN');
      assert.equal((await anybody.ask('write', 'queue://ORDERS.NEW')).reason, 'User anonymous is not authorized to create: queue://ORDERS.NEW');
      await anybody.close();
    });
  });

  verifies(['duplicate-user'], 'duplicate-user: the broker keeps only the last definition of a user, its password and its groups', async () => {
    const xml = securedXml({
      users: `<authenticationUser username="alice" password="first" groups="admins"/>
<authenticationUser username="alice" password="second" groups="users"/>`,
      entries: `<authorizationEntry queue="ADMIN.>" read="admins" write="admins" admin="admins"/>
<authorizationEntry queue="USER.>" read="users" write="users" admin="users"/>`,
    });
    const [finding] = ruleFindings({ xml }, 'duplicate-user');
    assert.match(finding.message, /ActiveMQ keeps only that last definition \(its password and groups\), so this one has no effect/);
    await withBroker({ xml }, { ...MAP_ONLY, precreate: ['queue://ADMIN.Q', 'queue://USER.Q'] }, async (broker) => {
      assert.deepEqual(await connect(broker.stompPort, { user: 'alice', password: 'first' }), { refused: 'User name [alice] or password is invalid.' });
      const alice = await loggedIn(broker.stompPort, 'alice', 'second');
      assert.deepEqual(await alice.ask('read', 'queue://USER.Q'), { allowed: true });
      assert.equal((await alice.ask('read', 'queue://ADMIN.Q')).reason, 'User alice is not authorized to read from: queue://ADMIN.Q');
      await alice.close();
    });
  });
});
