// Each rule's claim about run time, made to happen on a real ActiveMQ 5.17.2: the linter's finding on a config, and
// the broker doing what the finding says, in the broker's own words. docs/fidelity.md names these tests.
import { test } from 'node:test';
import { verifies } from './verifies';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli';
import { findings } from '../helpers';
import { BrokerRefused, jmsProbe, startBroker, withBroker } from './broker';
import { brokerXml } from './configXml';
import { connect } from './stomp';
import { login, refusal, securedXml, user, whoCan } from './support';

const NO_ADVISORIES = { noAdvisories: true };

verifies(['entry-destination'], 'entry-destination: queue= and topic= on one entry govern the topic only, in either order', async () => {
  const xml = securedXml({
    users: user('alice', 'users'),
    entries: '<authorizationEntry queue="BOTH" topic="BOTH" read="users"/><authorizationEntry topic="REV" queue="REV" read="users"/>',
  });
  const found = findings(xml, 'entry-destination');
  assert.deepEqual(found.map((f) => f.text), ['queue', 'queue']);
  assert.match(found[0].message, /ignores this `queue`: .*`topic="BOTH"` of the same entry replaces it/);
  for (const name of ['BOTH', 'REV']) {
    assert.deepEqual(whoCan(xml, `topic://${name}`).read?.users, ['alice']);
    assert.deepEqual(whoCan(xml, `queue://${name}`).read?.users, []);
  }
  await withBroker({ xml }, { ...NO_ADVISORIES, precreate: ['queue://BOTH', 'topic://BOTH', 'queue://REV', 'topic://REV'] }, async (broker) => {
    const alice = await login(broker.stompPort, 'alice');
    for (const name of ['BOTH', 'REV']) {
      assert.equal(await refusal(alice, 'read', `topic://${name}`), undefined);
      assert.equal(await refusal(alice, 'read', `queue://${name}`), `User alice is not authorized to read from: queue://${name}`);
    }
    await alice.close();
  });
});

verifies(['duplicate-user'], 'duplicate-user: the last definition wins, password and groups, and --who-can follows it', async () => {
  const xml = securedXml({
    users: `${user('bob', 'users')}${user('bob', 'others', 'bob2')}`,
    entries: '<authorizationEntry queue="X" read="users" write="others"/>',
  });
  const [finding] = findings(xml, 'duplicate-user');
  assert.match(finding.message, /ActiveMQ keeps only that last definition \(its password and groups\)/);
  const answer = whoCan(xml, 'queue://X');
  assert.deepEqual([answer.read?.users, answer.write?.users], [[], ['bob']]);
  await withBroker({ xml }, { ...NO_ADVISORIES, precreate: ['queue://X'] }, async (broker) => {
    assert.deepEqual(await connect(broker.stompPort, { user: 'bob', password: 'bobpw' }), { refused: 'User name [bob] or password is invalid.' });
    const bob = await login(broker.stompPort, 'bob', 'bob2');
    assert.equal(await refusal(bob, 'read', 'queue://X'), 'User bob is not authorized to read from: queue://X');
    assert.equal(await refusal(bob, 'write', 'queue://X'), undefined);
    await bob.close();
  });
});

test('--who-can answers for JAAS users (the properties files login.config names) as the broker does', async () => {
  const xml = brokerXml(`
    <plugins>
      <jaasAuthenticationPlugin configuration="activemq"/>
      <authorizationPlugin><map><authorizationMap><authorizationEntries>
        <authorizationEntry queue="X" read="users" write="admins"/>
      </authorizationEntries></authorizationMap></map></authorizationPlugin>
    </plugins>`);
  const files = {
    'login.config': 'activemq {\n  org.apache.activemq.jaas.PropertiesLoginModule required\n    org.apache.activemq.jaas.properties.user="users.properties"\n    org.apache.activemq.jaas.properties.group="groups.properties";\n};\n',
    'users.properties': 'alice=alicepw\nbob=bobpw\n',
    'groups.properties': 'users=alice,bob\nadmins=bob\n',
  };
  const answer = whoCan(xml, 'queue://X', files);
  assert.deepEqual([answer.read?.users, answer.write?.users], [['alice', 'bob'], ['bob']]);
  await withBroker({ xml, files }, { ...NO_ADVISORIES, precreate: ['queue://X'] }, async (broker) => {
    const alice = await login(broker.stompPort, 'alice');
    assert.equal(await refusal(alice, 'read', 'queue://X'), undefined);
    assert.equal(await refusal(alice, 'write', 'queue://X'), 'User alice is not authorized to write to: queue://X');
    const bob = await login(broker.stompPort, 'bob');
    assert.equal(await refusal(bob, 'write', 'queue://X'), undefined);
    await Promise.all([alice.close(), bob.close()]);
  });
});

