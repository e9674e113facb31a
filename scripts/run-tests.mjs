// Runs every *.test.ts under test/unit and test/protocol with node's own test runner (TypeScript through tsx).
import { readdirSync, statSync } from 'node:fs';
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
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
