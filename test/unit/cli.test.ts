// activemq-lint as a user runs it: formats, exit codes, clear messages for usage and file problems, and every
// corpus file linted without an internal error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { runCli } from '../../server/src/cli';
import { corpusFiles, needsCorpus } from '../corpus';
import { NS } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'activemq-lint-'));
const broken = join(dir, 'broken.xml');
writeFileSync(broken, `<beans>\n  <broker xmlns="${NS}">\n    <plugins>\n</beans>\n`);
const clean = join(dir, 'clean.xml');
writeFileSync(clean, `<beans>\n  <broker xmlns="${NS}"/>\n</beans>\n`);
const notActivemq = join(dir, 'pom.xml');
writeFileSync(notActivemq, `<project><modelVersion>4.0.0</modelVersion></project>`);

test('text output: path:line:column, severity, message, rule id, then a summary; exit 1 on errors', () => {
  const result = runCli([broken]);
  assert.equal(result.exitCode, 1);
  const first = result.stdout.split('\n')[0];
  assert.match(first, new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:6  error    .*never closed.*  xml-syntax$`));
  assert.match(result.stdout, /\d+ problems? in 1 file \(1 error/);
});

test('json output: 1-based lines and columns, rule id as code', () => {
  const result = runCli(['--format', 'json', broken]);
  const problems = JSON.parse(result.stdout);
  assert.equal(problems[0].file, broken);
  assert.equal(problems[0].line, 3);
  assert.equal(problems[0].column, 6);
  assert.equal(problems[0].endColumn, 13);
  assert.equal(problems[0].code, 'xml-syntax');
  assert.equal(problems[0].severity, 'error');
});

test('sarif output: a 2.1.0 log with rules and located results', () => {
  const sarif = JSON.parse(runCli(['--format=sarif', broken]).stdout);
  assert.equal(sarif.version, '2.1.0');
  const run = sarif.runs[0];
  assert.ok(run.tool.driver.rules.some((r: { id: string }) => r.id === 'xml-syntax'));
  assert.equal(run.results[0].ruleId, 'xml-syntax');
  assert.equal(run.results[0].level, 'error');
  assert.deepEqual(run.results[0].locations[0].physicalLocation.region, { startLine: 3, startColumn: 6, endLine: 3, endColumn: 13 });
});

test('a file without problems exits 0; a file with no broker says so on stderr', () => {
  const ok = runCli([clean]);
  assert.equal(ok.exitCode, 0);
  assert.match(ok.stdout, /No problems in 1 file/);
  const other = runCli([notActivemq]);
  assert.equal(other.exitCode, 0);
  assert.match(other.stderr, /no ActiveMQ broker found/);
});

test('usage and file problems exit 2 with a clear message', () => {
  assert.deepEqual([runCli([]).exitCode, runCli([]).stderr.split('\n')[0]], [2, 'activemq-lint: no file given']);
  assert.match(runCli(['--format', 'xml', clean]).stderr, /--format must be text, json, sarif, github or gitlab \(markdown or csv with --matrix\), not "xml"/);
  assert.match(runCli(['--max-warnings', 'many', clean]).stderr, /whole number/);
  assert.match(runCli(['--bogus', clean]).stderr, /unknown option --bogus/);
  const missing = runCli([join(dir, 'nope.xml')]);
  assert.equal(missing.exitCode, 2);
  assert.match(missing.stderr, /no such file/);
  const directory = runCli([dir]);
  assert.equal(directory.exitCode, 2);
  assert.match(directory.stderr, /is a directory/);
});

// Two warnings and nothing else, by construction: both audit.> entries grant no right (entry-no-rights).
const TWO_WARNINGS = 'test/fixtures/cli/two-warnings.xml';

test('--max-warnings turns warnings into a failing exit code: 2 warnings pass at 2, fail at 1', () => {
  const atLimit = runCli(['--max-warnings', '2', TWO_WARNINGS]);
  assert.equal(atLimit.exitCode, 0, atLimit.stdout);
  assert.match(atLimit.stdout, /^2 problems in 1 file \(0 errors, 2 warnings, 0 info, 0 hints\)$/m);
  const over = runCli(['--max-warnings', '1', TWO_WARNINGS]);
  assert.equal(over.exitCode, 1);
  assert.match(over.stderr, /2 warnings, more than --max-warnings 1/);
  assert.equal(runCli([TWO_WARNINGS]).exitCode, 0, 'without the option, warnings alone do not fail');
});

test('every corpus file is linted without an internal error, and every range lies inside its file', needsCorpus(), () => {
  for (const file of corpusFiles()) {
    const result = runCli(['--format', 'json', file.path]);
    assert.doesNotMatch(result.stderr, /internal error/, file.name);
    assert.notEqual(result.exitCode, 2, file.name);
    const lines = file.text.split(/\r\n|\r|\n/);
    for (const p of JSON.parse(result.stdout)) {
      assert.ok(p.line >= 1 && p.endLine <= lines.length, `${file.name}: line ${p.line}-${p.endLine}`);
      assert.ok(p.column >= 1 && p.column <= lines[p.line - 1].length + 1, `${file.name}: column ${p.column}`);
    }
  }
});

const silenced = join(dir, 'silenced.xml');
writeFileSync(silenced, readFileSync('examples/activemq.xml', 'utf8').replace(
  /(\n\s*)(<authorizationEntry queue="Consumer\.\*\.VirtualTopic\.alfresco\.repo\.events\.nodes>")/,
  '$1<!-- activemq-lint-ignore wildcard-syntax: the legacy consumer still uses this name -->$1$2',
));

test('comments silence findings in the CLI too: counted in the text summary, kept as suppressed results in SARIF', () => {
  const before = runCli(['examples/activemq.xml']);
  assert.match(before.stdout, /wildcard-syntax/);
  const text = runCli([silenced]);
  assert.doesNotMatch(text.stdout, /wildcard-syntax$/m);
  assert.match(text.stdout, /; 1 silenced by activemq-lint comments\)$/m);
  const sarif = JSON.parse(runCli(['--format', 'sarif', silenced]).stdout);
  const suppressed = sarif.runs[0].results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
  assert.deepEqual(suppressed.map((r: { ruleId: string; suppressions: unknown[] }) => [r.ruleId, r.suppressions]), [['wildcard-syntax', [{ kind: 'inSource', justification: 'the legacy consumer still uses this name' }]]]);
  const json = JSON.parse(runCli(['--format', 'json', silenced]).stdout);
  assert.ok(!json.some((p: { code: string }) => p.code === 'wildcard-syntax'), 'json lists only what is not silenced');
});

test('--rule sets a severity like the editor setting; unknown rules and severities are usage errors', () => {
  const off = runCli(['--rule', 'wildcard-syntax=off', '--rule=group-without-members=error', 'examples/activemq.xml']);
  assert.doesNotMatch(off.stdout, /wildcard-syntax$/m);
  assert.match(off.stdout, /error    No user belongs to group `Users`.*group-without-members$/m);
  assert.equal(off.exitCode, 1, 'an error now fails the run');
  const typo = runCli(['--rule', 'wildcard-sintax=off', 'examples/activemq.xml']);
  assert.equal(typo.exitCode, 2);
  assert.match(typo.stderr, /no rule is called "wildcard-sintax" \(did you mean wildcard-syntax\?\)/);
  assert.match(runCli(['--rule', 'wildcard-syntax=loud', 'examples/activemq.xml']).stderr, /must be off, hint, info, warning or error, not "loud"/);
  assert.match(runCli(['--rule', 'wildcard-syntax', 'examples/activemq.xml']).stderr, /--rule takes RULE=SEVERITY/);
});

test('- lints standard input (a rendered template); --stdin-filename names it and finds credentials.properties beside it', () => {
  const example = readFileSync('examples/activemq.xml', 'utf8');
  const anonymous = runCli(['-'], () => example);
  assert.match(anonymous.stdout, /^<stdin>:60:101  warning .*wildcard-syntax$/m);
  assert.doesNotMatch(anonymous.stdout, /"manager"/, 'without a name, no credentials.properties is read');
  const named = runCli(['--stdin-filename', 'examples/activemq.xml', '-'], () => example);
  assert.match(named.stdout, /^examples\/activemq\.xml:45:69 .*"manager".*weak-password$/m, 'credentials.properties beside the named file is read');
  assert.equal(runCli(['-', '-'], () => example).exitCode, 2);
  assert.match(runCli(['--stdin-filename', 'x.xml', 'examples/activemq.xml'], () => example).stderr, /give - as a file too/);
});

test('--fix writes the certain fixes into the file (keeping CRLF and a byte order mark), then reports what is left', () => {
  const example = readFileSync('examples/activemq.xml', 'utf8');
  const path = join(dir, 'fix-me.xml');
  writeFileSync(path, '\uFEFF' + example.replace(/\n/g, '\r\n'));
  const result = runCli(['--fix', path]);
  const written = readFileSync(path, 'utf8');
  assert.ok(written.startsWith('\uFEFF<?xml'), 'the byte order mark is kept');
  assert.ok(!/[^\r]\n/.test(written), 'every line still ends in CRLF');
  const expected = example
    .replace('read="Users" write="Users" admin="Users"', 'read="users" write="users" admin="users"')
    .replace('queue="ActiveMQ.Advisory.>"', 'topic="ActiveMQ.Advisory.>"');
  assert.equal(written, '\uFEFF' + expected.replace(/\n/g, '\r\n'));
  // The report is of the fixed file: no group-without-members or advisory-access, still the guesses (`nodes>`).
  assert.doesNotMatch(result.stdout, /group-without-members|advisory-access/);
  assert.match(result.stdout, /wildcard-syntax/);
  // Two findings: `Users` on one entry (one finding for its three rights) and the advisory entry under queue=.
  assert.match(result.stdout, /; 2 fixed by --fix\)$/m);
  // Nothing left to fix: the file is not rewritten, and the summary says nothing of fixes.
  const again = runCli(['--fix', path]);
  assert.equal(readFileSync(path, 'utf8'), written);
  assert.doesNotMatch(again.stdout, /fixed by --fix/);
});

test('--fix refuses standard input and --who-can, which have nothing to write', () => {
  const stdin = runCli(['--fix', '-'], () => '<beans/>');
  assert.equal(stdin.exitCode, 2);
  assert.match(stdin.stderr, /--fix writes the fixes into the files, and standard input is no file/);
  const who = runCli(['--fix', '--who-can', 'queue://A', clean]);
  assert.equal(who.exitCode, 2);
  assert.match(who.stderr, /--fix and --who-can do not go together/);
});

test('the nearest .activemq-lint.json above a file applies; --rule wins over it; --config and --no-config choose', () => {
  const project = mkdtempSync(join(tmpdir(), 'activemq-project-'));
  mkdirSync(join(project, 'conf'));
  const config = join(project, 'conf', 'activemq.xml');
  writeFileSync(config, readFileSync('examples/activemq.xml', 'utf8'));
  writeFileSync(join(project, '.activemq-lint.json'), JSON.stringify({ rules: { 'wildcard-syntax': 'off', 'weak-password': 'error' } }));
  const codesOf = (argv: string[]) => JSON.parse(runCli(['--format', 'json', ...argv]).stdout).map((p: { code: string; severity: string }) => `${p.code}:${p.severity}`);
  const found = codesOf([config]);
  assert.ok(!found.some((c: string) => c.startsWith('wildcard-syntax')), 'turned off by the project file two folders up');
  assert.ok(found.includes('weak-password:error'));
  assert.ok(codesOf(['--rule', 'wildcard-syntax=info', config]).includes('wildcard-syntax:info'), '--rule is the upper layer');
  assert.ok(codesOf(['--no-config', config]).includes('wildcard-syntax:warning'));
  const other = join(project, 'strict.json');
  writeFileSync(other, JSON.stringify({ rules: { 'wildcard-syntax': 'error' } }));
  assert.ok(codesOf(['--config', other, config]).includes('wildcard-syntax:error'));
  assert.equal(runCli(['--config', other, '--no-config', config]).exitCode, 2);
  // --print-config says where a file's settings come from, and every rule's severity under them.
  const [printed] = JSON.parse(runCli(['--print-config', '--rule', 'unused-group=off', config]).stdout);
  assert.equal(printed.projectConfig, join(project, '.activemq-lint.json'));
  assert.deepEqual([printed.rules['wildcard-syntax'], printed.rules['weak-password'], printed.rules['unused-group'], printed.rules['xml-syntax']], ['off', 'error', 'off', 'error']);
});

test('a .activemq-lint.json with mistakes stops the run with exit 2, each mistake on its own line with the file', () => {
  const project = mkdtempSync(join(tmpdir(), 'activemq-project-'));
  const config = join(project, 'activemq.xml');
  writeFileSync(config, readFileSync('examples/activemq.xml', 'utf8'));
  const settingsFile = join(project, '.activemq-lint.json');
  writeFileSync(settingsFile, JSON.stringify({ rules: { 'unused-grop': 'off', 'weak-password': 'warn' } }));
  const result = runCli([config]);
  assert.equal(result.exitCode, 2);
  assert.equal(result.stdout, '');
  assert.deepEqual(result.stderr.trim().split('\n'), [
    `activemq-lint: ${settingsFile}: rules.unused-grop: no rule is called "unused-grop" (did you mean "unused-group"?); docs/rules.md lists them`,
    `activemq-lint: ${settingsFile}: rules.weak-password: the severity must be off, hint, info, warning, error, not "warn"`,
  ]);
  const missing = runCli(['--config', join(project, 'nope.json'), config]);
  assert.equal(missing.exitCode, 2);
  assert.match(missing.stderr, /nope\.json: not read: no such file/);
});

test('github output: one workflow command per problem, severities as error/warning/notice, escaped as GitHub requires', () => {
  const lines = runCli(['--format', 'github', broken]).stdout.trim().split('\n');
  assert.match(lines[0], new RegExp(`^::error file=${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},line=3,col=6,endLine=3,endColumn=13,title=activemq-lint xml-syntax::.*never closed`));
  const odd = join(dir, 'odd, name: 100%.xml');
  writeFileSync(odd, readFileSync(broken, 'utf8'));
  const escaped = runCli(['--format', 'github', odd]).stdout.split('\n')[0];
  assert.ok(escaped.includes('file=') && escaped.includes('odd%2C name%3A 100%25.xml,line=3'), escaped);
  const example = runCli(['--format', 'github', 'examples/activemq.xml']).stdout;
  assert.match(example, /^::warning file=examples\/activemq\.xml,line=60,col=101,.*title=activemq-lint wildcard-syntax::/m);
  assert.match(example, /^::notice .*title=activemq-lint pattern-overlap::/m);
  assert.equal(runCli(['--format', 'github', '--who-can', 'queue://A', clean]).exitCode, 2);
});

test('gitlab output: a Code Quality report with unique, stable fingerprints', () => {
  const report = JSON.parse(runCli(['--format', 'gitlab', 'examples/activemq.xml']).stdout);
  const wildcard = report.find((i: { check_name: string }) => i.check_name === 'wildcard-syntax');
  assert.deepEqual([wildcard.severity, wildcard.location], ['minor', { path: 'examples/activemq.xml', lines: { begin: 60, end: 60 } }]);
  assert.match(wildcard.fingerprint, /^[0-9a-f]{64}$/);
  const fingerprints = report.map((i: { fingerprint: string }) => i.fingerprint);
  assert.equal(new Set(fingerprints).size, fingerprints.length, 'unique');
  assert.deepEqual(JSON.parse(runCli(['--format', 'gitlab', 'examples/activemq.xml']).stdout).map((i: { fingerprint: string }) => i.fingerprint), fingerprints, 'stable');
  assert.equal(JSON.parse(runCli(['--format', 'gitlab', broken]).stdout)[0].severity, 'major');
});

test('--quiet reports errors only; the warnings it hides still count for --max-warnings', () => {
  assert.match(runCli(['--quiet', broken]).stdout, /xml-syntax/);
  const example = runCli(['--quiet', 'examples/activemq.xml']);
  assert.match(example.stdout, /^No errors in 1 file \(\d+ warnings and lesser findings hidden by --quiet\)\.\n$/);
  assert.equal(example.exitCode, 0);
  assert.equal(runCli(['--quiet', '--max-warnings', '0', 'examples/activemq.xml']).exitCode, 1);
});

test('--fix-dry-run prints what --fix would change as a patch git apply takes, and changes nothing', () => {
  const folder = mkdtempSync(join(tmpdir(), 'activemq-dry-run-'));
  mkdirSync(join(folder, 'conf'));
  const example = readFileSync('examples/activemq.xml', 'utf8');
  // Slips near the start and the end as well, for hunks at both edges of the file.
  const file = join(folder, 'conf', 'activemq.xml');
  writeFileSync(file, example);
  const result = runCli(['--fix-dry-run', file]);
  assert.equal(result.exitCode, 0);
  assert.equal(readFileSync(file, 'utf8'), example, 'nothing written');
  const label = file.split('\\').join('/').replace(/^\/+/, '');
  assert.ok(result.stdout.startsWith(`--- a/${label}\n+++ b/${label}\n@@ -`), result.stdout.slice(0, 200));
  // Applied with git apply (the labels made relative to the folder), the patch gives exactly what --fix writes.
  writeFileSync(join(folder, 'fixes.patch'), result.stdout.split(label).join('conf/activemq.xml'));
  execFileSync('git', ['apply', '-p1', 'fixes.patch'], { cwd: folder });
  const patched = readFileSync(file, 'utf8');
  assert.notEqual(patched, example);
  assert.equal(patched, runCliFixed(example));
  // Standard input works too: nothing is written.
  assert.match(runCli(['--fix-dry-run', '-'], () => example).stdout, /^\+.*topic="ActiveMQ\.Advisory\.>"/m);
  assert.equal(runCli(['--fix-dry-run', '--fix', clean]).exitCode, 2);
});

/** What --fix makes of a text, through a file of its own. */
function runCliFixed(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'activemq-fixed-')), 'activemq.xml');
  writeFileSync(file, text);
  runCli(['--fix', file]);
  return readFileSync(file, 'utf8');
}