const ADVISORY_TEMP_ONLY = '<authorizationEntry queue="APP.>" read="users" write="users" admin="users"/><authorizationEntry topic="ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic" read="users" admin="users"/>';

verifies(['advisory-access'], 'advisory-access on 5.17.2: read and admin on the temp advisories alone fail the first connection, then the first use of a queue', async () => {
  const xml = securedXml({ users: user('app', 'users'), entries: ADVISORY_TEMP_ONLY, schemaVersion: '5.17.2' });
  const [finding] = findings(xml, 'advisory-access');
  assert.match(finding.message, /fails with "User app is not authorized to create: topic:\/\/ActiveMQ.Advisory.Connection"/);
  assert.match(finding.message, /`ActiveMQ.Advisory.Queue`/);
  await withBroker({ xml }, {}, async (broker) => {
    assert.deepEqual(await connect(broker.stompPort, { user: 'app', password: 'apppw' }), { refused: 'User app is not authorized to create: topic://ActiveMQ.Advisory.Connection' });
    assert.equal(await jmsProbe(broker.openwirePort, 'app', 'apppw', 'connect'), 'denied JMSSecurityException: User app is not authorized to create: topic://ActiveMQ.Advisory.Connection');
  });
  // With admin on the connection advisory the connection works; the first use of a queue needs the next one.
  const connectionToo = xml.replace('ActiveMQ.Advisory.TempTopic"', 'ActiveMQ.Advisory.TempTopic,ActiveMQ.Advisory.Connection"');
  await withBroker({ xml: connectionToo }, {}, async (broker) => {
    const app = await login(broker.stompPort, 'app');
    assert.equal(await refusal(app, 'write', 'queue://APP.ONE'), 'User app is not authorized to create: topic://ActiveMQ.Advisory.Queue');
    await app.close();
  });
  // The documented entry the quick fix inserts for old brokers is enough, for STOMP and for the JMS client.
  const documented = securedXml({ users: user('app', 'users'), entries: `${ADVISORY_TEMP_ONLY}<authorizationEntry topic="ActiveMQ.Advisory.>" read="users" write="users" admin="users"/>`, schemaVersion: '5.17.2' });
  assert.deepEqual(findings(documented, 'advisory-access'), []);
  await withBroker({ xml: documented }, {}, async (broker) => {
    assert.equal(await jmsProbe(broker.openwirePort, 'app', 'apppw', 'write', 'queue://APP.ONE'), 'allowed');
  });
});

verifies(['advisory-access'], 'advisory-access, the JMS view: without read on the temp advisories the OpenWire client fails at connect', async () => {
  const xml = securedXml({ users: user('user', 'users'), entries: '<authorizationEntry queue=">" read="users" write="users" admin="users"/><authorizationEntry topic="ActiveMQ.Advisory.>" write="users" admin="users"/>' });
  const [finding] = findings(xml, 'advisory-access');
  assert.match(finding.message, /\("not authorized to read from: ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic"\)/);
  await withBroker({ xml }, {}, async (broker) => {
    assert.equal(await jmsProbe(broker.openwirePort, 'user', 'userpw', 'connect'), 'denied JMSSecurityException: User user is not authorized to read from: ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic');
    // A STOMP client does not subscribe to them, so it connects.
    const stomp = await login(broker.stompPort, 'user');
    await stomp.close();
  });
});

