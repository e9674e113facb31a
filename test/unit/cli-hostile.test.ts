// activemq-lint run as a process (bin/activemq-lint.js, the built CLI) on hostile shapes: the end result a CI job
// sees, exit status and findings, for deep nesting, many attributes, a NUL byte and internal-subset entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { brokerConfig, NS, securedBroker } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'activemq-lint-hostile-'));

function lintFile(name: string, text: string): { status: number | null; problems: { code: string; line: number; column: number; endColumn: number; message: string; severity: string }[]; stderr: string } {
  const path = join(dir, name);
  writeFileSync(path, text);
  const run = spawnSync(process.execPath, ['bin/activemq-lint.js', '--format', 'json', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, problems: JSON.parse(run.stdout || '[]'), stderr: run.stderr };
}

test('CLI: 100,000 nested elements are analysed to the end: the finding, exit 1, no internal error', () => {
  const run = lintFile('deep.xml', brokerConfig(`<plugins>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</plugins>`));
  assert.equal(run.stderr, '');
  assert.deepEqual(run.problems.map((p) => p.code), ['unknown-element']);
  assert.equal(run.status, 1);
});

test('CLI: 100,000 attributes on one element are read, and the repeated one is reported', () => {
  const attributes = Array.from({ length: 100_000 }, (_, i) => `a${i}="v"`).join(' ');
  const run = lintFile('attributes.xml', `<beans><broker xmlns="${NS}" ${attributes} a7="again"/></beans>\n`);
  assert.equal(run.stderr, '');
  const twice = run.problems.filter((p) => p.code === 'xml-syntax' && /`a7` appears twice/.test(p.message));
  assert.equal(twice.length, 1);
  assert.equal(run.status, 1);
});

test('CLI: a NUL byte is an xml-syntax error at its line and column, exit 1', () => {
  const line = `  <broker xmlns="${NS}" brokerName="ab\u0000c"/>`;
  const run = lintFile('nul.xml', `<beans>\n${line}\n</beans>\n`);
  const errors = run.problems.filter((p) => p.code === 'xml-syntax');
  const column = line.indexOf('\u0000') + 1;
  assert.deepEqual(errors.map((p) => [p.line, p.column, p.endColumn, p.severity]), [[2, column, column + 1, 'error']]);
  assert.equal(run.status, 1);
});

test('CLI: internal-subset entities are expanded and a finding in an expanded value points at the attribute; the DOCTYPE is the one error (exit 1)', () => {
  const text = `<!DOCTYPE beans [<!ENTITY q "ORDERS">]>\n${securedBroker(
    '<authenticationUser username="u" password="p" groups="admins,everyone"/>',
    '<authorizationEntry queue="&q;.>" read="admins" write="admins" admin="admins"/>\n<authorizationEntry topic="ActiveMQ.Advisory.>" read="everyone" write="everyone" admin="everyone"/>\n<authorizationEntry queue="&q;.*.EU" read="nobody"/>',
  )}`;
  const run = lintFile('entities.xml', text);
  // Broker 5.17.2 refuses to start with any DOCTYPE (test/broker/rules/doctype.test.ts).
  assert.deepEqual(run.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line, p.column]), [['xml-entities', 1, 1]]);
  assert.equal(run.status, 1);
  const lines = text.split('\n');
  const unknownGroup = run.problems.find((p) => p.code === 'group-without-members');
  assert.ok(unknownGroup, JSON.stringify(run.problems.map((p) => p.code)));
  const overlap = run.problems.find((p) => p.code === 'pattern-overlap' && lines[p.line - 1].includes('&q;.*.EU'));
  assert.ok(overlap, JSON.stringify(run.problems));
  assert.equal(lines[overlap.line - 1].slice(overlap.column - 1, overlap.endColumn - 1), '&q;.*.EU');
});
