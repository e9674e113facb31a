// The real server process over LSP: what an editor sees for the example and for fixtures.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionList, Diagnostic, DocumentHighlight, DocumentLink, DocumentSymbol, FoldingRange, Hover, Range, SelectionRange, Location, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DOCUMENTED_ENTRY_RULES } from '../../server/src/service/features/documentedEntries';
import { codes, LspClient } from './lspClient';

const exampleUri = pathToFileURL(resolve('examples/activemq.xml')).href;
const exampleText = readFileSync('examples/activemq.xml', 'utf8');
let client: LspClient;

before(async () => {
  client = new LspClient();
  const capabilities = await client.initialize();
  assert.ok(capabilities.hoverProvider && capabilities.codeActionProvider && capabilities.renameProvider);
  assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.activemqXml']);
});
after(() => client.stop());

function apply(text: string, edit: WorkspaceEdit, uri: string): string {
  const doc = TextDocument.create(uri, 'xml', 0, text);
  return TextDocument.applyEdits(doc, (edit.changes?.[uri] ?? []) as TextEdit[]);
}

function positionOf(text: string, needle: string, delta = 1) {
  return TextDocument.create('x', 'xml', 0, text).positionAt(text.indexOf(needle) + delta);
}

test('opening the example publishes its problems with rule ids and exact ranges', async () => {
  const { diagnostics } = await client.open(exampleUri, exampleText);
  assert.deepEqual(codes(diagnostics).filter((c) => ['advisory-access', 'group-without-members', 'wildcard-syntax', 'insecure-transport'].includes(c)), ['advisory-access', 'group-without-members', 'insecure-transport', 'wildcard-syntax']);
  const wildcard = diagnostics.find((d) => d.code === 'wildcard-syntax')!;
  const line = exampleText.split('\n')[wildcard.range.start.line];
  assert.equal(line.slice(wildcard.range.start.character, wildcard.range.end.character), 'nodes>');
  assert.equal(wildcard.source, 'activemq-xml');
  assert.ok(client.logs.some((l) => l.includes('analysed')));
});

test('plain XML gets no diagnostics and the log says why', async () => {
  const uri = 'file:///tmp/pom.xml';
  const { diagnostics } = await client.open(uri, '<project><modelVersion>4.0.0</modelVersion></project>');
  assert.deepEqual(diagnostics, []);
  assert.ok(client.logs.some((l) => l.includes('pom.xml') && l.includes('no ActiveMQ broker')));
});

test('a document above activemqXml.maxFileSizeKB gets one file-too-large error, no analysis, and a status that says so', async () => {
  const uri = 'file:///tmp/large/activemq.xml';
  const large = exampleText.replace('<beans', `<!-- ${'x'.repeat(4096)} -->\n<beans`);
  client.settings = { maxFileSizeKB: 1 };
  const tooLarge = client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'file-too-large'));
  client.notify('workspace/didChangeConfiguration', { settings: {} });
  client.open(uri, large);
  const { diagnostics } = await tooLarge;
  assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.range.start.line]), [['file-too-large', 1, 0]]);
  assert.match(String(diagnostics[0].message), /above the size limit of 1 KB/);
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(large, 'read="Users"', 7) });
  assert.equal(hover, null, 'not analysed: nothing to hover');
  assert.equal((await client.request<{ kind: string }>('activemqXml/documentStatus', { uri })).kind, 'tooLarge');
  client.settings = {};
  const analysed = client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'group-without-members'));
  client.notify('workspace/didChangeConfiguration', { settings: {} });
  await analysed;
  client.close(uri);
});

