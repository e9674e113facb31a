// activemq-lint on hostile files, as a user runs it (bin/activemq-lint.js, built by `npm test`): nothing passes
// silently (a file too large, not analysed or unreadable is in every output), special files end at once with exit 2,
// every encoding is read as an XML parser reads it, and --fix keeps every byte outside its edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, closeSync, existsSync, lstatSync, openSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli';
import { NS } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'activemq-lint-io-'));

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** The command as a user runs it; the timeout only keeps a hang from stalling the suite (the test then fails). */
function lint(args: string[], input?: string | Buffer): Run {
  const result = spawnSync(process.execPath, ['bin/activemq-lint.js', ...args], { encoding: 'utf8', input, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** A broker config whose one autofix is `read="Admins"` -> `read="admins"`, with `extra` in a comment before it. */
function config(declaration: string, extra: string): string {
  return `${declaration}<!-- ${extra} -->
<beans>
  <broker xmlns="${NS}" brokerName="b">
    <plugins>
      <simpleAuthenticationPlugin>
        <users><authenticationUser username="admin" password="\${admin.password}" groups="admins"/></users>
      </simpleAuthenticationPlugin>
      <authorizationPlugin><map><authorizationMap><authorizationEntries>
        <authorizationEntry queue=">" read="Admins" write="admins" admin="admins"/>
      </authorizationEntries></authorizationMap></map></authorizationPlugin>
    </plugins>
  </broker>
</beans>
`;
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A broker config of a little more than `kb` KB. */
function largeConfig(kb: number): string {
  return config('', 'x'.repeat(kb * 1024));
}

test('a config above the size limit is a file-too-large error with exit 1 in every format, not a silent pass', () => {
  const big = file('big.xml', largeConfig(5 * 1024));
  const text = lint([big]);
  assert.equal(text.status, 1, text.stderr);
  assert.match(text.stdout, /big\.xml:1:1 {2}error {4}Not analysed: this file is above the size limit of 5120 KB \(it has 5121 KB\).*file-too-large$/m);
  const json = lint(['--format', 'json', big]);
  assert.equal(json.status, 1);
  assert.deepEqual(JSON.parse(json.stdout).map((p: { code: string; severity: string; line: number }) => [p.code, p.severity, p.line]), [['file-too-large', 'error', 1]]);
  const sarif = lint(['--format', 'sarif', big]);
  assert.equal(sarif.status, 1);
  const run = JSON.parse(sarif.stdout).runs[0];
  assert.deepEqual(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]), [['file-too-large', 'error']]);
  assert.ok(run.tool.driver.rules.some((r: { id: string }) => r.id === 'file-too-large'), 'a rule SARIF viewers can describe');
  const github = lint(['--format', 'github', big]);
  assert.equal(github.status, 1);
  assert.match(github.stdout, /^::error file=[^,]*big\.xml,line=1,.*title=activemq-lint file-too-large::Not analysed/m);
  const gitlab = lint(['--format', 'gitlab', big]);
  assert.equal(gitlab.status, 1);
  assert.deepEqual(JSON.parse(gitlab.stdout).map((i: { check_name: string; severity: string }) => [i.check_name, i.severity]), [['file-too-large', 'major']]);
});

test('a reader that stops early (| head) ends the command quietly with its status, not with an EPIPE stack trace', { skip: process.platform === 'win32' }, async () => {
  // Every entry under a broader `>` adds nothing: a report of a few hundred KB, far more than a pipe holds.
  const entries = Array.from({ length: 3000 }, (_, i) => `<authorizationEntry queue="Q${i}" read="admins" write="admins" admin="admins"/>`).join('\n');
  const path = file('long-report.xml', config('', 'long report').replace('<authorizationEntry', `${entries}\n<authorizationEntry`));
  const child = spawn(process.execPath, ['bin/activemq-lint.js', path], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // The first chunk read, the reader goes away, as `head -1` does.
  await once(child.stdout, 'data');
  child.stdout.destroy();
  const [code] = (await once(child, 'close')) as [number | null];
  // The config has warnings and no error: the status is that of the findings.
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
  const whole = lint([path]);
  assert.equal(whole.status, 0);
  assert.ok(whole.stdout.length > 256 * 1024, 'the report must be larger than a pipe holds, or nothing is cut short');
});

test('a report larger than a pipe holds arrives whole, summary last, though the command exits as soon as it is written', async () => {
  // The command ends from its writes' callbacks (not by itself after V8's pending work): nothing may be cut short.
  const entries = Array.from({ length: 3000 }, (_, i) => `<authorizationEntry queue="R${i}" read="admins" write="admins" admin="admins"/>`).join('\n');
  const path = file('whole-report.xml', config('', 'whole report').replace('<authorizationEntry', `${entries}\n<authorizationEntry`));
  const child = spawn(process.execPath, ['bin/activemq-lint.js', path], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const [code] = (await once(child, 'close')) as [number | null];
  assert.equal(code, 0);
  assert.ok(stdout.length > 256 * 1024, 'the report must be larger than a pipe holds');
  const lines = stdout.trimEnd().split('\n');
  const summary = /^(\d+) problems in 1 file/.exec(lines[lines.length - 1]);
  assert.ok(summary, `the last line is the summary: ${lines[lines.length - 1]}`);
  // Each problem has its line, then a blank line, then the summary.
  assert.equal(lines.length, Number(summary[1]) + 2);
});

test('a report that cannot be written (a full disk: /dev/full) is said on stderr with exit 2, not lost silently', { skip: !existsSync('/dev/full') }, () => {
  const path = file('full-disk.xml', config('', 'full disk'));
  const full = openSync('/dev/full', 'w');
  try {
    const result = spawnSync(process.execPath, ['bin/activemq-lint.js', path], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^activemq-lint: cannot write the report: ENOSPC/);
  } finally {
    closeSync(full);
  }
});

test('--max-file-size raises the limit: the same file is analysed; a smaller limit makes a small file too large', () => {
  const big = file('big-allowed.xml', largeConfig(5 * 1024));
  const raised = lint(['--format', 'json', '--max-file-size', '6MB', big]);
  const codes = JSON.parse(raised.stdout).map((p: { code: string }) => p.code);
  assert.ok(!codes.includes('file-too-large'), raised.stdout);
  assert.ok(codes.includes('group-without-members'), 'the file was analysed');
  const small = file('small.xml', largeConfig(2));
  assert.equal(lint(['--max-file-size', '1', small]).status, 1);
  assert.match(lint(['--max-file-size', '1', small]).stdout, /above the size limit of 1 KB/);
  assert.match(lint(['--max-file-size', 'huge', small]).stderr, /--max-file-size takes a size in KB/);
});

test('standard input is bounded too: more than the limit is file-too-large, not read on', () => {
  const piped = lint(['--max-file-size', '1', '--format', 'json', '-'], largeConfig(4));
  assert.equal(piped.status, 1);
  assert.equal(JSON.parse(piped.stdout)[0].code, 'file-too-large');
});

test('a file that is not analysed is listed with the reason in JSON, SARIF, GitHub and GitLab output, not only on stderr', () => {
  const pom = file('pom.xml', '<project><modelVersion>4.0.0</modelVersion></project>\n');
  const clean = file('clean.xml', `<beans><broker xmlns="${NS}"/></beans>\n`);
  const missing = join(dir, 'missing.xml');
  const json = lint(['--format', 'json', pom, clean, missing]);
  assert.equal(json.status, 2, 'an unreadable file is a file problem');
  const entries = JSON.parse(json.stdout) as { file: string; code: string; severity: string; message: string }[];
  const notAnalysed = entries.filter((e) => e.code === 'not-analysed');
  assert.deepEqual(notAnalysed.map((e) => [e.file, e.severity]), [[pom, 'info'], [missing, 'error']]);
  assert.match(notAnalysed[0].message, /no ActiveMQ broker found/);
  assert.match(notAnalysed[1].message, /no such file/);
  const sarif = JSON.parse(lint(['--format', 'sarif', pom, missing]).stdout).runs[0];
  const notifications = sarif.invocations[0].toolExecutionNotifications;
  assert.equal(sarif.invocations[0].executionSuccessful, false);
  assert.deepEqual(notifications.map((n: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [n.level, n.locations[0].physicalLocation.artifactLocation.uri]), [['note', pom], ['error', missing]]);
  assert.match(notifications[0].message.text, /no ActiveMQ broker found/);
  assert.match(lint(['--format', 'github', pom]).stdout, /^::notice file=[^,]*pom\.xml,.*title=activemq-lint not-analysed::.*no ActiveMQ broker found/m);
  assert.deepEqual(JSON.parse(lint(['--format', 'gitlab', pom]).stdout).map((i: { check_name: string }) => i.check_name), ['not-analysed']);
  const text = lint([pom]);
  assert.equal(text.status, 0, 'not an ActiveMQ config is no failure');
  assert.match(text.stdout, /No problems in 1 file \(1 not analysed, the reasons on stderr\)\./);
});

test('/dev/zero, a FIFO and a directory as the config end at once with exit 2 and the reason; nothing is read', { skip: process.platform === 'win32' }, () => {
  const zero = lint(['--format', 'json', '/dev/zero']);
  assert.equal(zero.status, 2);
  assert.match(zero.stderr, /cannot read \/dev\/zero: it is a character device, and only regular files are read/);
  assert.equal(JSON.parse(zero.stdout)[0].code, 'not-analysed');
  const fifo = join(dir, 'pipe.xml');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  const piped = lint([fifo]);
  assert.equal(piped.status, 2, 'a FIFO without a writer is never waited on');
  assert.match(piped.stderr, /pipe\.xml: it is a named pipe \(FIFO\), and only regular files are read/);
  assert.match(lint([dir]).stderr, /is a directory/);
});

test('a 2 GB sparse config is not read whole: file-too-large from the first bytes past the limit', { skip: process.platform === 'win32' }, () => {
  const sparse = join(dir, 'sparse.xml');
  assert.equal(spawnSync('truncate', ['-s', '2G', sparse]).status, 0);
  const result = lint(['--format', 'json', sparse]);
  assert.equal(result.status, 1);
  assert.match(JSON.parse(result.stdout)[0].message, /it has 2097152 KB/);
});

/** The bytes of `after` must be those of `before` with `from` replaced by `to` once, and nothing else. */
function assertOnlyEdit(before: Buffer, after: Buffer, from: Buffer, to: Buffer): void {
  const at = before.indexOf(from);
  assert.ok(at >= 0);
  assert.ok(after.equals(Buffer.concat([before.subarray(0, at), to, before.subarray(at + from.length)])), `only ${from} changed`);
}

test('--fix writes an ISO-8859-1 file back in ISO-8859-1: é stays the byte E9, every other byte but the edit unchanged', () => {
  const before = Buffer.from(config('<?xml version="1.0" encoding="ISO-8859-1"?>\n', 'Équipe café: ÿ ¤'), 'latin1');
  const path = file('latin1.xml', before);
  const result = lint(['--fix', path]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /1 fixed by --fix/);
  const after = readFileSync(path);
  assertOnlyEdit(before, after, Buffer.from('read="Admins"'), Buffer.from('read="admins"'));
  assert.ok(after.includes(Buffer.from([0x63, 0x61, 0x66, 0xe9])), 'café as c a f E9');
});

test('--fix keeps windows-1252 (€ as 80) and UTF-16 with a byte order mark as they were, but for the edit', () => {
  const cp1252 = Buffer.from(config('<?xml version="1.0" encoding="windows-1252"?>\n', 'x'), 'latin1');
  const euro = Buffer.concat([cp1252.subarray(0, 50), Buffer.from([0x80, 0x93, 0x94]), cp1252.subarray(50)]);
  const euroPath = file('cp1252.xml', euro);
  assert.equal(lint(['--fix', euroPath]).status, 0);
  assertOnlyEdit(euro, readFileSync(euroPath), Buffer.from('read="Admins"'), Buffer.from('read="admins"'));
  for (const [name, encode] of [['utf-16le', (s: string) => Buffer.from(s, 'utf16le')], ['utf-16be', (s: string) => Buffer.from(s, 'utf16le').swap16()]] as const) {
    const before = encode(`\uFEFF${config('<?xml version="1.0" encoding="UTF-16"?>\n', 'Équipe 😀')}`);
    const path = file(`${name}.xml`, before);
    const result = lint(['--fix', path]);
    assert.equal(result.status, 0, `${name}: ${result.stderr}`);
    assertOnlyEdit(before, readFileSync(path), encode('read="Admins"'), encode('read="admins"'));
  }
});

test('a UTF-16 config is decoded and analysed like any other, with or without a byte order mark', () => {
  const text = config('<?xml version="1.0" encoding="UTF-16"?>\n', 'é');
  const expected = lint(['--format', 'json', '-'], text.replace('UTF-16', 'UTF-8'));
  const expectedCodes = JSON.parse(expected.stdout).map((p: { code: string; line: number; column: number }) => [p.code, p.line, p.column]);
  assert.ok(expectedCodes.some(([code]: [string]) => code === 'group-without-members'), expected.stdout);
  for (const [name, bytes] of [
    ['le-bom', Buffer.from('\uFEFF' + text, 'utf16le')],
    ['be-bom', Buffer.from('\uFEFF' + text, 'utf16le').swap16()],
    ['le-declared', Buffer.from(text, 'utf16le')],
  ] as const) {
    const result = lint(['--format', 'json', file(`utf16-${name}.xml`, bytes)]);
    assert.deepEqual(JSON.parse(result.stdout).map((p: { code: string; line: number; column: number }) => [p.code, p.line, p.column]), expectedCodes, name);
    assert.doesNotMatch(result.stderr, /no ActiveMQ broker found/, name);
  }
});

test('invalid UTF-8 is an xml-syntax error at the line and column of the first bad byte, and --fix leaves the file alone', () => {
  const text = config('<?xml version="1.0" encoding="UTF-8"?>\n', 'ok');
  const at = text.indexOf('brokerName="b"') + 'brokerName="'.length;
  const bytes = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xe9]), Buffer.from(text.slice(at + 1))]);
  const path = file('latin1-undeclared.xml', bytes);
  const result = lint(['--format', 'json', path]);
  assert.equal(result.status, 1);
  const syntax = JSON.parse(result.stdout).filter((p: { code: string }) => p.code === 'xml-syntax');
  const line = text.slice(0, at).split('\n').length;
  const column = at - text.lastIndexOf('\n', at - 1);
  assert.deepEqual(syntax.map((p: { line: number; column: number; endColumn: number }) => [p.line, p.column, p.endColumn]), [[line, column, column + 1]]);
  assert.match(syntax[0].message, /Invalid UTF-8 at byte \d+ \(E9/);
  const fixed = lint(['--fix', path]);
  assert.equal(fixed.status, 2, 'a fix that would not keep the bytes is refused');
  assert.match(fixed.stderr, /not writing the fixes to .*latin1-undeclared\.xml: it would not keep its bytes \(Invalid UTF-8/);
  assert.ok(readFileSync(path).equals(bytes), 'the file is unchanged');
  assert.match(lint(['--fix-dry-run', path]).stderr, /--fix would refuse: not writing the fixes to .*latin1-undeclared\.xml/);
});

test('--fix refuses a file whose characters do not fit its declared encoding (US-ASCII) and leaves it as it was', () => {
  const ascii = file('ascii.xml', config('<?xml version="1.0" encoding="US-ASCII"?>\n', 'x'));
  assert.equal(lint(['--fix', ascii]).status, 0);
  assert.match(readFileSync(ascii, 'utf8'), /read="admins"/);
  const nonAscii = Buffer.from(config('<?xml version="1.0" encoding="US-ASCII"?>\n', 'é'));
  const refused = file('ascii-e.xml', nonAscii);
  const result = lint(['--fix', refused]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /cannot be written in US-ASCII/);
  assert.ok(readFileSync(refused).equals(nonAscii));
});

test('--fix writes atomically and keeps the mode: no temporary file is left, the mode is the same', { skip: process.platform === 'win32' }, () => {
  const folder = mkdtempSync(join(dir, 'mode-'));
  const path = join(folder, 'activemq.xml');
  writeFileSync(path, config('', 'x'));
  chmodSync(path, 0o666); // group and others' write: bits the usual umask (022) would take from a new file
  assert.equal(lint(['--fix', path]).status, 0);
  assert.match(readFileSync(path, 'utf8'), /read="admins"/);
  assert.equal(statSync(path).mode & 0o777, 0o666);
  assert.deepEqual(readdirSync(folder), ['activemq.xml']);
});

test('--fix refuses to write when the file changed after it was read, and keeps that change', () => {
  const folder = mkdtempSync(join(dir, 'race-'));
  const path = join(folder, 'activemq.xml');
  writeFileSync(path, config('', 'x'));
  const meanwhile = config('', 'edited meanwhile');
  const result = runCli(['--fix', path], undefined, { beforeReplace: () => writeFileSync(path, meanwhile) });
  assert.equal(result.exitCode, 2);
  assert.match(result.stderr, /not writing the fixes to .*activemq\.xml: it changed since it was read/);
  assert.equal(readFileSync(path, 'utf8'), meanwhile);
  assert.deepEqual(readdirSync(folder), ['activemq.xml'], 'the temporary file is removed');
  const json = JSON.parse(runCli(['--fix', '--format', 'json', path], undefined, { beforeReplace: () => writeFileSync(path, meanwhile + '\n') }).stdout);
  assert.ok(json.some((p: { code: string }) => p.code === 'not-fixed'), 'the refusal is in the output');
});

test('--fix through a symbolic link writes the target inside the project, and refuses one outside', { skip: process.platform === 'win32' }, () => {
  const project = mkdtempSync(join(dir, 'project-'));
  mkdirSync(join(project, '.git'));
  mkdirSync(join(project, 'conf'));
  const target = join(project, 'shared.xml');
  writeFileSync(target, config('', 'x'));
  const link = join(project, 'conf', 'activemq.xml');
  symlinkSync(target, link);
  assert.equal(lint(['--fix', link]).status, 0);
  assert.ok(lstatSync(link).isSymbolicLink(), 'the link stays a link');
  assert.match(readFileSync(target, 'utf8'), /read="admins"/);

  const outside = join(mkdtempSync(join(dir, 'elsewhere-')), 'secret.xml');
  writeFileSync(outside, config('', 'x'));
  const escaping = join(project, 'conf', 'escaping.xml');
  symlinkSync(outside, escaping);
  const result = lint(['--fix', escaping]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /not writing the fixes to .*escaping\.xml: it leads to .*secret\.xml, outside the project/);
  assert.match(readFileSync(outside, 'utf8'), /read="Admins"/);
});
