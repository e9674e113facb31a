// connector-limits: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findings } from '../../helpers';
import { connectors } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('connector-limits', {
  valid: [connectors('tcp://127.0.0.1:61616', 'tcp://0.0.0.0:61621?maximumConnections=1000&amp;wireFormat.maxFrameSize=104857600')],
  invalid: [
    {
      text: connectors('[[tcp]]://0.0.0.0:61616?maximumConnections=50'),
      expect: [{ message: /no `wireFormat.maxFrameSize`: ActiveMQ's defaults accept frames of any size/, severity: 'info', fix: { output: /uri="tcp:\/\/0\.0\.0\.0:61616\?maximumConnections=50&amp;wireFormat\.maxFrameSize=104857600"/ } }],
    },
  ],
});

test('connector-limits: an open connector without the limits, on its scheme; the fix appends what is missing after ? or &amp;', () => {
  const text = connectors('ssl://0.0.0.0:61617', 'tcp://0.0.0.0:61616?maximumConnections=50', 'stomp+nio://broker.example.com:61613?transport.closeAsync=false', 'mqtt://0.0.0.0:1883');
  const found = findings(text, 'connector-limits');
  assert.deepEqual(found.map((f) => [f.text, f.severity]), [['ssl', 'info'], ['tcp', 'info'], ['stomp+nio', 'info'], ['mqtt', 'info']]);
  assert.match(found[0].message, /neither `maximumConnections` nor `wireFormat.maxFrameSize`/);
  assert.match(found[1].message, /no `wireFormat.maxFrameSize`: ActiveMQ's defaults accept frames of any size/);
  assert.match(found[3].message, /no `maximumConnections`/, 'MQTT caps its frames itself');
  assert.match(applyFix(text, found[0]), /uri="ssl:\/\/0\.0\.0\.0:61617\?maximumConnections=1000&amp;wireFormat\.maxFrameSize=104857600"/);
  assert.match(applyFix(text, found[1]), /uri="tcp:\/\/0\.0\.0\.0:61616\?maximumConnections=50&amp;wireFormat\.maxFrameSize=104857600"/);
  assert.match(applyFix(text, found[2]), /\?transport\.closeAsync=false&amp;maximumConnections=1000&amp;wireFormat\.maxFrameSize=104857600"/);
  assert.match(applyFix(connectors('tcp://0.0.0.0:61616?'), findings(connectors('tcp://0.0.0.0:61616?'), 'connector-limits')[0]), /uri="tcp:\/\/0\.0\.0\.0:61616\?maximumConnections=1000&amp;/);
});

test('connector-limits near misses: loopback, placeholders, the shipped connector, a misspelt option (transport-uri\'s), vm, ws, http', () => {
  const text = connectors(
    'tcp://127.0.0.1:61616', 'nio://localhost:61617', 'tcp://[::1]:61618', 'tcp://${bind.host}:61619', 'nio://#{internal.ip}:61620',
    'tcp://0.0.0.0:61621?maximumConnections=1000&amp;wireFormat.maxFrameSize=104857600',
    'tcp://0.0.0.0:61622?maximumconnections=1000&amp;wireformat.maxFrameSize=104857600',
    'vm://localhost', 'ws://0.0.0.0:61614', 'http://0.0.0.0:8080',
  );
  assert.deepEqual(findings(text, 'connector-limits').map((f) => f.text), []);
});