test('a documentation snippet\'s <broker> without the namespace, and an ERB template, are analysed', async () => {
  const snippet = await client.open('file:///tmp/snippet/activemq.xml', '<broker brokerName="localhost">\n  <plugins>\n    <simpleAuthenticationPlugin>\n      <users>\n        <authenticationUser username="admin" password="admin" groups="admins"/>\n      </users>\n    </simpleAuthenticationPlugin>\n  </plugins>\n</broker>\n');
  assert.deepEqual(snippet.diagnostics.filter((d) => d.code === 'broker-namespace').map((d) => d.range.start), [{ line: 0, character: 1 }]);
  assert.ok(snippet.diagnostics.some((d) => d.code === 'weak-password' && d.range.start.line === 4));
  const erb = exampleText.replace('brokerName="localhost"', 'brokerName="<%= @broker_name %>"');
  assert.notEqual(erb, exampleText, 'the example names its broker');
  const template = await client.open('file:///tmp/template/activemq.xml.erb', erb);
  const codes = (list: { code?: unknown }[]) => list.map((d) => d.code).sort();
  const example = await client.open('file:///tmp/template-example/activemq.xml', exampleText);
  assert.deepEqual(codes(template.diagnostics), codes(example.diagnostics), 'a template expression in one value changes nothing else');
});

test('a change is validated for its own version; settings turn a rule off at once; close clears', async () => {
  const uri = 'file:///tmp/change/activemq.xml';
  await client.open(uri, exampleText);
  const version = client.change(uri, exampleText.replace('read="Users"', 'read="users"'));
  const changed = await client.diagnostics(uri, (p) => p.version === version);
  // write and admin still name `Users`: one finding for the entry (group-without-members reports per group and entry).
  assert.equal(changed.diagnostics.filter((d) => d.code === 'group-without-members').length, 1);
  client.settings = { rules: { 'wildcard-syntax': 'off' } };
  const wait = client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'wildcard-syntax'));
  client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await wait;
  // The server's settings back to the defaults before the next test (it pulls them on the notification).
  client.settings = {};
  const restored = client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'wildcard-syntax'));
  client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await restored;
  const cleared = client.diagnostics(uri, (p) => p.diagnostics.length === 0);
  client.close(uri);
  await cleared;
});

test('with validate.trigger onSave, changes wait for the save', async () => {
  const uri = 'file:///tmp/save/activemq.xml';
  const state = (of: string) => client.request<{ version: number; publishedVersion: number | null; scheduled: boolean }>('activemqXml/validationState', { uri: of });
  // onType (the default): a change is validated. The server handles messages in order, but a quick analysis has no
  // debounce: by the time the state is asked, its run may be waiting, running or already published.
  const typedUri = 'file:///tmp/save/typed.xml';
  await client.open(typedUri, exampleText);
  // Waited for before the change is sent: its diagnostics may be out before the state request is answered.
  let typed = 0;
  const validated = client.diagnostics(typedUri, (p) => p.version === typed);
  typed = client.change(typedUri, exampleText.replace('nodes>"', 'nodes.>"'));
  const afterChange = await state(typedUri);
  assert.equal(afterChange.version, typed);
  assert.ok(afterChange.scheduled || afterChange.publishedVersion === typed, `onType: the change is validated or on its way (${JSON.stringify(afterChange)})`);
  await validated;
  assert.deepEqual(await state(typedUri), { version: typed, publishedVersion: typed, scheduled: false });
  client.close(typedUri);
  client.settings = { validate: { trigger: 'onSave' } };
  // The server re-validates open documents once it has pulled the new settings.
  const applied = client.diagnostics(exampleUri);
  client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await applied;
  await client.open(uri, exampleText);
  const version = client.change(uri, exampleText.replace('nodes>"', 'nodes.>"'));
  assert.deepEqual(await state(uri), { version, publishedVersion: 1, scheduled: false }, 'onSave: the change is neither validated nor scheduled');
  const saved = client.diagnostics(uri, (p) => p.version === version);
  client.save(uri);
  assert.ok(!(await saved).diagnostics.some((d) => d.code === 'wildcard-syntax'));
  client.settings = {};
  const restored = client.diagnostics(exampleUri);
  client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await restored;
  client.close(uri);
});

