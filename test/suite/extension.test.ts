/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'activemq-xml.activemq-xml';
const SOURCE = 'activemq-xml';
// The runners open a fresh copy of test/suite/fixtures as the workspace, with a copy of examples/ beside it
// (scripts/vscode/suite-workspace.mjs): the tests edit and save documents, and the checkout must stay as it was.
const workspaceRoot = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
const exampleUri = vscode.Uri.file(path.join(workspaceRoot, '..', 'examples', 'activemq.xml'));
const fixture = (name: string) => vscode.Uri.file(path.join(workspaceRoot, name));

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
const ruleOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const describeDiagnostics = (uri: vscode.Uri) => ours(uri).map((d) => `${d.range.start.line + 1}: ${ruleOf(d)}`).join(', ') || 'none';

/** Resolves once `accept` holds for the file's activemq-xml diagnostics (or those `read` gives); fails after timeoutMs saying what it saw. */
function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, expected: string, timeoutMs = 20_000, read = ours): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = read(uri);
      if (!accept(current)) return false;
      subscription.dispose(); clearTimeout(timer); resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`expected ${expected} for ${path.basename(uri.fsPath)} within ${timeoutMs} ms; diagnostics: ${describeDiagnostics(uri)}`));
    }, timeoutMs);
    check();
  });
}

/**
 * Opens the file and resolves once the language status item shows `text`, a detail starting with `label` and the
 * `link` command (the item is updated after each validation; earlier tests leave it showing other files).
 */
function statusShows(uri: vscode.Uri, text: string, label: string, link: string | undefined): Promise<vscode.LanguageStatusItem> {
  const api = vscode.extensions.getExtension<{ documentStatus: vscode.LanguageStatusItem; onDidUpdateDocumentStatus: vscode.Event<void> }>(EXTENSION_ID)!.exports;
  const item = api.documentStatus;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (item.text !== text || !item.detail?.startsWith(`${label}. `) || item.command?.title !== link) return;
      subscription.dispose(); clearTimeout(timer); resolve(item);
    };
    const subscription = api.onDidUpdateDocumentStatus(check);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`status for ${path.basename(uri.fsPath)}: expected "${text}" / "${label}. …" (${link ?? 'no link'}), shows "${item.text}" / "${item.detail}" (${item.command?.title ?? 'no link'})`));
    }, 20_000);
    void open(uri).then(check);
  });
}

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

function positionOf(document: vscode.TextDocument, text: string, offsetInText = 1): vscode.Position {
  const index = document.getText().indexOf(text);
  assert.ok(index >= 0, `"${text}" not found in ${path.basename(document.uri.fsPath)}`);
  return document.positionAt(index + offsetInText);
}

