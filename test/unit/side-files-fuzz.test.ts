// Fuzz: special files beside a config. Each case gives every file a config can name (credentials.properties,
// login.config and its users and groups files, an imported jetty.xml, a key store, the JMX password file,
// .activemq-lint.json) a random kind: a regular file inside the project, a link out of it, a FIFO, a folder, a
// file over the size limit, a link to /proc or /dev, a dangling link, a missing file. Fixed seed, bounded cases.
// The linter always finishes (a FIFO never blocks it), never crashes, and never prints the outside marker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { runCli } from '../../server/src/cli';
import { NS } from '../helpers';

const CASES = Number(process.env.FUZZ_CASES ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const MARKER = 'SECRET_MARKER_fuzz_5e21';

/** What a side file holds when it is a plain file, inside the project or out of it; each names the marker somewhere. */
const CONTENT: Record<string, string> = {
  'credentials.properties': `app.user=${MARKER}\napp.password=admin\nks=password\n`,
  'login.config': 'activemq {\n  org.apache.activemq.jaas.PropertiesLoginModule required\n    org.apache.activemq.jaas.properties.user="users.properties"\n    org.apache.activemq.jaas.properties.group="groups.properties";\n};\n',
  'users.properties': `${MARKER}=${MARKER}\nadmin=admin\n`,
  'groups.properties': `admins=${MARKER}\nAdmins=${MARKER}\n`,
  'jetty.xml': `<beans><bean class="org.eclipse.jetty.util.security.Constraint"><property name="authenticate" value="false"/><property name="name" value="${MARKER}"/></bean></beans>`,
  'broker.ks': MARKER,
  'jmx.password': `${MARKER} activemq\n`,
  '.activemq-lint.json': `{ "rules": { "${MARKER}": "off" } }`,
};

const KINDS = ['inside', 'link-outside', 'fifo', 'folder', 'too-large', 'link-proc', 'link-dev', 'dangling', 'missing'] as const;

const CONFIG = `<beans xmlns="http://www.springframework.org/schema/beans">
  <import resource="jetty.xml"/>
  <broker xmlns="${NS}" brokerName="b">
    <managementContext><managementContext createConnector="true">
      <property name="environment"><map><entry key="jmx.remote.x.password.file" value="\${activemq.conf}/jmx.password"/></map></property>
    </managementContext></managementContext>
    <plugins>
      <jaasAuthenticationPlugin configuration="activemq"/>
      <authorizationPlugin><map><authorizationMap><authorizationEntries>
        <authorizationEntry queue=">" read="admin" write="\${app.user}" admin="admins"/>
      </authorizationEntries></authorizationMap></map></authorizationPlugin>
    </plugins>
    <sslContext><sslContext keyStore="\${activemq.conf}/broker.ks" keyStorePassword="\${ks}"/></sslContext>
  </broker>
</beans>
`;

function place(path: string, kind: (typeof KINDS)[number], content: string, outside: string): void {
  const away = join(outside, `${Math.abs(hash(path))}.txt`);
  writeFileSync(away, content);
  switch (kind) {
    case 'inside': return writeFileSync(path, content.replaceAll(MARKER, 'inside'));
    case 'link-outside': return symlinkSync(away, path);
    case 'fifo': return void execFileSync('mkfifo', [path]);
    case 'folder': return mkdirSync(path);
    // Over 1 MB: refused as a properties file, read as an XML one (the document limit): inside the project either way.
    case 'too-large': return writeFileSync(path, `# ${'x'.repeat(1100 * 1024)}\n${content.replaceAll(MARKER, 'inside')}`);
    case 'link-proc': return symlinkSync('/proc/self/environ', path);
    case 'link-dev': return symlinkSync('/dev/zero', path);
    case 'dangling': return symlinkSync(join(outside, 'nowhere', 'gone'), path);
    case 'missing': return;
  }
}

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

test(`special files beside a config: ${CASES} seeded layouts (seed ${SEED}) finish, never crash and never show an outside byte`, () => {
  const names = Object.keys(CONTENT);
  const layouts = fc.sample(fc.array(fc.constantFrom(...KINDS), { minLength: names.length, maxLength: names.length }), { seed: SEED, numRuns: CASES });
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'activemq-side-fuzz-')));
  try {
    for (let i = 0; i < CASES; i++) {
      const repo = join(top, `case${i}`, 'repo');
      const conf = join(repo, 'conf');
      const outside = join(top, `case${i}`, 'outside');
      mkdirSync(join(repo, '.git'), { recursive: true });
      mkdirSync(conf);
      mkdirSync(outside);
      const kinds: string[] = [];
      names.forEach((name, n) => {
        const kind = layouts[i][n];
        kinds.push(`${name}:${kind}`);
        place(join(name === '.activemq-lint.json' ? repo : conf, name), kind, CONTENT[name], outside);
      });
      const config = join(conf, 'activemq.xml');
      writeFileSync(config, CONFIG);
      for (const format of ['text', 'json', 'sarif']) {
        const result = runCli(['--format', format, config]);
        const output = result.stdout + result.stderr;
        const layout = `case ${i} (${kinds.join(', ')}), ${format}`;
        assert.ok([0, 1, 2].includes(result.exitCode), `${layout}: exit ${result.exitCode}`);
        assert.ok(!output.includes(MARKER), `${layout}: the outside marker was printed:\n${output}`);
        assert.ok(!/internal error/.test(output), `${layout}:\n${output}`);
      }
    }
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
});