test('hover, completion, symbols, definition, references and rename answer on the example', async () => {
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: exampleUri }, position: positionOf(exampleText, '<authorizationEntry queue=">"') });
  assert.match(JSON.stringify(hover.contents), /Entries add up/);
  const completion = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: exampleUri }, position: positionOf(exampleText, 'read="admins"', 6) });
  assert.ok(completion.items.some((i) => i.label === 'users'));
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: exampleUri } });
  assert.deepEqual(symbols.map((s) => s.name), ['Authentication', 'Groups', 'Authorization', 'Transport connectors']);
  const groupPosition = positionOf(exampleText, 'read="users"', 7);
  const definition = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: exampleUri }, position: groupPosition });
  assert.equal(definition.length, 2);
  const references = await client.request<Location[]>('textDocument/references', { textDocument: { uri: exampleUri }, position: groupPosition, context: { includeDeclaration: true } });
  assert.ok(references.length >= 5);
  const rename = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: exampleUri }, position: groupPosition, newName: 'alfresco' });
  assert.equal(rename.changes![exampleUri].length, references.length);
  const refused = await client.request('textDocument/prepareRename', { textDocument: { uri: exampleUri }, position: positionOf(exampleText, 'brokerName') });
  assert.equal(refused, null);
});

test('highlights, links, a placeholder\'s definition and refused renames answer on the example', async () => {
  const groupPosition = positionOf(exampleText, 'read="users"', 7);
  const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: exampleUri }, position: groupPosition });
  const references = await client.request<Location[]>('textDocument/references', { textDocument: { uri: exampleUri }, position: groupPosition, context: { includeDeclaration: true } });
  assert.deepEqual(highlights.map((h) => h.range), references.map((r) => r.range));
  assert.ok(highlights.some((h) => h.kind === 3) && highlights.some((h) => h.kind === 2));
  // The files the example names that sit beside it (the placeholder configurer's credentials.properties, the
  // imported jetty.xml) are links.
  const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: exampleUri } });
  assert.deepEqual(links.map((l) => l.target).sort(), ['examples/credentials.properties', 'examples/jetty.xml'].map((p) => pathToFileURL(resolve(p)).href).sort());
  const definition = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: exampleUri }, position: positionOf(exampleText, '${activemq.password}', 4) });
  assert.equal(definition.length, 1);
  assert.equal(definition[0].uri, pathToFileURL(resolve('examples/credentials.properties')).href);
  const credentialsLine = readFileSync('examples/credentials.properties', 'utf8').split(/\r?\n/)[definition[0].range.start.line];
  assert.match(credentialsLine, /^activemq\.password=/);
  // ActiveMQ splits group lists at commas: the server answers with an error whose message VS Code shows.
  await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: exampleUri }, position: groupPosition, newName: 'a,b' }), /splits group lists at commas/);
});

test('selection ranges, folding ranges and linked tag editing answer on the example', async () => {
  const lines = exampleText.split('\n');
  const [selection] = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri: exampleUri }, positions: [positionOf(exampleText, 'read="users"', 7)] });
  const doc = TextDocument.create(exampleUri, 'xml', 0, exampleText);
  assert.equal(exampleText.slice(doc.offsetAt(selection.range.start), doc.offsetAt(selection.range.end)), 'users');
  assert.equal(exampleText.slice(doc.offsetAt(selection.parent!.range.start), doc.offsetAt(selection.parent!.range.end)), 'read="users"', 'a one-item list is its value, so the attribute comes next');
  const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: exampleUri } });
  const plugins = lines.findIndex((l) => l.includes('<plugins>'));
  assert.ok(folds.some((f) => f.startLine === plugins && lines[f.endLine + 1].includes('</plugins>')), JSON.stringify(folds.slice(0, 5)));
  const linked = await client.request<{ ranges: Range[] }>('textDocument/linkedEditingRange', { textDocument: { uri: exampleUri }, position: positionOf(exampleText, '<plugins>', 2) });
  assert.deepEqual(linked.ranges.map((r) => lines[r.start.line].slice(r.start.character, r.end.character)), ['plugins', 'plugins']);
});

