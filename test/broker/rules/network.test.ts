// network-credentials on two real brokers: broker "a" bridges to broker "b" (a networkConnector kept by
// prepareConfig's keepNetworkConnectors and pointed at b's local port), and both logs say what the bridge met.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { startBroker, withBroker, type Broker } from '../broker';
import { brokerXml } from '../configXml';
import { ruleFindings } from '../lintFindings';
import { verifies } from '../verifies';
import { firstMessage, loggedIn, until } from './support';

const LOGIN = `
  <plugins><simpleAuthenticationPlugin><users>
    <authenticationUser username="bridge" password="bridgepw" groups="admins"/>
  </users></simpleAuthenticationPlugin></plugins>`;

/** A broker named `name`, with `bridge` as its network connector and, when `secured`, the login above. */
function config(name: string, bridge: string, secured = true): string {
  return brokerXml(`
  <networkConnectors>${bridge}</networkConnectors>${secured ? LOGIN : ''}`).replace('brokerName="probe"', `brokerName="${name}"`);
}

function bridgeTo(uri: string, credentials = ''): string {
  return `<networkConnector name="to-b" uri="static:(${uri})"${credentials ? ' ' + credentials : ''}/>`;
}

const REFUSED = (user: string) => new RegExp(`WARN {2}Failed to add Connection id=a->b\\S*, clientId=to-b_\\S+, clientIP=\\S+ due to User name \\[${user}\\] or password is invalid\\.`);
const ESTABLISHED = /INFO {2}Network connection between vm:\/\/a#\d+ and tcp:\/\/\/127\.0\.0\.1:\d+@\d+ \(b\) has been established\./;
/** What a bridge logs when the remote broker refuses its login (after it logged "has been established"). */
const REMOTE_ERROR = /ERROR Network connection between vm:\/\/a#\d+ and \S+ shutdown due to a remote error: java\.lang\.SecurityException: User name \[null\] or password is invalid\./;

/** Starts broker a with `bridge` pointed at b, waits (bounded) until `log` shows `expected`, and returns both logs. */
async function bridgeFromA(b: Broker, xml: string, expected: RegExp, logOf: 'a' | 'b', then?: (a: Broker) => Promise<void>): Promise<{ a: string; b: string; seen: boolean }> {
  return withBroker({ xml: xml.replace('tcp://broker-b:61616', `tcp://127.0.0.1:${b.openwirePort}`) }, { keepNetworkConnectors: true }, async (a) => {
    const seen = await until(() => expected.test(logOf === 'a' ? a.output() : b.output()), 20);
    if (then) await then(a);
    return { a: a.output(), b: b.output(), seen };
  });
}

describe('network bridges on real brokers', () => {
  verifies(['network-credentials'], 'network-credentials: a bridge without userName/password between brokers that require a login is refused with "User name [null] or password is invalid." (by its own broker\'s login, and by the remote broker when only that one requires it), a wrong password with "User name [bridge] …"; with the right ones a message sent on the first broker reaches a consumer on the second', async () => {
    const bare = config('a', bridgeTo('tcp://broker-b:61616'));
    const findings = ruleFindings({ xml: bare }, 'network-credentials');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /^This network bridge has no userName and password, but the brokers of this config require a login .*: the bridge is refused with "User name \[null\] or password is invalid\." and forwards nothing\./);
    const right = config('a', bridgeTo('tcp://broker-b:61616', 'userName="bridge" password="bridgepw"'));
    assert.deepEqual(ruleFindings({ xml: right }, 'network-credentials'), []);

    const b = await startBroker({ xml: config('b', '') });
    try {
      // The same config on both brokers: the bridge's first login, to its own broker, is refused.
      const same = await bridgeFromA(b, bare, REFUSED('null'), 'a');
      assert.ok(same.seen, `a refuses its bridge's login:\n${same.a}`);
      assert.doesNotMatch(same.a, ESTABLISHED);
      // Only the remote broker requires a login: it refuses the bridge, and a logs the remote error.
      const from = b.output().length;
      const remote = await bridgeFromA(b, config('a', bridgeTo('tcp://broker-b:61616'), false), REMOTE_ERROR, 'a', async () => {
        assert.ok(await until(() => REFUSED('null').test(b.output().slice(from)), 20), `b refuses the bridge:\n${b.output().slice(from)}`);
      });
      assert.ok(remote.seen, `a logs the remote refusal:\n${remote.a}`);
      const wrong = await bridgeFromA(b, config('a', bridgeTo('tcp://broker-b:61616', 'userName="bridge" password="wrong"')), REFUSED('bridge'), 'a');
      assert.ok(wrong.seen, `a wrong password is refused:\n${wrong.a}`);
      // With credentials a message sent on a reaches a consumer on b.
      let crossed = 'not asked';
      const ok = await bridgeFromA(b, right, ESTABLISHED, 'a', async (a) => {
        const consumer = firstMessage(b.stompPort, 'bridge', 'bridgepw', 'CROSS', 20);
        await consumer.subscribed;
        const sender = await loggedIn(a.stompPort, 'bridge', 'bridgepw');
        assert.equal((await sender.ask('write', 'queue://CROSS')).allowed, true);
        await sender.close();
        crossed = await consumer.body;
      });
      assert.ok(ok.seen, `the bridge with credentials is established:\n${ok.a}`);
      assert.doesNotMatch(crossed, /^(none|refused)/, 'the message sent on a reached the consumer on b');
      assert.doesNotMatch(ok.a, /or password is invalid/);
    } finally {
      await b.stop();
    }
  });
});
