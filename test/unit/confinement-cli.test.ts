// activemq-lint on a hostile checkout: the files a config names beside it are read only inside the project (the
// nearest folder with .git or .activemq-lint.json) or a folder given with --allow-outside, only if they are regular
// files, and nothing of a file that was not read reaches any output format. Each test plants a marker in the outside
// file (or the environment) and looks for it in everything the process prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { NS } from '../helpers';

const MARKER = 'SECRET_MARKER_7f3a9c';
const FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab'];

interface Layout {
  /** The checkout: holds .git, conf/activemq.xml and what a test puts beside it. */
  repo: string;
  conf: string;
  config: string;
  /** A folder beside the checkout, as /etc or a home folder would be. */
  outside: string;
}

function layout(configBody: string): Layout {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'activemq-confine-')));
  const repo = join(top, 'repo');
  const conf = join(repo, 'conf');
  const outside = join(top, 'outside');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(conf, { recursive: true });
  mkdirSync(outside);
  const config = join(conf, 'activemq.xml');
  writeFileSync(config, `<beans xmlns="http://www.springframework.org/schema/beans">\n  <broker xmlns="${NS}" brokerName="b">\n${configBody}\n  </broker>\n</beans>\n`);
  return { repo, conf, config, outside };
}

/** JAAS with an authorization entry granting `group`: group-without-members reads the groups file login.config names. */
function jaasBroker(group: string): string {
  return `    <plugins>
      <jaasAuthenticationPlugin configuration="activemq"/>
      <authorizationPlugin><map><authorizationMap><authorizationEntries>
        <authorizationEntry queue=">" read="${group}" write="${group}" admin="${group}"/>
      </authorizationEntries></authorizationMap></map></authorizationPlugin>
    </plugins>`;
}

function loginConfig(users: string, groups: string): string {
  return `activemq {\n  org.apache.activemq.jaas.PropertiesLoginModule required\n    org.apache.activemq.jaas.properties.user="${users}"\n    org.apache.activemq.jaas.properties.group="${groups}";\n};\n`;
}

interface Run {
  status: number | null;
  signal: string | null;
  output: string;
}

function lint(args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  // The timeout only stops a hung run so that the test can fail with a message; no assertion is about time.
  const result = spawnSync(process.execPath, ['bin/activemq-lint.js', ...args], { encoding: 'utf8', env, timeout: 20000 });
  return { status: result.status, signal: result.signal, output: `${result.stdout}\n${result.stderr}` };
}

function lintEveryFormat(args: string[], env?: NodeJS.ProcessEnv): Run[] {
  return FORMATS.map((format) => lint(['--format', format, ...args], env));
}

function assertNoMarker(runs: Run[], marker = MARKER): void {
  for (const run of runs) assert.ok(!run.output.includes(marker), `the marker leaked:\n${run.output}`);
}

test('a login.config naming /proc/self/environ as the groups file, with a near-miss of an environment variable as a group: no environment in any format', () => {
  const { conf, config } = layout(jaasBroker('LEAKY_FIRST_VAr'));
  writeFileSync(join(conf, 'login.config'), loginConfig('users.properties', '/proc/self/environ'));
  writeFileSync(join(conf, 'users.properties'), 'app=a-long-random-password\n');
  // First in the environment, so that it is the first "key" of /proc/self/environ read as properties.
  const env = { LEAKY_FIRST_VAR: MARKER, PATH: process.env.PATH ?? '', OTHER_SECRET: `${MARKER}_2` };
  const runs = lintEveryFormat([config], env);
  assertNoMarker(runs);
  for (const run of runs) assert.match(run.output, /\/proc\/self\/environ was not read: a system file/);
});

test('a groups file outside the project, named by an absolute path or by ../: not read, not quoted, and the finding says which and why', () => {
  for (const how of ['absolute', 'relative'] as const) {
    const { conf, config, outside, repo } = layout(jaasBroker('admin'));
    writeFileSync(join(outside, 'groups.properties'), `admins=${MARKER}\n`);
    writeFileSync(join(conf, 'login.config'), loginConfig('users.properties', how === 'absolute' ? join(outside, 'groups.properties') : '../../outside/groups.properties'));
    writeFileSync(join(conf, 'users.properties'), 'app=a-long-random-password\n');
    const runs = lintEveryFormat([config]);
    assertNoMarker(runs);
    const text = runs[0].output;
    assert.match(text, new RegExp(`${join(outside, 'groups.properties')} was not read: outside the project \\(${repo}\\); use --allow-outside DIR`), how);
    assert.match(text, /Not checked for want of it: group-without-members/);
    assert.match(text, /file-not-read/);
  }
});

