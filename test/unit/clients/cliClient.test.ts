// activemq-lint --client: client findings printed like the broker's, in every format, with the same exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../server/src/cli';
import { brokerConfig } from '../../helpers';

const dir = mkdtempSync(join(tmpdir(), 'activemq-lint-client-'));
const broker = join(dir, 'activemq.xml');
writeFileSync(broker, brokerConfig(`    <plugins>
      <simpleAuthenticationPlugin><users><authenticationUser username="alfresco" password="pw" groups="users"/></users></simpleAuthenticationPlugin>
    </plugins>
    <transportConnectors><transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/></transportConnectors>`));
const client = join(dir, 'alfresco-global.properties');
writeFileSync(client, 'messaging.broker.url=failover:(tcp://mq:61616)?timeout=3000\n');

test('text: the client file\'s finding with its line and column, exit 1 for the error', () => {
  const result = runCli(['--client', client, broker]);
  assert.equal(result.exitCode, 1);
  assert.ok(result.stdout.includes(`${client}:1:1  error    `), result.stdout);
  assert.match(result.stdout, /User name \[null\] or password is invalid\..*client-no-username/);
  assert.match(result.stdout, /in 2 files/);
});

test('json and sarif carry the check id as code / ruleId', () => {
  const json = JSON.parse(runCli(['--format', 'json', '--client', client, broker]).stdout);
  // The broker's own findings come too; the client file's is the one with its path.
  assert.deepEqual(json.filter((p: { file: string }) => p.file === client).map((p: { code: string; line: number }) => [p.code, p.line]), [['client-no-username', 1]]);
  const sarif = JSON.parse(runCli(['--format', 'sarif', '--client', client, broker]).stdout);
  assert.ok(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'client-no-username'));
});

test('a client file that cannot be read is a usage problem (exit 2); a correct one leaves exit 0', () => {
  assert.equal(runCli(['--client', join(dir, 'missing.properties'), broker]).exitCode, 2);
  writeFileSync(join(dir, 'ok.properties'), 'messaging.broker.url=failover:(tcp://mq:61616)\nmessaging.broker.username=alfresco\nmessaging.broker.password=pw\n');
  assert.equal(runCli(['--client', join(dir, 'ok.properties'), broker]).exitCode, 0);
});
