// weak-password: ActiveMQ has no password policy; the passwords the rule reports are accepted like any other, so the
// first guesses anybody tries log in.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { withBroker } from '../broker';
import { ruleFindings } from '../lintFindings';
import { connect } from '../stomp';
import { verifies } from '../verifies';
import { securedXml } from './support';

const WEAK = [['system', 'manager'], ['guest', 'password'], ['admin', 'admin'], ['blank', '']] as const;

describe('weak passwords on a real broker', () => {
  verifies(['weak-password'], 'weak-password: the broker takes the shipped system/manager and guest/password, a password equal to the user name and an empty one (it has no password policy), while it refuses a wrong guess', async () => {
    const xml = securedXml({ users: WEAK.map(([name, password]) => `<authenticationUser username="${name}" password="${password}" groups="apps"/>`).join('\n') });
    const findings = ruleFindings({ xml }, 'weak-password');
    assert.deepEqual(findings.map((f) => f.text), ['manager', 'password', 'admin', ''], 'each weak password is reported');
    for (const f of findings) assert.match(f.message, /it is among the first anybody tries\.$/);
    await withBroker({ xml }, {}, async (broker) => {
      for (const [name, password] of WEAK) {
        const session = await connect(broker.stompPort, { user: name, password });
        assert.ok(!('refused' in session), `${name} logs in with "${password}": ${'refused' in session ? session.refused : ''}`);
        await session.close();
      }
      const wrong = await connect(broker.stompPort, { user: 'guest', password: 'guest' });
      assert.deepEqual(wrong, { refused: 'User name [guest] or password is invalid.' }, 'a guess that is not the password is refused');
    });
  });
});