test('--allow-outside DIR reads the outside groups file on purpose', () => {
  const { conf, config, outside } = layout(jaasBroker('admin'));
  writeFileSync(join(outside, 'groups.properties'), 'admins=app\n');
  writeFileSync(join(conf, 'login.config'), loginConfig('users.properties', join(outside, 'groups.properties')));
  writeFileSync(join(conf, 'users.properties'), 'app=a-long-random-password\n');
  const refused = lint([config]);
  assert.doesNotMatch(refused.output, /Did you mean `admins`/);
  const allowed = lint(['--allow-outside', outside, config]);
  assert.match(allowed.output, /No user belongs to group `admin`.*Did you mean `admins` \(members: `app`\)/);
  assert.doesNotMatch(allowed.output, /file-not-read/);
});

test('a file inside the project that is a symlink to a file outside it is refused', () => {
  const { conf, config, outside } = layout(jaasBroker('admin'));
  writeFileSync(join(outside, 'groups.properties'), `admins=${MARKER}\n`);
  symlinkSync(join(outside, 'groups.properties'), join(conf, 'groups.properties'));
  writeFileSync(join(conf, 'login.config'), loginConfig('users.properties', 'groups.properties'));
  writeFileSync(join(conf, 'users.properties'), 'app=a-long-random-password\n');
  const runs = lintEveryFormat([config]);
  assertNoMarker(runs);
  assert.match(runs[0].output, new RegExp(`${join(conf, 'groups.properties')} was not read: outside the project`));
});

test('a JMX password file outside the project (absolute and ../): its users are not quoted', () => {
  for (const name of ['ABSOLUTE', '../../outside/jmx.password']) {
    const { config, outside } = layout('');
    writeFileSync(join(outside, 'jmx.password'), `${MARKER} activemq\n`);
    const path = name === 'ABSOLUTE' ? join(outside, 'jmx.password') : name;
    writeFileSync(config, `<beans xmlns="http://www.springframework.org/schema/beans">\n  <broker xmlns="${NS}" brokerName="b">\n    <managementContext><managementContext createConnector="true">\n      <property name="environment"><map><entry key="jmx.remote.x.password.file" value="${path}"/></map></property>\n    </managementContext></managementContext>\n  </broker>\n</beans>\n`);
    const runs = lintEveryFormat([config]);
    assertNoMarker(runs);
    assert.match(runs[0].output, /jmx\.password was not read: outside the project/);
  }
});

test('ssl-context tells nothing of whether a store outside the project exists; a missing store inside it is still reported', () => {
  const withStore = (keyStore: string) => `    <sslContext><sslContext keyStore="${keyStore}" keyStorePassword="\${ks}"/></sslContext>`;
  const outputs: string[] = [];
  for (const store of ['present.ks', 'absent.ks']) {
    const { conf, config, outside } = layout(withStore('STORE'));
    writeFileSync(join(conf, 'credentials.properties'), 'ks=x\n');
    writeFileSync(join(outside, 'present.ks'), MARKER);
    writeFileSync(config, readFileSync(config, 'utf8').replace('STORE', join(outside, store)));
    const run = lint(['--format', 'json', config]);
    assertNoMarker([run]);
    assert.doesNotMatch(run.output, /does not exist/);
    assert.match(run.output, /was not read: outside the project/);
    outputs.push(run.output.replaceAll(outside, 'OUTSIDE').replaceAll(store, 'STORE').replaceAll(config, 'CONFIG').replaceAll(dirname(dirname(config)), 'REPO'));
  }
  assert.equal(outputs[0], outputs[1]);
  const { conf, config } = layout(withStore('${activemq.conf}/missing.ks'));
  writeFileSync(join(conf, 'credentials.properties'), 'ks=x\n');
  assert.match(lint([config]).output, /keyStore file .*missing\.ks does not exist/);
});