verifies(['temp-destination-access'], 'temp-destination-access: users lacking admin in the temp entry cannot create temporary destinations; without one, everyone can', async () => {
  const temp = '<tempDestinationAuthorizationEntry><tempDestinationAuthorizationEntry read="users" write="users" admin="admins"/></tempDestinationAuthorizationEntry>';
  const xml = securedXml({ users: `${user('alice', 'users')}${user('root', 'users,admins')}`, entries: '<authorizationEntry queue="A" read="users"/>', mapExtras: temp });
  const [finding] = findings(xml, 'temp-destination-access');
  assert.match(finding.message, /^`alice` lack admin in the tempDestinationAuthorizationEntry.*\("not authorized to create: temp-queue:\/\/\.\.\."\)/);
  const open = securedXml({ users: user('alice', 'users'), entries: '<authorizationEntry queue="A" read="users"/>' });
  assert.match(findings(open, 'temp-destination-access')[0].message, /every authenticated user may create, read and write any temporary destination/);
  await withBroker({ xml }, NO_ADVISORIES, async (broker) => {
    const alice = await login(broker.stompPort, 'alice');
    assert.match((await refusal(alice, 'read', 'temp-queue://reply')) ?? 'allowed', /^User alice is not authorized to create: temp-queue:\/\/ID:/);
    const root = await login(broker.stompPort, 'root');
    assert.equal(await refusal(root, 'read', 'temp-queue://reply'), undefined);
    await Promise.all([alice.close(), root.close()]);
  });
  await withBroker({ xml: open }, NO_ADVISORIES, async (broker) => {
    const alice = await login(broker.stompPort, 'alice');
    assert.equal(await refusal(alice, 'read', 'temp-queue://reply'), undefined);
    assert.equal(await refusal(alice, 'write', 'temp-topic://events'), undefined);
    await alice.close();
  });
});

verifies(['group-without-members'], 'group-without-members: a grant to a group nobody belongs to (wrong case) reaches nobody', async () => {
  const xml = securedXml({ users: user('alice', 'users'), entries: '<authorizationEntry queue="ORDERS" read="Users" write="users"/>' });
  const [finding] = findings(xml, 'group-without-members');
  assert.equal(finding.text, 'Users');
  assert.match(finding.message, /No user belongs to group `Users`, so this read grant reaches nobody/);
  await withBroker({ xml }, { ...NO_ADVISORIES, precreate: ['queue://ORDERS'] }, async (broker) => {
    const alice = await login(broker.stompPort, 'alice');
    assert.equal(await refusal(alice, 'read', 'queue://ORDERS'), 'User alice is not authorized to read from: queue://ORDERS');
    assert.equal(await refusal(alice, 'write', 'queue://ORDERS'), undefined);
    await alice.close();
  });
});

verifies(['wildcard-syntax'], 'wildcard-syntax: `nodes>` is a literal name, matching neither nodes.x nor nodes', async () => {
  const xml = securedXml({ users: user('alice', 'users'), entries: '<authorizationEntry queue="events.nodes>" read="users"/><authorizationEntry queue="events.other.>" read="users"/>' });
  const [finding] = findings(xml, 'wildcard-syntax');
  assert.equal(finding.text, 'nodes>');
  assert.match(finding.message, /ActiveMQ reads `nodes>` as a literal name, not a wildcard/);
  await withBroker({ xml }, { ...NO_ADVISORIES, precreate: ['queue://events.nodes.created', 'queue://events.nodes', 'queue://events.other.created'] }, async (broker) => {
    const alice = await login(broker.stompPort, 'alice');
    assert.equal(await refusal(alice, 'read', 'queue://events.nodes.created'), 'User alice is not authorized to read from: queue://events.nodes.created');
    assert.equal(await refusal(alice, 'read', 'queue://events.nodes'), 'User alice is not authorized to read from: queue://events.nodes');
    assert.equal(await refusal(alice, 'read', 'queue://events.other.created'), undefined, 'the same entry written with `.>` matches');
    await alice.close();
  });
});

verifies(['virtual-topic-consumer-kind'], 'virtual-topic-consumer-kind: a topic= entry for Consumer.*.VirtualTopic.> never reaches the consumer queues', async () => {
  const xml = securedXml({ users: user('alice', 'users'), entries: '<authorizationEntry topic="Consumer.*.VirtualTopic.>" read="users" write="users" admin="users"/>' });
  const [finding] = findings(xml, 'virtual-topic-consumer-kind');
  assert.match(finding.message, /a `topic=` entry never applies to them, so they are refused/);
  await withBroker({ xml }, { ...NO_ADVISORIES, precreate: ['queue://Consumer.A.VirtualTopic.Orders'] }, async (broker) => {
    const alice = await login(broker.stompPort, 'alice');
    assert.equal(await refusal(alice, 'read', 'queue://Consumer.A.VirtualTopic.Orders'), 'User alice is not authorized to read from: queue://Consumer.A.VirtualTopic.Orders');
    await alice.close();
  });
});

