// Users and group lists: logins the broker refuses, and grants that reach nobody or restrict nothing.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { withBroker } from '../broker';
import { brokerXml } from '../configXml';
import { ruleFindings } from '../lintFindings';
import { connect } from '../stomp';
import { verifies } from '../verifies';
import { loggedIn, securedXml } from './support';

// advisorySupport="false": the authorization map alone decides (5.17.2's advisory topics are advisory-access's).
const MAP_ONLY = { noAdvisories: true };

describe('users and group lists on a real broker', { concurrency: 3 }, () => {
  verifies(['user-without-groups', 'missing-attribute'], 'user-without-groups and missing-attribute: a user without groups logs in and is denied, a user without password never logs in', async () => {
    const xml = securedXml({
      users: `<authenticationUser username="lonely" password="pw"/>
<authenticationUser username="nopass" groups="apps"/>`,
      entries: '<authorizationEntry queue=">" read="apps" write="apps" admin="apps"/>',
    });
    assert.match(ruleFindings({ xml }, 'user-without-groups')[0].message, /it can log in, but authorization entries grant groups, so it is denied every destination that is not open to `\*`/);
    const missing = ruleFindings({ xml }, 'missing-attribute');
    assert.match(missing[0].message, /rejects every login of it with "User name \[nopass\] or password is invalid\."$/);
    await withBroker({ xml }, { ...MAP_ONLY, precreate: ['queue://ORDERS'] }, async (broker) => {
      const lonely = await loggedIn(broker.stompPort, 'lonely', 'pw');
      assert.equal((await lonely.ask('read', 'queue://ORDERS')).reason, 'User lonely is not authorized to read from: queue://ORDERS');
      await lonely.close();
      for (const password of ['', 'anything']) {
        assert.deepEqual(await connect(broker.stompPort, { user: 'nopass', password }), { refused: 'User name [nopass] or password is invalid.' });
      }
    });
  });

  verifies(['no-users'], 'no-users: a simpleAuthenticationPlugin without users rejects every login', async () => {
    const xml = brokerXml(`
  <plugins>
    <simpleAuthenticationPlugin/>
  </plugins>`);
    assert.match(ruleFindings({ xml }, 'no-users')[0].message, /ActiveMQ rejects every login with "User name \[\.\.\.\] or password is invalid\."/);
    await withBroker({ xml }, MAP_ONLY, async (broker) => {
      assert.deepEqual(await connect(broker.stompPort, { user: 'admin', password: 'admin' }), { refused: 'User name [admin] or password is invalid.' });
      assert.deepEqual(await connect(broker.stompPort, {}), { refused: 'User name [null] or password is invalid.' });
    });
  });

  verifies(['list-syntax'], 'list-syntax: a group list split by a space is one group, which no user has', async () => {
    const xml = securedXml({
      users: '<authenticationUser username="ann" password="pw" groups="admins"/>',
      entries: '<authorizationEntry queue="ORDERS" read="admins users" write="admins" admin="admins"/>',
    });
    assert.match(ruleFindings({ xml }, 'list-syntax')[0].message, /ActiveMQ splits group lists on commas only, so "admins users" is ONE group with that name/);
    await withBroker({ xml }, { ...MAP_ONLY, precreate: ['queue://ORDERS'] }, async (broker) => {
      const ann = await loggedIn(broker.stompPort, 'ann', 'pw');
      assert.equal((await ann.ask('read', 'queue://ORDERS')).reason, 'User ann is not authorized to read from: queue://ORDERS');
      assert.deepEqual(await ann.ask('write', 'queue://ORDERS'), { allowed: true });
      await ann.close();
    });
  });

  verifies(['pattern-overlap', 'entry-no-rights'], 'pattern-overlap and entry-no-rights: entries add up, so leaving a right out of a narrower entry, or granting nothing, restricts nothing', async () => {
    const xml = securedXml({
      users: '<authenticationUser username="mc" password="pw" groups="mcollective"/>',
      entries: `<authorizationEntry topic="mcollective.>" read="mcollective" write="mcollective" admin="mcollective"/>
<authorizationEntry topic="mcollective.nodes" read="mcollective" admin="mcollective"/>
<authorizationEntry topic="mcollective.registry"/>`,
    });
    const overlap = ruleFindings({ xml }, 'pattern-overlap').filter((f) => f.severity === 'warning');
    assert.ok(overlap.some((f) => /leaving write out here restricts nothing/.test(f.message)), JSON.stringify(overlap));
    assert.match(ruleFindings({ xml }, 'entry-no-rights')[0].message, /it changes nothing, since entries only ever add groups/);
    await withBroker({ xml }, MAP_ONLY, async (broker) => {
      const mc = await loggedIn(broker.stompPort, 'mc', 'pw');
      assert.deepEqual(await mc.ask('write', 'topic://mcollective.nodes'), { allowed: true });
      assert.deepEqual(await mc.ask('write', 'topic://mcollective.registry'), { allowed: true });
      assert.deepEqual(await mc.ask('read', 'topic://mcollective.registry'), { allowed: true });
      await mc.close();
    });
  });

  verifies(['jaas-configuration'], 'jaas-configuration: a jaasAuthenticationPlugin naming no entry of login.config starts, and every login fails', async () => {
    const files = {
      'login.config': 'activemq {\n  org.apache.activemq.jaas.PropertiesLoginModule required\n    org.apache.activemq.jaas.properties.user="users.properties"\n    org.apache.activemq.jaas.properties.group="groups.properties";\n};\n',
      'users.properties': 'app=secret\n',
      'groups.properties': 'apps=app\n',
    };
    const xml = brokerXml(`
  <plugins>
    <jaasAuthenticationPlugin configuration="activemq-domain"/>
  </plugins>`);
    assert.match(ruleFindings({ xml, files }, 'jaas-configuration')[0].message, /login\.config beside this file has no entry "activemq-domain" \(it has .*activemq.*\), so every login fails/);
    await withBroker({ xml, files }, MAP_ONLY, async (broker) => {
      assert.deepEqual(await connect(broker.stompPort, { user: 'app', password: 'secret' }), { refused: 'User name [app] or password is invalid.' });
    });
    // The same users through the entry login.config has: the login works, so it was the name.
    await withBroker({ xml: xml.replace('activemq-domain', 'activemq'), files }, MAP_ONLY, async (broker) => {
      await (await loggedIn(broker.stompPort, 'app', 'secret')).close();
    });
  });
});