test('a .activemq-lint.json that is no JSON: the error names the line, column and kind, never the file\'s characters', () => {
  const { repo, config } = layout('');
  writeFileSync(join(repo, '.activemq-lint.json'), `${MARKER}=1\n`);
  const run = lint([config]);
  assert.equal(run.status, 2);
  // V8's own message quotes the first characters: not even those.
  assertNoMarker([run], MARKER.slice(0, 6));
  assert.match(run.output, /\.activemq-lint\.json: not valid JSON at line 1, column 1: unexpected character/);
});

test('a .activemq-lint.json that links to a file elsewhere is not read', () => {
  const { repo, config, outside } = layout('');
  writeFileSync(join(outside, 'secrets.txt'), `${MARKER}\n`);
  symlinkSync(join(outside, 'secrets.txt'), join(repo, '.activemq-lint.json'));
  const run = lint([config]);
  assert.equal(run.status, 2);
  assertNoMarker([run]);
  assert.match(run.output, /\.activemq-lint\.json: not read: outside the project/);
});

test('a FIFO beside the config (login.config, credentials.properties, .activemq-lint.json) or given as --client never hangs the run', () => {
  const { repo, conf, config } = layout(`${jaasBroker('admin')}\n    <sslContext><sslContext keyStore="\${activemq.conf}/broker.ks" keyStorePassword="\${ks}"/></sslContext>`);
  for (const fifo of [join(conf, 'login.config'), join(conf, 'credentials.properties'), join(conf, 'broker.ks')]) execFileSync('mkfifo', [fifo]);
  const run = lint([config]);
  assert.equal(run.signal, null, `the run hung: ${run.output}`);
  assert.match(run.output, /login\.config was not read: not a regular file/);
  assert.match(run.output, /credentials\.properties was not read: not a regular file/);
  const client = join(conf, 'alfresco-global.properties');
  execFileSync('mkfifo', [client]);
  const withClient = lint(['--client', client, config]);
  assert.equal(withClient.signal, null, `the run hung: ${withClient.output}`);
  assert.equal(withClient.status, 2);
  assert.match(withClient.output, /alfresco-global\.properties: not a regular file/);
  execFileSync('mkfifo', [join(repo, '.activemq-lint.json')]);
  const withProjectFifo = lint([config]);
  assert.equal(withProjectFifo.signal, null, `the run hung: ${withProjectFifo.output}`);
  assert.equal(withProjectFifo.status, 2);
  assert.match(withProjectFifo.output, /\.activemq-lint\.json: not read: not a regular file/);
});

test('--client /dev/zero ends at once with exit 2 and the reason', () => {
  const { config } = layout('');
  const run = lint(['--client', '/dev/zero', config]);
  assert.equal(run.signal, null);
  assert.equal(run.status, 2);
  assert.match(run.output, /\/dev\/zero: not a regular file/);
});

test('a side file larger than 1 MB is not read, and the finding says so', () => {
  const { conf, config } = layout(jaasBroker('admin'));
  writeFileSync(join(conf, 'login.config'), loginConfig('users.properties', 'groups.properties'));
  writeFileSync(join(conf, 'users.properties'), 'app=a-long-random-password\n');
  writeFileSync(join(conf, 'groups.properties'), `admins=app\n#${'x'.repeat(1024 * 1024)}\n`);
  assert.match(lint([config]).output, /groups\.properties was not read: larger than 1 MB/);
});

test('a credentials.properties linked to a file outside the project: no value of it in any finding', () => {
  const { conf, config, outside } = layout(`    <plugins><simpleAuthenticationPlugin><users>\n      <authenticationUser username="app" password="\${app.password}" groups="admins"/>\n    </users></simpleAuthenticationPlugin></plugins>`);
  // A password weak-password would quote ("admin", a password distributions ship), beside the marker.
  writeFileSync(join(outside, 'aws_credentials'), `app.password=admin\naws_secret_access_key=${MARKER}\n`);
  symlinkSync(join(outside, 'aws_credentials'), join(conf, 'credentials.properties'));
  const runs = lintEveryFormat([config]);
  assertNoMarker(runs);
  for (const run of runs) assert.doesNotMatch(run.output, /its value in credentials\.properties|"admin"/);
  assert.match(runs[0].output, /credentials\.properties was not read: outside the project/);
});
