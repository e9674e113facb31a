// Runs every *.test.ts under test/unit and test/protocol with node's own test runner (TypeScript through tsx).
// With ACTIVEMQ_XML_REQUIRE_ALL=1 (CI), a skipped test fails the run: CI provides everything tests need.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function testFiles(dir) {
  let found = [];
  let names = [];
  try { names = readdirSync(dir); } catch { return found; }
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(testFiles(path));
    else if (name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['test/unit', 'test/protocol'];
const files = dirs.flatMap((d) => (d.endsWith('.ts') ? [d] : testFiles(d)));
if (files.length === 0) {
  console.error('no test files found in ' + dirs.join(', '));
  process.exit(1);
}
const requireAll = process.env.ACTIVEMQ_XML_REQUIRE_ALL === '1';
const tapDir = requireAll ? mkdtempSync(join(tmpdir(), 'activemq-xml-tap-')) : undefined;
// The spec report for people; under REQUIRE_ALL also a TAP report, whose summary counts the skips. A TODO (a known
// false positive of the corpus, tracked until its rule is fixed) is not a skip: the test ran.
const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout',
  ...(tapDir ? ['--test-reporter=tap', `--test-reporter-destination=${join(tapDir, 'report.tap')}`] : [])];
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...reporters, ...files], { stdio: 'inherit' });
let status = result.status ?? 1;
if (tapDir) {
  const tap = readFileSync(join(tapDir, 'report.tap'), 'utf8');
  rmSync(tapDir, { recursive: true, force: true });
  const skipped = tap.split('\n').filter((line) => /^\s*(not )?ok \d+ .*# SKIP\b/i.test(line));
  const summary = Number(/^# skipped (\d+)$/m.exec(tap)?.[1] ?? NaN);
  if (skipped.length > 0 || summary !== 0) {
    console.error(`ACTIVEMQ_XML_REQUIRE_ALL=1: ${Number.isNaN(summary) ? 'no TAP summary' : `${summary} test(s) skipped`}, and CI must run them all:`);
    for (const line of skipped) console.error(`  ${line.trim()}`);
    status = 1;
  }
}
process.exit(status);