verifies(['anonymous-access'], 'anonymous-access: with anonymousAccessAllowed, the anonymous group and `*` reach connections without a login', async () => {
  const xml = securedXml({
    users: user('alice', 'users'),
    entries: '<authorizationEntry queue="PUBLIC" write="anonymous"/><authorizationEntry queue="STAR" read="*"/>',
    simpleAttributes: 'anonymousAccessAllowed="true"',
  });
  const found = findings(xml, 'anonymous-access');
  assert.ok(found.some((f) => /Anonymous connections \(group `anonymous`\) get write on queue="PUBLIC"/.test(f.message)), found.map((f) => f.message).join('\n'));
  assert.ok(found.some((f) => /`\*` includes anonymous connections/.test(f.message)));
  await withBroker({ xml }, { ...NO_ADVISORIES, precreate: ['queue://PUBLIC', 'queue://STAR'] }, async (broker) => {
    const anonymous = await login(broker.stompPort, undefined);
    assert.equal(await refusal(anonymous, 'write', 'queue://PUBLIC'), undefined);
    assert.equal(await refusal(anonymous, 'read', 'queue://STAR'), undefined);
    await anonymous.close();
  });
});

verifies(['no-authentication'], 'no-authentication: an authorizationPlugin alone refuses everything with "User is not authenticated."', async () => {
  const xml = brokerXml(`
    <plugins>
      <authorizationPlugin><map><authorizationMap><authorizationEntries>
        <authorizationEntry queue=">" read="*" write="*" admin="*"/>
      </authorizationEntries></authorizationMap></map></authorizationPlugin>
    </plugins>`);
  const [finding] = findings(xml, 'no-authentication');
  assert.match(finding.message, /"User is not authenticated\."/);
  await withBroker({ xml }, {}, async (broker) => {
    assert.deepEqual(await connect(broker.stompPort, {}), { refused: 'User is not authenticated.' });
  });
});

verifies(['no-authorization'], 'no-authorization: with authentication alone, every user may read, write and create everything', async () => {
  const xml = brokerXml(`
    <plugins>
      <simpleAuthenticationPlugin><users>${user('alice', 'nobody')}</users></simpleAuthenticationPlugin>
    </plugins>`);
  const [finding] = findings(xml, 'no-authorization');
  assert.match(finding.message, /every user who logs in may read, write, create and delete every destination/);
  await withBroker({ xml }, {}, async (broker) => {
    const alice = await login(broker.stompPort, 'alice');
    assert.equal(await refusal(alice, 'write', 'queue://ANY.NEW'), undefined);
    assert.equal(await refusal(alice, 'read', 'topic://ActiveMQ.Advisory.Queue'), undefined);
    await alice.close();
  });
});

verifies(['missing-element'], 'missing-element: an authorizationPlugin without a map stops the broker at start-up', async () => {
  const xml = brokerXml(`
    <plugins>
      <simpleAuthenticationPlugin><users>${user('alice', 'users')}</users></simpleAuthenticationPlugin>
      <authorizationPlugin/>
    </plugins>`);
  const [finding] = findings(xml, 'missing-element');
  assert.match(finding.message, /ActiveMQ refuses to start \("You must configure a 'map' property"\)/);
  await assert.rejects(startBroker({ xml }), (e: unknown) => e instanceof BrokerRefused && e.reason.includes("You must configure a 'map' property"));
});

verifies(['client-no-username'], 'the Alfresco client check: a repository without messaging.broker.username is refused with "User name [null] or password is invalid."', async () => {
  const xml = securedXml({ users: user('alfresco', 'users'), entries: '<authorizationEntry queue=">" read="users" write="users" admin="users"/>' });
  const dir = mkdtempSync(join(tmpdir(), 'alfresco-'));
  try {
    writeFileSync(join(dir, 'activemq.xml'), xml);
    writeFileSync(join(dir, 'alfresco-global.properties'), 'messaging.broker.url=failover:(tcp://mq:61616)\n');
    const result = runCli(['--client', join(dir, 'alfresco-global.properties'), join(dir, 'activemq.xml')]);
    assert.match(result.stdout, /is refused with exactly "User name \[null\] or password is invalid\."/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await withBroker({ xml }, {}, async (broker) => {
    assert.equal(await jmsProbe(broker.openwirePort, undefined, undefined, 'connect'), 'denied JMSSecurityException: User name [null] or password is invalid.');
  });
});