test('every quick fix offered on the example, applied, removes its diagnostic', async () => {
  const uri = 'file:///tmp/fixes/activemq.xml';
  const { diagnostics } = await client.open(uri, exampleText);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
  assert.ok(actions.length >= 5, actions.map((a) => a.title).join(' | '));
  for (const action of actions) {
    const fixed = apply(exampleText, action.edit!, uri);
    const target = action.diagnostics![0];
    const version = client.change(uri, fixed);
    const after = await client.diagnostics(uri, (p) => p.version === version);
    assert.ok(!after.diagnostics.some((d) => d.code === target.code && d.message === target.message && d.range.start.line === target.range.start.line), `${action.title} left ${target.code}`);
    assert.ok(!after.diagnostics.some((d) => d.code === 'xml-syntax'), `${action.title} broke the XML`);
  }
  client.close(uri);
});

test('source.fixAll.activemqXml (what editor.codeActionsOnSave asks for) fixes the certain slips, and only when asked', async () => {
  const uri = 'file:///tmp/fix-all/activemq.xml';
  const { diagnostics } = await client.open(uri, exampleText);
  const wholeDocument = { start: { line: 0, character: 0 }, end: { line: exampleText.split('\n').length, character: 0 } };
  const lightBulb = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: wholeDocument, context: { diagnostics } });
  assert.ok(!lightBulb.some((a) => a.kind === 'source.fixAll.activemqXml'), 'no source action in the light bulb');
  const [fixAll, ...more] = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: wholeDocument, context: { diagnostics: [], only: ['source.fixAll'] } });
  assert.deepEqual([fixAll.kind, more.length], ['source.fixAll.activemqXml', 0]);
  const version = client.change(uri, apply(exampleText, fixAll.edit!, uri));
  const after = await client.diagnostics(uri, (p) => p.version === version);
  assert.deepEqual(codes(after.diagnostics).filter((c) => c === 'group-without-members' || c === 'advisory-access'), []);
  assert.ok(codes(after.diagnostics).includes('wildcard-syntax'), 'a guess is left for a person');
  client.close(uri);
});

test('activemqXml/documentStatus says whether a document is analysed and what fix all would fix; null for unknown documents', async () => {
  const uri = 'file:///tmp/status/activemq.xml';
  await client.open(uri, exampleText);
  const status = await client.request<{ kind: string; label: string; autofixable: number }>('activemqXml/documentStatus', { uri });
  assert.deepEqual([status.kind, status.label, status.autofixable], ['analysed', 'ActiveMQ broker config', 2]);
  const plain = 'file:///tmp/status/pom.xml';
  await client.open(plain, '<project/>');
  assert.equal((await client.request<{ kind: string }>('activemqXml/documentStatus', { uri: plain })).kind, 'notBroker');
  assert.equal(await client.request('activemqXml/documentStatus', { uri: 'file:///tmp/status/never-opened.xml' }), null);
  client.close(uri);
  client.close(plain);
});

test('the nearest .activemq-lint.json applies, under the user settings, and is read again when the client says it changed', async () => {
  const project = mkdtempSync(join(tmpdir(), 'activemq-project-'));
  mkdirSync(join(project, 'conf'));
  const settingsFile = join(project, '.activemq-lint.json');
  writeFileSync(settingsFile, JSON.stringify({ rules: { 'wildcard-syntax': 'off', 'unused-group': 'error' } }));
  const uri = pathToFileURL(join(project, 'conf', 'activemq.xml')).href;
  const opened = await client.open(uri, exampleText);
  assert.ok(!codes(opened.diagnostics).includes('wildcard-syntax'), 'the project turns wildcard-syntax off');
  const status = await client.request<{ detail: string }>('activemqXml/documentStatus', { uri });
  assert.ok(status.detail.endsWith(`Project settings: ${settingsFile}.`), status.detail);
  writeFileSync(settingsFile, JSON.stringify({ rules: { 'weak-password': 'off' } }));
  const changed = client.diagnostics(uri, (p) => codes(p.diagnostics).includes('wildcard-syntax'));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(settingsFile).href, type: 2 }] });
  const after = await changed;
  assert.ok(!codes(after.diagnostics).includes('weak-password'), 'the new file applies');
  // The user's activemqXml.rules is the upper layer.
  client.settings = { rules: { 'weak-password': 'warning' } };
  const overridden = client.diagnostics(uri, (p) => codes(p.diagnostics).includes('weak-password'));
  client.notify('workspace/didChangeConfiguration', { settings: {} });
  await overridden;
  client.settings = {};
  client.notify('workspace/didChangeConfiguration', { settings: {} });
  client.close(uri);
});

