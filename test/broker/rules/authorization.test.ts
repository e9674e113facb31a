// Authorization entries: what the broker grants and refuses for the entries the linter questions.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { withBroker } from '../broker';
import { ruleFindings } from '../lintFindings';
import { verifies } from '../verifies';
import { loggedIn, securedXml } from './support';

// advisorySupport="false": the authorization map alone decides (5.17.2's advisory topics are advisory-access's).
const MAP_ONLY = { noAdvisories: true };

describe('authorization entries on a real broker', { concurrency: 3 }, () => {
  verifies(['group-without-members'], 'group-without-members: a grant to a group nobody has, or to a user name, reaches nobody: the broker refuses the users it was meant for', async () => {
    const xml = securedXml({
      users: '<authenticationUser username="alice" password="pw" groups="admins"/>',
      entries: `<authorizationEntry queue="ORDERS" read="admin" write="admins" admin="admins"/>
<authorizationEntry queue="AUDIT" read="alice" write="admins" admin="admins"/>`,
    });
    const findings = ruleFindings({ xml }, 'group-without-members');
    assert.deepEqual(findings.map((f) => f.text), ['admin', 'alice']);
    assert.match(findings[0].message, /^No user belongs to group `admin`, so this read grant reaches nobody\./);
    assert.match(findings[1].message, /`alice` is a user name: ActiveMQ authorizes by group/);
    await withBroker({ xml }, { ...MAP_ONLY, precreate: ['queue://ORDERS', 'queue://AUDIT'] }, async (broker) => {
      const alice = await loggedIn(broker.stompPort, 'alice', 'pw');
      assert.equal((await alice.ask('read', 'queue://ORDERS')).reason, 'User alice is not authorized to read from: queue://ORDERS');
      assert.equal((await alice.ask('read', 'queue://AUDIT')).reason, 'User alice is not authorized to read from: queue://AUDIT');
      assert.deepEqual(await alice.ask('write', 'queue://ORDERS'), { allowed: true }, 'the grant to her own group works');
      await alice.close();
    });
  });

  verifies(['wildcard-syntax'], 'wildcard-syntax: `nodes>` is the literal name, so the entry matches neither `nodes` nor anything under it; a `>` not last acts as a last one', async () => {
    const xml = securedXml({
      users: '<authenticationUser username="mc" password="pw" groups="mcollective"/>',
      entries: `<authorizationEntry topic="mcollective.nodes>" read="mcollective" write="mcollective" admin="mcollective"/>
<authorizationEntry topic="agents.>.reply" read="mcollective" write="mcollective" admin="mcollective"/>`,
    });
    const findings = ruleFindings({ xml }, 'wildcard-syntax');
    assert.deepEqual(findings.map((f) => f.text), ['nodes>', '>']);
    assert.match(findings[0].message, /ActiveMQ reads `nodes>` as a literal name, not a wildcard .* never matches the destinations meant/);
    assert.match(findings[1].message, /treats it as a last `>` \(every name below, but not the bare prefix\), and what follows it is ignored/);
    await withBroker({ xml }, MAP_ONLY, async (broker) => {
      const mc = await loggedIn(broker.stompPort, 'mc', 'pw');
      assert.equal((await mc.ask('read', 'topic://mcollective.nodes')).reason, 'User mc is not authorized to read from: topic://mcollective.nodes');
      assert.equal((await mc.ask('read', 'topic://mcollective.nodes.web1')).reason, 'User mc is not authorized to read from: topic://mcollective.nodes.web1');
      assert.deepEqual(await mc.ask('read', 'topic://agents.web1'), { allowed: true }, '`>` not last matches a name below');
      assert.deepEqual(await mc.ask('read', 'topic://agents.web1.other'), { allowed: true }, 'what follows `>` is ignored');
      assert.equal((await mc.ask('read', 'topic://agents')).reason, 'User mc is not authorized to read from: topic://agents', 'not the bare prefix');
      await mc.close();
    });
  });

  verifies(['virtual-topic-consumer-kind'], 'virtual-topic-consumer-kind: a topic= entry for Consumer.*.VirtualTopic.> never applies to the consumers\' queues, which also need admin to be created', async () => {
    const xml = securedXml({
      users: '<authenticationUser username="sync" password="pw" groups="sync"/>',
      entries: `<authorizationEntry topic="Consumer.*.VirtualTopic.>" read="sync" write="sync" admin="sync"/>
<authorizationEntry queue="Consumer.B.VirtualTopic.>" read="sync"/>`,
    });
    const [finding] = ruleFindings({ xml }, 'virtual-topic-consumer-kind');
    assert.equal(finding.text, 'topic');
    assert.match(finding.message, /a `topic=` entry never applies to them, so they are refused\. Use `queue=` \(they also need admin there to create their queue\)/);
    await withBroker({ xml }, { ...MAP_ONLY, precreate: ['queue://Consumer.B.VirtualTopic.events.old'] }, async (broker) => {
      const sync = await loggedIn(broker.stompPort, 'sync', 'pw');
      assert.equal((await sync.ask('read', 'queue://Consumer.A.VirtualTopic.events')).reason, 'User sync is not authorized to read from: queue://Consumer.A.VirtualTopic.events');
      assert.equal((await sync.ask('read', 'queue://Consumer.B.VirtualTopic.events')).reason, 'User sync is not authorized to create: queue://Consumer.B.VirtualTopic.events');
      assert.deepEqual(await sync.ask('read', 'queue://Consumer.B.VirtualTopic.events.old'), { allowed: true }, 'read alone suffices once the queue exists');
      await sync.close();
    });
  });

  verifies(['entry-destination'], 'entry-destination: an entry with both queue= and topic= takes effect for one destination only (the broker keeps the topic)', async () => {
    const xml = securedXml({
      users: '<authenticationUser username="app" password="pw" groups="apps"/>',
      entries: `<authorizationEntry queue="SHARED" topic="SHARED" read="apps" write="apps" admin="apps"/>
<authorizationEntry topic="BOTH.REVERSED" queue="BOTH.REVERSED" read="apps" write="apps" admin="apps"/>`,
    });
    const findings = ruleFindings({ xml }, 'entry-destination');
    assert.equal(findings.length, 2);
    for (const f of findings) assert.match(f.message, /one destination|only the topic/);
    await withBroker({ xml }, MAP_ONLY, async (broker) => {
      const app = await loggedIn(broker.stompPort, 'app', 'pw');
      for (const name of ['SHARED', 'BOTH.REVERSED']) {
        assert.deepEqual(await app.ask('read', `topic://${name}`), { allowed: true }, `topic ${name}`);
        assert.equal((await app.ask('read', `queue://${name}`)).reason, `User app is not authorized to read from: queue://${name}`);
      }
      await app.close();
    });
  });

  verifies(['temp-destination-access'], 'temp-destination-access: without a temp entry any authenticated user, even one no entry grants anything, makes and uses temporary queues', async () => {
    const xml = securedXml({
      users: '<authenticationUser username="nobody" password="pw" groups="strangers"/>',
      entries: '<authorizationEntry queue="ORDERS.>" read="admins" write="admins" admin="admins"/>',
    });
    const [finding] = ruleFindings({ xml }, 'temp-destination-access');
    assert.match(finding.message, /^No tempDestinationAuthorizationEntry: every authenticated user may create, read and write any temporary destination/);
    await withBroker({ xml }, MAP_ONLY, async (broker) => {
      const nobody = await loggedIn(broker.stompPort, 'nobody', 'pw');
      assert.deepEqual(await nobody.ask('read', 'temp-queue://replies'), { allowed: true });
      assert.deepEqual(await nobody.ask('write', 'temp-queue://replies'), { allowed: true });
      assert.equal((await nobody.ask('read', 'queue://ORDERS.NEW')).reason, 'User nobody is not authorized to read from: queue://ORDERS.NEW', 'queues stay closed');
      await nobody.close();
    });
  });

  verifies(['temp-destination-access'], 'temp-destination-access: with a temp entry, a user without its admin cannot create a temporary queue', async () => {
    const xml = securedXml({
      users: `<authenticationUser username="app" password="pw" groups="apps"/>
<authenticationUser username="ops" password="pw" groups="ops"/>`,
      entries: '<authorizationEntry queue=">" read="apps,ops" write="apps,ops" admin="apps,ops"/>',
      temp: '<tempDestinationAuthorizationEntry read="apps,ops" write="apps,ops" admin="ops"/>',
    });
    const [finding] = ruleFindings({ xml }, 'temp-destination-access');
    assert.match(finding.message, /^`app` lack admin in the tempDestinationAuthorizationEntry, so they cannot create temporary destinations: request\/reply fails for them \("not authorized to create: temp-queue:\/\/\.\.\."\)/);
    await withBroker({ xml }, MAP_ONLY, async (broker) => {
      const app = await loggedIn(broker.stompPort, 'app', 'pw');
      const refused = await app.ask('read', 'temp-queue://replies');
      assert.equal(refused.check, 'create');
      assert.match(refused.reason!, /^User app is not authorized to create: temp-queue:\/\/ID:\S+$/);
      await app.close();
      const ops = await loggedIn(broker.stompPort, 'ops', 'pw');
      assert.deepEqual(await ops.ask('read', 'temp-queue://replies'), { allowed: true });
      await ops.close();
    });
  });
});
