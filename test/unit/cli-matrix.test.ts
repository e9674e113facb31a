// activemq-lint --matrix in each format, on the example (users system/admins, user/users, guest/guests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli';
import { brokerConfig, securedBroker } from '../helpers';

const EXAMPLE = 'examples/activemq.xml';

function tempConfig(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'matrix-')), 'activemq.xml');
  writeFileSync(path, text);
  return path;
}

test('--matrix text: a row per user, R W A marks, risky cells marked, a legend', () => {
  const result = runCli(['--matrix', EXAMPLE]);
  assert.equal(result.exitCode, 0, result.stderr);
  const lines = result.stdout.split('\n');
  const header = lines.find((l) => l.includes('queue://>'))!;
  const column = (line: string, destination: string) => line.slice(header.indexOf(destination)).split(/\s+/)[0];
  const system = lines.find((l) => l.startsWith('system '))!;
  // The `>` entries grant admins everything: admin on `>` is risky.
  assert.equal(column(system, 'queue://>'), 'RWA!');
  const user = lines.find((l) => l.startsWith('user '))!;
  assert.equal(column(user, 'queue://>'), '---');
  assert.equal(column(user, 'topic://VirtualTopic.alfresco.repo.events.nodes'), 'RWA');
  assert.match(result.stdout, /R read, W write, A admin/);
});

test('--matrix --who adds concrete destinations first; markdown renders a table with risky cells in bold', () => {
  const result = runCli(['--matrix', '--format', 'markdown', '--who', 'queue://ORDERS.EU', '--who', 'topic://PRICES', EXAMPLE]);
  assert.equal(result.exitCode, 0, result.stderr);
  const rows = result.stdout.split('\n').filter((l) => l.startsWith('|'));
  assert.match(rows[0], /^\| user \| `queue:\/\/ORDERS\.EU` \| `topic:\/\/PRICES` \| `queue:\/\/>` \|/);
  assert.match(rows[1], /^\| --- \| --- \|/);
  const system = rows.find((r) => r.startsWith('| `system`'))!.split(' | ');
  assert.deepEqual(system.slice(1, 4), ['RWA', 'RWA', '**RWA!**'], 'system is in admins, which `>` grants everything');
  const guest = rows.find((r) => r.startsWith('| `guest`'))!.split(' | ');
  assert.deepEqual(guest.slice(1, 3), ['---', '---']);
});

test('--matrix csv: one line per row, rights as letters, names that look like formulas neutralised', () => {
  const path = tempConfig(securedBroker('          <authenticationUser username="=cmd()" password="x" groups="users"/>',
    '              <authorizationEntry queue="ORDERS" read="users"/>'));
  const result = runCli(['--matrix', '--format', 'csv', path]);
  assert.equal(result.exitCode, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\r\n');
  assert.equal(lines[0], 'file,row,kind,no rights,queue://ORDERS,temp-queue://>,temp-topic://>');
  assert.equal(lines[1], `${path},'=cmd(),user,,R,RWA,RWA`);
});

test('--matrix json: rows, columns and cells with the granting entries', () => {
  const [answer] = JSON.parse(runCli(['--matrix', '--format', 'json', EXAMPLE]).stdout);
  assert.equal(answer.file, EXAMPLE);
  const r = answer.rows.findIndex((row: { label: string }) => row.label === 'user');
  const c = answer.columns.findIndex((col: { destination: string }) => col.destination === 'topic://VirtualTopic.alfresco.repo.events.nodes');
  const write = answer.cells[r][c].write;
  assert.equal(write.granted, true);
  assert.ok(write.by.length >= 1 && write.by.every((b: { text: string }) => b.text.includes('VirtualTopic')));
});

test('--matrix says why a file has none; csv says it on stderr; misuse is a usage error', () => {
  const open = tempConfig(brokerConfig('    <plugins/>'));
  assert.match(runCli(['--matrix', open]).stdout, /no authorizationPlugin/);
  const csv = runCli(['--matrix', '--format', 'csv', open]);
  assert.equal(csv.stdout, '');
  assert.match(csv.stderr, /no access matrix: no authorizationPlugin/);
  assert.match(runCli(['--who', 'queue://A', EXAMPLE]).stderr, /--who adds a destination to --matrix/);
  assert.match(runCli(['--format', 'csv', EXAMPLE]).stderr, /--format csv is for --matrix only/);
  assert.match(runCli(['--matrix', '--format', 'sarif', EXAMPLE]).stderr, /--matrix prints text, markdown, csv or json/);
  assert.equal(runCli(['--matrix', '--who-can', 'queue://A', EXAMPLE]).exitCode, 2);
});
