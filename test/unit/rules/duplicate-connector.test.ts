// duplicate-connector: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokerConfig, findings } from '../../helpers';
import { connectors } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('duplicate-connector', {
  valid: [connectors('tcp://10.0.0.1:61616', 'tcp://10.0.0.2:61616')],
  invalid: [
    { text: connectors('tcp://0.0.0.0:61616', 'nio://broker-a:[[61616]]'), expect: [{ message: /binds port 61616.*Address already in use/, severity: 'error' }] },
  ],
});

test('duplicate-connector: the same port under 0.0.0.0 and a named host, reported on the second port', () => {
  const text = connectors('tcp://0.0.0.0:61616', 'nio://broker-a:61616');
  const [found] = findings(text, 'duplicate-connector');
  assert.equal(found.text, '61616');
  assert.equal(found.line, 4);
  assert.match(found.message, /Address already in use/);
});

test('duplicate-connector: a repeated name is reported on the second name', () => {
  const text = brokerConfig(`    <transportConnectors>
      <transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/>
      <transportConnector name="openwire" uri="ssl://0.0.0.0:61617"/>
    </transportConnectors>`);
  const [found] = findings(text, 'duplicate-connector');
  assert.deepEqual([found.text, found.line], ['openwire', 4]);
});

test('duplicate-connector near misses: other hosts, UDP beside TCP, port 0, placeholders', () => {
  assert.deepEqual(findings(connectors('tcp://10.0.0.1:61616', 'tcp://10.0.0.2:61616', 'udp://0.0.0.0:61616', 'tcp://0.0.0.0:0', 'nio://0.0.0.0:0', 'tcp://0.0.0.0:${port}', 'ssl://0.0.0.0:${port}'), 'duplicate-connector'), []);
});
