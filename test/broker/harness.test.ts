// The harness itself: a broker starts from a config, answers with its own words over STOMP, refuses a bad config
// with its reason, and leaves nothing behind when stopped.
import { test } from 'node:test';
import { verifies } from './verifies';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { findings } from '../helpers';
import { BrokerRefused, startBroker, withBroker } from './broker';
import { brokerXml } from './configXml';
import { connect, type Session } from './stomp';

const CONFIG = brokerXml(`
  <plugins>
    <simpleAuthenticationPlugin>
      <users>
        <authenticationUser username="alice" password="alicepw" groups="users"/>
      </users>
    </simpleAuthenticationPlugin>
    <authorizationPlugin><map><authorizationMap><authorizationEntries>
      <authorizationEntry queue="ORDERS.>" read="users" write="users"/>
      <authorizationEntry queue="PUBLIC" read="users"/>
    </authorizationEntries></authorizationMap></map></authorizationPlugin>
  </plugins>`);

async function session(port: number, user: string, password: string): Promise<Session> {
  const s = await connect(port, { user, password });
  if ('refused' in s) throw new Error(s.refused);
  return s;
}

test('a broker answers many questions on one connection, each with its own reason, and its folder goes when it stops', async () => {
  const broker = await startBroker({ xml: CONFIG }, { noAdvisories: true, precreate: ['queue://PUBLIC'] });
  try {
    assert.ok(existsSync(broker.dir));
    const alice = await session(broker.stompPort, 'alice', 'alicepw');
    assert.deepEqual(await alice.ask('write', 'queue://PUBLIC'), {
      allowed: false, reason: 'User alice is not authorized to write to: queue://PUBLIC', check: 'write', on: 'queue://PUBLIC',
    });
    assert.deepEqual(await alice.ask('read', 'queue://PUBLIC'), { allowed: true });
    assert.equal((await alice.ask('write', 'queue://ORDERS.NEW')).reason, 'User alice is not authorized to create: queue://ORDERS.NEW');
    assert.equal((await alice.ask('read', 'queue://OTHER')).reason, 'User alice is not authorized to read from: queue://OTHER');
    await alice.flush();
    assert.deepEqual(alice.stray, []);
    await alice.close();
    assert.deepEqual(await connect(broker.stompPort, { user: 'alice', password: 'wrong' }), { refused: 'User name [alice] or password is invalid.' });
  } finally {
    await broker.stop();
  }
  assert.equal(existsSync(broker.dir), false);
});

verifies(['unknown-element'], 'a config the broker refuses rejects with the broker\'s reason and leaves no folder', async () => {
  // Inside <plugins>, where the linter checks elements (directly under <broker> it does not yet).
  const bad = CONFIG.replace('<plugins>', '<plugins><fooBar/>');
  assert.deepEqual(findings(bad, 'unknown-element').map((f) => f.text), ['fooBar'], 'the linter says the broker will not start');
  await assert.rejects(
    withBroker({ xml: bad }, {}, async () => assert.fail('the broker started')),
    (error: unknown) => error instanceof BrokerRefused && error.reason.includes("Invalid content was found starting with element '{\"http://activemq.apache.org/schema/core\":fooBar}'"),
  );
});