async function revert(uri: vscode.Uri) {
  await open(uri);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

describe('activemq-xml in VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
    const inCheckout = path.relative(extension.extensionPath, workspaceRoot);
    assert.ok(workspaceRoot && (inCheckout.startsWith('..') || path.isAbsolute(inCheckout)), `the suite runs on a copy of its fixtures outside the checkout, not on ${workspaceRoot || 'no folder'}`);
    // VS Code for the Web (code-server) saves after 1 s by default: an edit a test reverts must not reach the disk.
    assert.equal(vscode.workspace.getConfiguration('files').get('autoSave'), 'off', 'the runner must turn files.autoSave off');
    await open(exampleUri);
    await extension.activate();
  });

  it('activates', () => {
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  it('publishes activemq-xml diagnostics with rule ids for the example', async () => {
    const diagnostics = await waitForDiagnostics(exampleUri,
      (all) => all.some((d) => ruleOf(d) === 'wildcard-syntax') && all.some((d) => ruleOf(d) === 'group-without-members'),
      'wildcard-syntax and group-without-members');
    const wildcard = diagnostics.find((d) => ruleOf(d) === 'wildcard-syntax');
    assert.equal(wildcard?.range.start.line, 59, 'wildcard-syntax belongs to the `nodes>` entry on line 60');
  });

  it('leaves a plain XML file without the ActiveMQ namespace alone', async () => {
    const plain = fixture('plain.xml');
    // The server validates a file as it opens and publishes for it before it answers the status request that
    // follows: once the item says the file is not a config, the server has decided on it.
    await statusShows(plain, '$(circle-slash) ActiveMQ', 'Not an ActiveMQ config', undefined);
    assert.equal(describeDiagnostics(plain), 'none');
  });

  it('hovers an authorizationEntry with text', async () => {
    const document = (await open(exampleUri)).document;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', exampleUri, positionOf(document, '<authorizationEntry ', 3));
    const text = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
    assert.ok(text.trim().length > 0, 'expected hover text on <authorizationEntry>, got none');
  });

  it('completes authorizationEntry inside <authorizationEntries>', async () => {
    const document = (await open(exampleUri)).document;
    const insideEntries = positionOf(document, '<authorizationEntries>', '<authorizationEntries>'.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', exampleUri, insideEntries, '<');
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.some((label) => label.includes('authorizationEntry')), `expected authorizationEntry among: ${labels.slice(0, 30).join(', ')}`);
  });

  it('applies the advisory quick fix and the advisory-access diagnostic goes away', async () => {
    const uri = fixture('missing-advisory.xml');
    await open(uri);
    try {
      const [advisory] = (await waitForDiagnostics(uri, (all) => all.some((d) => ruleOf(d) === 'advisory-access'), 'advisory-access'))
        .filter((d) => ruleOf(d) === 'advisory-access');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, advisory.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((action) => action.edit && action.edit.get(uri).some((edit) => edit.newText.includes('ActiveMQ.Advisory.>')));
      assert.ok(fix?.edit, `expected a quick fix inserting ActiveMQ.Advisory.>; got: ${actions.map((a) => a.title).join(' | ') || 'none'}`);
      assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
      assert.ok(vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText().includes('ActiveMQ.Advisory.>'));
      await waitForDiagnostics(uri, (all) => !all.some((d) => ruleOf(d) === 'advisory-access'), 'no advisory-access after the fix');
    } finally {
      await revert(uri);
    }
  });

  it('"Fix all auto-fixable problems" corrects the certain slips and leaves the guesses', async () => {
    const document = (await open(exampleUri)).document;
    try {
      await waitForDiagnostics(exampleUri, (all) => all.some((d) => ruleOf(d) === 'group-without-members'), 'group-without-members');
      await vscode.commands.executeCommand('activemqXml.fixAll');
      assert.match(document.getText(), /topic="ActiveMQ\.Advisory\.>"/);
      assert.doesNotMatch(document.getText(), /"Users"/);
      const after = await waitForDiagnostics(exampleUri, (all) => !all.some((d) => ['group-without-members', 'advisory-access'].includes(ruleOf(d))), 'no group-without-members or advisory-access after fix all');
      assert.ok(after.some((d) => ruleOf(d) === 'wildcard-syntax'), '`nodes>` is a guess, left for a person');
    } finally {
      await revert(exampleUri);
    }
  });

  it('editor.codeActionsOnSave with source.fixAll.activemqXml fixes the file as it is saved', async () => {
    const copy = vscode.Uri.file(path.join(os.tmpdir(), `activemq-fix-on-save-${process.pid}`, 'activemq.xml'));
    await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(exampleUri));
    const editor = vscode.workspace.getConfiguration('editor');
    await editor.update('codeActionsOnSave', { 'source.fixAll.activemqXml': 'explicit' }, vscode.ConfigurationTarget.Global);
    try {
      const document = (await open(copy)).document;
      await waitForDiagnostics(copy, (all) => all.some((d) => ruleOf(d) === 'group-without-members'), 'group-without-members');
      // A real change, so that the save is one (a trailing newline at the end of the file).
      await vscode.window.activeTextEditor!.edit((edit) => edit.insert(document.positionAt(document.getText().length), '\n'));
      await vscode.commands.executeCommand('workbench.action.files.save');
      const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(copy));
      assert.equal(document.isDirty, false, 'the document is saved');
      assert.doesNotMatch(saved, /"Users"/, 'the file on disk has the group fixed');
      assert.match(saved, /topic="ActiveMQ\.Advisory\.>"/, 'and the advisory entry');
    } finally {
      await editor.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  it('the ignore quick fix writes an activemq-lint-ignore comment and the finding goes, the others stay', async () => {
    const document = (await open(exampleUri)).document;
    try {
      const before = await waitForDiagnostics(exampleUri, (all) => all.some((d) => ruleOf(d) === 'wildcard-syntax'), 'wildcard-syntax');
      const wildcard = before.find((d) => ruleOf(d) === 'wildcard-syntax')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', exampleUri, wildcard.range, vscode.CodeActionKind.QuickFix.value);
      const ignore = actions.find((a) => a.title === 'Ignore wildcard-syntax for this <authorizationEntry>');
      assert.ok(ignore?.edit, `expected the ignore fix; got: ${actions.map((a) => a.title).join(' | ') || 'none'}`);
      assert.equal(await vscode.workspace.applyEdit(ignore.edit), true);
      assert.match(document.lineAt(wildcard.range.start.line).text, /^\s*<!-- activemq-lint-ignore wildcard-syntax -->$/);
      const after = await waitForDiagnostics(exampleUri, (all) => !all.some((d) => ruleOf(d) === 'wildcard-syntax'), 'no wildcard-syntax after the ignore comment');
      assert.ok(after.some((d) => ruleOf(d) === 'group-without-members'), 'the other findings on that entry are still shown');
    } finally {
      await revert(exampleUri);
    }
  });

  it('finds every reference to a group, in users and in entries, and not the differently cased one', async () => {
    const document = (await open(exampleUri)).document;
    const text = document.getText();
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', exampleUri, positionOf(document, 'groups="users,admins"', 'groups="users,'.length + 1));
    const lines = (locations ?? []).map((location) => location.range.start.line + 1).sort((a, b) => a - b);
    // `admins` is in system's groups (line 45) and in the read/write/admin of the two `>` entries (lines 55, 56).
    assert.deepEqual(lines, [45, 55, 55, 55, 56, 56, 56], `references of admins: ${JSON.stringify(lines)}`);
    for (const location of locations) assert.equal(text.slice(document.offsetAt(location.range.start), document.offsetAt(location.range.end)), 'admins');
  });

  it('renames a group everywhere it is named, leaving `Users` (another group) alone', async () => {
    const document = (await open(exampleUri)).document;
    try {
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', exampleUri, positionOf(document, 'groups="users"', 'groups="'.length + 1), 'staff');
      const edits = edit.get(exampleUri);
      const lines = edits.map((e) => e.range.start.line + 1).sort((a, b) => a - b);
      assert.deepEqual(lines, [45, 46, 59, 59, 59, 63, 63, 63], `rename edits: ${JSON.stringify(lines)}`);
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      const renamed = document.getText();
      assert.ok(renamed.includes('groups="staff,admins"') && renamed.includes('read="guests,staff"'), 'the users and the advisory entry name staff');
      assert.ok(renamed.includes('read="Users"'), '`Users` is a different group in ActiveMQ and keeps its name');
      assert.ok(!/"users[",]|,users"/.test(renamed), 'no `users` token is left');
    } finally {
      await revert(exampleUri);
    }
  });

  it('links credentials.properties, highlights a group where it is named, and refuses a group name with a comma', async () => {
    const document = (await open(exampleUri)).document;
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', exampleUri);
    const credentials = links.find((l) => l.target?.fsPath === path.join(path.dirname(exampleUri.fsPath), 'credentials.properties'));
    assert.ok(credentials, `a link to credentials.properties; links: ${links.map((l) => l.target?.toString()).join(', ') || 'none'}`);
    assert.equal(document.getText(credentials.range), 'file:${activemq.conf}/credentials.properties');
    const groupPosition = positionOf(document, 'groups="users"', 'groups="'.length + 1);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', exampleUri, groupPosition);
    const lines = highlights.map((h) => h.range.start.line + 1).sort((a, b) => a - b);
    assert.deepEqual(lines, [45, 46, 59, 59, 59, 63, 63, 63], `highlights: ${JSON.stringify(lines)}`);
    assert.ok(highlights.every((h) => document.getText(h.range) === 'users'));
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', exampleUri, groupPosition, 'staff,ops')),
      /splits group lists at commas/,
    );
  });

  it('the insert-documented-entries command adds every missing documented entry, and one undo takes them out', async () => {
    const uri = fixture('missing-advisory.xml');
    const document = (await open(uri)).document;
    const original = document.getText();
    try {
      await waitForDiagnostics(uri, (all) => all.some((d) => ruleOf(d) === 'advisory-access'), 'advisory-access');
      await vscode.commands.executeCommand('activemqXml.insertDocumentedEntries');
      await waitForDiagnostics(uri, (all) => !all.some((d) => ['advisory-access', 'temp-destination-access'].includes(ruleOf(d))), 'neither advisory-access nor temp-destination-access after the command');
      assert.ok(document.getText().includes('topic="ActiveMQ.Advisory.>"'), 'the advisory entry is in the document');
      assert.ok(document.getText().includes('<tempDestinationAuthorizationEntry'), 'the temporary-destination entry is in the document');
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), original, 'one undo restores the config as it was');
    } finally {
      await revert(uri);
    }
  });

  it('the language status item says ActiveMQ, whether the active document is analysed, and links fix all when it has work', async () => {
    const item = await statusShows(exampleUri, '$(shield) ActiveMQ', 'ActiveMQ broker config', 'Fix 2');
    assert.match(item.detail ?? '', /^ActiveMQ broker config\. Broker 5\.18\.3, from xsi:schemaLocation\./);
    assert.equal(item.command?.command, 'activemqXml.fixAll');
    assert.match(item.command?.tooltip ?? '', /^Fix all 2 problems that need no judgement/);
    assert.equal(item.accessibilityInformation?.label, 'ActiveMQ: ActiveMQ broker config');
    await statusShows(fixture('plain.xml'), '$(circle-slash) ActiveMQ', 'Not an ActiveMQ config', undefined);
  });

  it('a project .activemq-lint.json applies in the editor, and VS Code checks the file against its schema', async () => {
    const configured = fixture('project/activemq.xml');
    await open(configured);
    const found = await waitForDiagnostics(configured, (all) => all.some((d) => ruleOf(d) === 'group-without-members'), 'diagnostics for the project config');
    assert.ok(!found.some((d) => ruleOf(d) === 'wildcard-syntax'), 'the project file turns wildcard-syntax off');
    const broken = vscode.Uri.file(path.join(os.tmpdir(), `activemq-schema-${process.pid}`, '.activemq-lint.json'));
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('{ "rules": { "unused-grop": "off", "weak-password": "warn" } }\n'));
    await open(broken);
    // VS Code's JSON support reports them, checking the file against the schema the extension contributes.
    const complaints = await waitForDiagnostics(broken, (all) => all.length >= 2, 'two schema diagnostics', 20_000, (uri) => vscode.languages.getDiagnostics(uri));
    const flagged = complaints.map((d) => (vscode.workspace.textDocuments.find((t) => t.uri.toString() === broken.toString())!).getText(d.range)).sort();
    assert.deepEqual(flagged, ['"unused-grop"', '"warn"']);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('"Check all broker configs in the workspace" lists the problems of a config nobody opened', async () => {
    const closed = fixture('closed/activemq.xml');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), 'the fixture is not open');
    const summary = await vscode.commands.executeCommand<{ brokerConfigs: number }>('activemqXml.checkWorkspace');
    assert.ok(summary && summary.brokerConfigs >= 1, `summary: ${JSON.stringify(summary)}`);
    const found = await waitForDiagnostics(closed, (all) => all.some((d) => ruleOf(d) === 'wildcard-syntax'), 'wildcard-syntax in the closed fixture');
    assert.ok(!found.some((d) => ruleOf(d) === 'group-without-members'), 'its own problems, not the example\'s');
  });

  it('lists document symbols', async () => {
    await open(exampleUri);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', exampleUri);
    assert.ok(symbols && symbols.length > 0, 'expected document symbols for the example');
  });

  it('contributes snippets for xml', () => {
    const snippets = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes?.snippets as { language: string; path: string }[] | undefined;
    assert.ok(snippets?.some((entry) => entry.language === 'xml' && entry.path.endsWith('.json')), `snippets: ${JSON.stringify(snippets)}`);
  });

  it('turning a rule off in activemqXml.rules removes its diagnostics', async () => {
    const settings = vscode.workspace.getConfiguration('activemqXml');
    await open(exampleUri);
    await waitForDiagnostics(exampleUri, (all) => all.some((d) => ruleOf(d) === 'wildcard-syntax'), 'wildcard-syntax');
    try {
      await settings.update('rules', { 'wildcard-syntax': 'off' }, vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(exampleUri, (all) => all.length > 0 && !all.some((d) => ruleOf(d) === 'wildcard-syntax'), 'no wildcard-syntax with the rule off');
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
