// The real server on a hostile workspace: the files a config names are read only inside the workspace folder that
// holds it (symlinks resolved), nothing of a file outside reaches a diagnostic, hover or link, and an untrusted
// workspace reads no such file until the client says it is trusted.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentLink, Hover } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { NS } from '../helpers';
import { LspClient } from './lspClient';

const MARKER = 'SECRET_MARKER_b41d07';
const top = realpathSync(mkdtempSync(join(tmpdir(), 'activemq-confine-lsp-')));
const outside = join(top, 'outside');
const workspace = join(top, 'workspace');
mkdirSync(outside);
mkdirSync(workspace);

/** A folder of the workspace with a config and the files a test puts beside it. */
function project(name: string, files: Record<string, string>, body: string): { uri: string; text: string; conf: string } {
  const conf = join(workspace, name, 'conf');
  mkdirSync(conf, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(conf, file), content);
  const text = `<beans xmlns="http://www.springframework.org/schema/beans">\n  <broker xmlns="${NS}" brokerName="b">\n${body}\n  </broker>\n</beans>\n`;
  const path = join(conf, 'activemq.xml');
  writeFileSync(path, text);
  return { uri: pathToFileURL(path).href, text, conf };
}

function positionOf(text: string, needle: string, delta = 2) {
  return TextDocument.create('x', 'xml', 0, text).positionAt(text.indexOf(needle) + delta);
}

const jaas = (group: string) => `    <plugins>
      <jaasAuthenticationPlugin configuration="activemq"/>
      <authorizationPlugin><map><authorizationMap><authorizationEntries>
        <authorizationEntry queue=">" read="${group}" write="${group}" admin="${group}"/>
      </authorizationEntries></authorizationMap></map></authorizationPlugin>
    </plugins>`;
const loginConfig = (groups: string) => `activemq {\n  org.apache.activemq.jaas.PropertiesLoginModule required\n    org.apache.activemq.jaas.properties.user="users.properties"\n    org.apache.activemq.jaas.properties.group="${groups}";\n};\n`;
const placeholders = `    <plugins><simpleAuthenticationPlugin><users>
      <authenticationUser username="\${app.user}" password="\${app.password}" groups="admins"/>
    </users></simpleAuthenticationPlugin></plugins>`;

let client: LspClient;

before(async () => {
  // The marker first in the server's environment: /proc/self/environ read as properties makes it the first key's value.
  client = new LspClient({ LEAKY_FIRST_VAR: MARKER, PATH: process.env.PATH ?? '' });
  await client.initialize({ workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }] });
});
after(() => client.stop());

test('a groups file named /proc/self/environ and a near-miss group: no environment in diagnostics or group hovers, and the finding names the file', async () => {
  const { uri, text } = project('environ', { 'login.config': loginConfig('/proc/self/environ'), 'users.properties': 'app=a-long-random-password\n' }, jaas('LEAKY_FIRST_VAr'));
  const { diagnostics } = await client.open(uri, text);
  assert.ok(!JSON.stringify(diagnostics).includes(MARKER), JSON.stringify(diagnostics));
  assert.ok(diagnostics.some((d) => d.code === 'file-not-read' && /\/proc\/self\/environ was not read/.test(String(d.message))));
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'read="LEAKY_FIRST_VAr"', 8) });
  assert.ok(!JSON.stringify(hover).includes(MARKER), JSON.stringify(hover));
});

test('a credentials.properties linked to a file outside the workspace folder: a ${placeholder} hover shows nothing of it and says why', async () => {
  writeFileSync(join(outside, 'aws_credentials'), `app.user=${MARKER}\napp.password=admin\n`);
  const { uri, text, conf } = project('linked', {}, placeholders);
  symlinkSync(join(outside, 'aws_credentials'), join(conf, 'credentials.properties'));
  const { diagnostics } = await client.open(uri, text);
  assert.ok(!JSON.stringify(diagnostics).includes(MARKER));
  assert.ok(!diagnostics.some((d) => /its value in credentials\.properties/.test(String(d.message))), JSON.stringify(diagnostics));
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '${app.user}') });
  const shown = JSON.stringify(hover);
  assert.ok(!shown.includes(MARKER), shown);
  assert.match(shown, /credentials\.properties beside this file was not read: outside the project/);
});