test('a changed credentials.properties beside the config is read again when the client says it changed', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'activemq-credentials-'));
  const credentials = join(folder, 'credentials.properties');
  writeFileSync(credentials, readFileSync('examples/credentials.properties', 'utf8'));
  const uri = pathToFileURL(join(folder, 'activemq.xml')).href;
  const weakOnes = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.filter((d) => d.code === 'weak-password').length;
  const before = weakOnes(await client.open(uri, exampleText));
  writeFileSync(credentials, 'activemq.username=system\nactivemq.password=Xq7-long-and-random-9Lp\nguest.password=Tz4-also-long-and-random-2Wm\n');
  const after = client.diagnostics(uri, (p) => weakOnes(p) < before);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(credentials).href, type: 2 }] });
  assert.ok(weakOnes(await after) < before);
  client.close(uri);
});

test('activemqXml/checkFiles publishes the problems of closed broker configs, keeps them after open and close, clears them when gone', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'activemq-workspace-'));
  const broker = join(folder, 'activemq.xml');
  writeFileSync(broker, exampleText);
  writeFileSync(join(folder, 'pom.xml'), '<project/>');
  const [brokerUri, pomUri, missingUri] = [broker, join(folder, 'pom.xml'), join(folder, 'gone.xml')].map((p) => pathToFileURL(p).href);
  const published = client.diagnostics(brokerUri, (p) => codes(p.diagnostics).includes('wildcard-syntax'));
  const summary = await client.request<{ files: number; brokerConfigs: number; errors: number; warnings: number; unreadable: string[] }>('activemqXml/checkFiles', { uris: [brokerUri, pomUri, missingUri] });
  await published;
  assert.deepEqual([summary.files, summary.brokerConfigs, summary.errors], [3, 1, 0]);
  assert.ok(summary.warnings >= 3, `${summary.warnings} warnings`);
  assert.deepEqual(summary.unreadable, [`${missingUri}: no such file`]);
  // Opened, edited and closed unsaved: Problems shows the file on disk again, not nothing.
  await client.open(brokerUri, exampleText);
  client.change(brokerUri, exampleText.replace('nodes>', 'nodes.>'));
  const reverted = client.diagnostics(brokerUri, (p) => codes(p.diagnostics).includes('wildcard-syntax'));
  client.close(brokerUri);
  await reverted;
  // A later check that no longer lists it clears it.
  const cleared = client.diagnostics(brokerUri, (p) => p.diagnostics.length === 0);
  await client.request('activemqXml/checkFiles', { uris: [pomUri] });
  await cleared;
});

test('activemqXml/whoCan answers with the effective permissions', async () => {
  const answer = await client.request<{ markdown: string }>('activemqXml/whoCan', { uri: exampleUri, destination: 'topic://VirtualTopic.alfresco.repo.events.nodes' });
  assert.match(answer.markdown, /write: groups admins, users; users: system, user/);
});

test('activemqXml/accessMatrix answers the matrix the webview renders, with asked-for destinations and the groups view', async () => {
  type Matrix = { rows: { label: string }[]; columns: { destination: string }[]; marks: string[]; by: Record<string, number[]>; entries: { line: number; text: string }[]; unavailable?: string };
  const users = await client.request<Matrix>('activemqXml/accessMatrix', { uri: exampleUri, view: 'users', destinations: ['queue://ORDERS.EU', 42] });
  assert.equal(users.columns[0].destination, 'queue://ORDERS.EU', 'a string destination becomes the first column; the number is ignored');
  const r = users.rows.findIndex((row) => row.label === 'user');
  const c = users.columns.findIndex((col) => col.destination === 'topic://VirtualTopic.alfresco.repo.events.nodes');
  // Three marks per column (read, write, admin): + granted, . denied, ! granted and risky.
  assert.equal(users.marks[r].slice(3 * c, 3 * c + 3), '+++');
  assert.equal(users.marks[r].slice(0, 3), '...', 'nothing on ORDERS.EU: only admins are granted on queue://>');
  assert.match(users.entries[users.by[`${r},${c},write`][0]].text, /topic="VirtualTopic\.alfresco\.repo\.events\.nodes"/);
  const groups = await client.request<Matrix>('activemqXml/accessMatrix', { uri: exampleUri, view: 'groups' });
  assert.ok(groups.rows.some((row) => row.label === 'admins'));
  const unknown = await client.request<Matrix>('activemqXml/accessMatrix', { uri: 'file:///nowhere.xml' });
  assert.match(unknown.unavailable ?? '', /not an ActiveMQ broker config/);
});

