// The project a config on the command line belongs to: the nearest folder above it holding .git or
// .activemq-lint.json, else its own folder (the bound --fix writes through a symbolic link within).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isInside, projectRoot } from '../../server/src/cli/root';

test('projectRoot: the nearest folder above with .git or .activemq-lint.json, else the config\'s folder', () => {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'activemq-lint-root-')));
  mkdirSync(join(top, 'repo', '.git'), { recursive: true });
  mkdirSync(join(top, 'repo', 'deploy', 'conf'), { recursive: true });
  assert.equal(projectRoot(join(top, 'repo', 'deploy', 'conf', 'activemq.xml')), join(top, 'repo'));
  writeFileSync(join(top, 'repo', 'deploy', '.activemq-lint.json'), '{}');
  assert.equal(projectRoot(join(top, 'repo', 'deploy', 'conf', 'activemq.xml')), join(top, 'repo', 'deploy'), 'the nearer one wins');
  mkdirSync(join(top, 'loose'));
  assert.equal(projectRoot(join(top, 'loose', 'activemq.xml')), join(top, 'loose'), 'neither above: its own folder');
});

test('isInside: the folder itself and what lies below it, not a sibling that shares its name\'s start', () => {
  assert.ok(isInside('/p/conf/a.xml', '/p'));
  assert.ok(isInside('/p', '/p'));
  assert.ok(!isInside('/p2/a.xml', '/p'));
  assert.ok(!isInside('/etc/passwd', '/p'));
});