test('document links: a file inside the workspace folder is linked, one outside it (absolute path or ../) is not', async () => {
  writeFileSync(join(outside, 'jetty.xml'), '<beans/>');
  writeFileSync(join(outside, 'broker.ks'), MARKER);
  const body = `    <sslContext><sslContext keyStore="${join(outside, 'broker.ks')}" trustStore="../../outside/broker.ks" keyStorePassword="\${ks}"/></sslContext>`;
  const { uri, text } = project('links', { 'credentials.properties': 'ks=x\n', 'inside.xml': '<beans/>' }, body);
  const withImports = text.replace('<broker', `<import resource="inside.xml"/>\n  <import resource="${join(outside, 'jetty.xml')}"/>\n  <import resource="../../../outside/jetty.xml"/>\n  <broker`);
  await client.open(uri, withImports);
  const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
  const targets = links.map((l) => l.target ?? '');
  assert.ok(targets.some((t) => t.endsWith('/links/conf/inside.xml')), targets.join(', '));
  assert.deepEqual(targets.filter((t) => t.includes('/outside/')), []);
});

test('an untrusted workspace reads no file beside a config and says so; trusting it turns them on', async () => {
  const untrusted = new LspClient();
  try {
    const { uri, text } = project('untrusted', { 'credentials.properties': 'app.user=visible-user\n' }, placeholders);
    await untrusted.initialize({ workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }], initializationOptions: { trusted: false } });
    const { diagnostics } = await untrusted.open(uri, text);
    assert.ok(diagnostics.some((d) => d.code === 'file-not-read' && /not trusted/.test(String(d.message))), JSON.stringify(diagnostics));
    const hover = async () => JSON.stringify(await untrusted.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '${app.user}') }));
    const before = await hover();
    assert.ok(!before.includes('visible-user'), before);
    assert.match(before, /not trusted/);
    const status = await untrusted.request<{ restricted?: boolean; detail: string }>('activemqXml/documentStatus', { uri });
    assert.equal(status.restricted, true);
    assert.match(status.detail, /not read: the workspace is not trusted/);
    assert.ok(untrusted.logs.some((l) => /not trusted/.test(l)), untrusted.logs.join('\n'));
    const republished = untrusted.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'file-not-read'));
    untrusted.notify('activemqXml/workspaceTrusted', {});
    await republished;
    assert.match(await hover(), /visible-user/);
  } finally {
    await untrusted.stop();
  }
});

test('the workspace check reads listed files as side files are: a FIFO does not hang it, a link to a config outside the workspace folder is not read', async () => {
  const folder = join(workspace, 'check');
  mkdirSync(folder);
  writeFileSync(join(outside, 'activemq.xml'), `<beans><broker xmlns="${NS}" brokerName="${MARKER}"><plugins></beans>`);
  symlinkSync(join(outside, 'activemq.xml'), join(folder, 'linked.xml'));
  execFileSync('mkfifo', [join(folder, 'pipe.xml')]);
  const [linked, pipe] = ['linked.xml', 'pipe.xml'].map((f) => pathToFileURL(join(folder, f)).href);
  const summary = await client.request<{ files: number; brokerConfigs: number; unreadable: string[] }>('activemqXml/checkFiles', { uris: [linked, pipe] });
  assert.deepEqual([summary.files, summary.brokerConfigs], [2, 0]);
  assert.match(summary.unreadable.join('\n'), /linked\.xml: outside the project/);
  assert.match(summary.unreadable.join('\n'), /pipe\.xml: not a regular file/);
  assert.ok(!JSON.stringify(summary).includes(MARKER));
});

test('the setting activemqXml.files.allowOutside reads a folder outside the workspace on purpose', async () => {
  const allowed = join(top, 'etc-activemq');
  mkdirSync(allowed);
  writeFileSync(join(allowed, 'groups.properties'), 'admins=app\n');
  const { uri, text } = project('allowed', { 'login.config': loginConfig(join(allowed, 'groups.properties')), 'users.properties': 'app=a-long-random-password\n' }, jaas('admin'));
  const { diagnostics } = await client.open(uri, text);
  assert.ok(diagnostics.some((d) => d.code === 'file-not-read' && /etc-activemq\/groups\.properties was not read: outside the project/.test(String(d.message))));
  const widened = client.diagnostics(uri, (p) => p.diagnostics.some((d) => /Did you mean `admins` \(members: `app`\)/.test(String(d.message))));
  client.settings = { files: { allowOutside: [allowed] } };
  client.notify('workspace/didChangeConfiguration', { settings: {} });
  const after = await widened;
  assert.ok(!after.diagnostics.some((d) => d.code === 'file-not-read'));
  client.settings = {};
  client.notify('workspace/didChangeConfiguration', { settings: {} });
});