test('a request on an unknown document is answered empty and the server keeps serving', async () => {
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.xml' }, position: { line: 0, character: 0 } }), null);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: exampleUri } });
  assert.ok(symbols.length > 0);
});

test('alfresco-global.properties is checked against the open broker config, with its quick fixes', async () => {
  const brokerUri = pathToFileURL(resolve('examples/alfresco/activemq.xml')).href;
  const propertiesUri = pathToFileURL(resolve('examples/alfresco/alfresco-global.properties')).href;
  await client.open(brokerUri, readFileSync('examples/alfresco/activemq.xml', 'utf8'));
  const text = readFileSync('examples/alfresco/alfresco-global.properties', 'utf8');
  const { diagnostics } = await client.open(propertiesUri, text, 'properties');
  assert.ok(codes(diagnostics).includes('client-url-scheme-mismatch'), codes(diagnostics).join(', '));
  assert.ok(diagnostics.every((d) => d.source === 'activemq-xml'));
  const fixable = diagnostics.filter((d) => (d.data as { fixes?: unknown[] } | undefined)?.fixes?.length);
  assert.ok(fixable.length > 0);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: propertiesUri }, range: fixable[0].range, context: { diagnostics: fixable } });
  assert.ok(actions.length > 0 && actions[0].edit?.changes?.[propertiesUri]?.length);
  client.close(propertiesUri);
  client.close(brokerUri);
});

test('the insert-documented-entries command inserts every missing documented entry in one workspace/applyEdit', async () => {
  const uri = 'file:///tmp/command/activemq.xml';
  const before = await client.open(uri, exampleText);
  const documented = (diagnostics: Diagnostic[]) => codes(diagnostics).filter((c) => DOCUMENTED_ENTRY_RULES.includes(c));
  assert.ok(documented(before.diagnostics).length > 0, codes(before.diagnostics).join(', '));
  const editsBefore = client.appliedEdits.length;
  const result = await client.request<{ applied: boolean; titles: string[] }>('workspace/executeCommand', { command: 'activemqXml.server.insertDocumentedEntries', arguments: [uri] });
  assert.equal(result.applied, true);
  assert.equal(client.appliedEdits.length, editsBefore + 1, 'one workspace/applyEdit for all the entries');
  const [change] = client.appliedEdits[editsBefore].edit.documentChanges as TextDocumentEdit[];
  assert.equal(change.textDocument.uri, uri);
  assert.equal(change.edits.length, 1);
  const after = TextDocument.applyEdits(TextDocument.create(uri, 'xml', 0, exampleText), change.edits as TextEdit[]);
  const version = client.change(uri, after);
  const published = await client.diagnostics(uri, (p) => p.version === version);
  assert.deepEqual(documented(published.diagnostics), [], `after ${result.titles.join(' | ')}: ${codes(published.diagnostics).join(', ')}`);
  assert.ok(result.titles.length >= 1 && result.titles.length === new Set(result.titles).size, result.titles.join(' | '));
  const again = await client.request<{ applied: boolean; reason: string }>('workspace/executeCommand', { command: 'activemqXml.server.insertDocumentedEntries', arguments: [uri] });
  assert.deepEqual(again, { applied: false, reason: 'the documented entries are already there' });
  client.close(uri);
});
