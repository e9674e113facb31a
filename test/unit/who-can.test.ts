// activemq-lint --who-can on the example and on every corpus file with an authorization map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../server/src/cli';
import { corpusFiles, needsCorpus } from '../corpus';

test('--who-can on the example: entries add up, the misspelt consumer entry gives nothing, temp destinations are open', () => {
  const consumer = JSON.parse(runCli(['--who-can', 'queue://Consumer.sync.VirtualTopic.alfresco.repo.events.nodes', '--format', 'json', 'examples/activemq.xml']).stdout)[0];
  assert.deepEqual(consumer.read.groups, ['admins']);
  assert.deepEqual(consumer.read.users, ['system']);
  const events = JSON.parse(runCli(['--who-can', 'topic://VirtualTopic.alfresco.repo.events.nodes', '--format', 'json', 'examples/activemq.xml']).stdout)[0];
  assert.deepEqual(events.write.groups, ['admins', 'users']);
  assert.equal(events.entries.length, 2);
  const temp = runCli(['--who-can', 'temp-queue://ID:x', 'examples/activemq.xml']);
  assert.match(temp.stdout, /no tempDestinationAuthorizationEntry: open to every authenticated connection/);
  const advisory = runCli(['--who-can', 'topic://ActiveMQ.Advisory.TempQueue', 'examples/activemq.xml']).stdout;
  assert.match(advisory, /read: {2}groups admins; users: system/);
});

test('--who-can answers on every corpus file that has an authorization map, and says why where it cannot', needsCorpus(), () => {
  let answered = 0;
  for (const file of corpusFiles()) {
    if (!file.text.includes('authorizationPlugin')) continue;
    const result = runCli(['--who-can', 'topic://ActiveMQ.Advisory.TempQueue', '--format', 'json', file.path]);
    assert.equal(result.exitCode, 0, `${file.name}: ${result.stderr}`);
    const [answer] = JSON.parse(result.stdout);
    assert.ok(answer.unavailable || (answer.read && answer.write && answer.admin), file.name);
    if (!answer.unavailable) answered++;
  }
  assert.ok(answered >= 20, `${answered} answered`);
});
