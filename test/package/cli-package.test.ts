// The packed CLI as a user gets it: `npm run pack:cli` (scripts/pack-cli.mjs) writes activemq-lint-<version>.tgz,
// which holds the minified bundle, the bin, LICENSE and a README and nothing else, depends on nothing, installs
// offline with `npm install -g`, and lints the example. Run by `npm run test:package` (CI: .ci/run).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const tarball = join(root, `activemq-lint-${version}.tgz`);

test('the tarball holds the bundle, the bin, LICENSE and a README, and its manifest names no dependency', () => {
  assert.ok(existsSync(tarball), `${tarball} is missing: run npm run pack:cli`);
  const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
  assert.deepEqual(files, ['package/LICENSE', 'package/README.md', 'package/bin/activemq-lint.js', 'package/dist/cli.js', 'package/package.json']);
  const manifest = JSON.parse(execFileSync('tar', ['xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  assert.equal(manifest.name, 'activemq-lint');
  assert.equal(manifest.version, version);
  assert.deepEqual(manifest.bin, { 'activemq-lint': 'bin/activemq-lint.js' });
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'scripts']) assert.equal(manifest[field], undefined, field);
  const bundle = execFileSync('tar', ['xzOf', tarball, 'package/dist/cli.js'], { encoding: 'utf8' });
  assert.doesNotMatch(bundle, /sourceMappingURL/, 'no pointer to a map that is not shipped');
  assert.doesNotMatch(bundle, /^\/\/ server\/src\/cli\.ts$/m, 'minified: no per-module comments of a development build');
});

test('installed from the tarball into an empty prefix, activemq-lint lints the example with its known findings', () => {
  const prefix = mkdtempSync(join(tmpdir(), 'activemq-lint-install-'));
  execFileSync('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { stdio: 'pipe' });
  assert.ok(!existsSync(join(prefix, 'lib', 'node_modules', 'activemq-lint', 'node_modules')), 'nothing installed beside it');
  const lint = (...args: string[]) => spawnSync(join(prefix, 'bin', 'activemq-lint'), args, { cwd: root, encoding: 'utf8' });
  assert.equal(lint('--version').stdout, `${version}\n`);
  // The README's findings on examples/activemq.xml: `nodes>` is no wildcard, `Users` has no members, the advisory
  // entry is a queue entry. Warnings only, so exit 0; with --max-warnings 0 they fail the run.
  const result = lint('examples/activemq.xml');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^examples\/activemq\.xml:60:101 {2}warning .* {2}wildcard-syntax$/m);
  assert.match(result.stdout, /^examples\/activemq\.xml:60:115 {2}warning {2}No user belongs to group `Users`.* {2}group-without-members$/m);
  assert.match(result.stdout, /^examples\/activemq\.xml:63:49 {2}warning {2}Advisories are topics.* {2}advisory-access$/m);
  assert.match(result.stdout, /^\d+ problems in 1 file \(0 errors, \d+ warnings/m);
  assert.equal(lint('--max-warnings', '0', 'examples/activemq.xml').status, 1);
  assert.equal(lint('examples/no-such.xml').status, 2);
});
