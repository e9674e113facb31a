// activemq-lint --who-can on the example and on every corpus file with an authorization map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../server/src/cli';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFiles, needsCorpus } from '../corpus';
import { brokerConfig, securedBroker } from '../helpers';

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

/** --who-can DESTINATION on a config written to a temp folder with the files beside it. */
function whoCanIn(config: string, destination: string, beside: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'who-can-'));
  try {
    for (const [name, text] of Object.entries(beside)) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, 'activemq.xml'), config);
    return JSON.parse(runCli(['--who-can', destination, '--format', 'json', join(dir, 'activemq.xml')]).stdout)[0];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ALICE = '<authenticationUser username="alice" password="pw" groups="users"/>';

test('--who-can: an entry with both queue= and topic= governs the topic only, in either order (as the broker does)', () => {
  for (const entry of ['<authorizationEntry queue="X" topic="X" read="users"/>', '<authorizationEntry topic="X" queue="X" read="users"/>']) {
    const config = securedBroker(ALICE, entry);
    assert.deepEqual(whoCanIn(config, 'topic://X').read.users, ['alice'], entry);
    assert.deepEqual(whoCanIn(config, 'queue://X').read.users, [], entry);
  }
});

test('--who-can: a duplicated user gets the groups of its last definition only', () => {
  const users = `${ALICE}\n<authenticationUser username="alice" password="pw2" groups="others"/>`;
  const answer = whoCanIn(securedBroker(users, '<authorizationEntry queue="X" read="users" write="others"/>'), 'queue://X');
  assert.deepEqual(answer.read.users, []);
  assert.deepEqual(answer.write.users, ['alice']);
});

test('--who-can names the users of a JAAS PropertiesLoginModule from the files login.config names', () => {
  const config = brokerConfig(`    <plugins>
      <jaasAuthenticationPlugin configuration="activemq"/>
      <authorizationPlugin><map><authorizationMap><authorizationEntries>
        <authorizationEntry queue="X" read="users" write="admins"/>
      </authorizationEntries></authorizationMap></map></authorizationPlugin>
    </plugins>`);
  const beside = {
    'login.config': 'activemq {\n  org.apache.activemq.jaas.PropertiesLoginModule required\n    org.apache.activemq.jaas.properties.user="u.properties"\n    org.apache.activemq.jaas.properties.group="g.properties";\n};\n',
    'u.properties': 'alice=pw\nbob=pw\n',
    'g.properties': 'users=alice,bob\nadmins=bob\n',
  };
  const answer = whoCanIn(config, 'queue://X', beside);
  assert.deepEqual(answer.read.users, ['alice', 'bob']);
  assert.deepEqual(answer.write.users, ['bob']);
  assert.deepEqual(whoCanIn(config, 'queue://X').read.users, [], 'without the files no user is known');
});
