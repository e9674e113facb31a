// The server never makes a request wait for a validation, publishes only the final version's diagnostics after a
// burst of edits, and does not republish unchanged diagnostics. Everything is observed through the server's own
// state (activemqXml/validationProgress) and the order of its messages, never by time.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateConfig } from '../../bench/generateConfig';
import { LspClient } from './lspClient';

const exampleText = readFileSync(resolve('examples/activemq.xml'), 'utf8');
// Large enough that its validation runs for a while (seconds on the test machine) and that requests are answered
// from the held version (above versionedContexts.ts's SMALL_CHARACTERS).
const largeText = generateConfig(4000);
let client: LspClient;

interface Progress {
  version: number | null;
  publishedVersion: number | null;
  waiting: boolean;
  running: number | null;
  heldVersion: number | null;
  catchingUp: boolean;
}

before(async () => {
  client = new LspClient();
  await client.initialize();
});
after(() => client.stop());

const progress = (uri: string) => client.request<Progress>('activemqXml/validationProgress', { uri });

/** Asks until the worker analyses `version` (true), or the version is done with before it was seen running (false). */
async function untilRunning(uri: string, version: number): Promise<boolean> {
  for (;;) {
    const state = await progress(uri);
    if (state.running === version) return true;
    if ((state.publishedVersion ?? 0) >= version) return false;
  }
}

/** Whether the server said anything about `version` of `uri` (published or analysed) among the events so far. */
function heardOf(uri: string, version: number): boolean {
  return client.events.some((e) => e.params.uri === uri && e.params.version === version);
}

const analysedEvent = (uri: string, version: number) => client.events.find((e) => e.kind === 'analysed' && e.params.uri === uri && e.params.version === version);
const publishedVersions = (uri: string) => client.events.filter((e) => e.kind === 'published' && e.params.uri === uri).map((e) => e.params.version);

/** What a user sees of a diagnostic, without the document's uri (the same text is compared under two uris). */
const seen = (diagnostics: Diagnostic[]) => diagnostics.map((d) => JSON.stringify([d.code, d.severity, d.range, d.message])).sort();

/** The diagnostics of a text opened fresh under another uri: what a full analysis of the final version gives. */
async function freshDiagnostics(text: string, name: string): Promise<Diagnostic[]> {
  const uri = `file:///tmp/responsiveness/fresh-${name}/activemq.xml`;
  const { diagnostics } = await client.open(uri, text);
  client.close(uri);
  return diagnostics;
}

test('a hover is answered while a long validation of the document runs, and equals the hover once it is done', async () => {
  const uri = 'file:///tmp/responsiveness/hover/activemq.xml';
  await client.open(uri, largeText);
  // The first request parses the opened version on the main thread: the version later requests are answered from.
  assert.ok(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: TextDocument.create(uri, 'xml', 0, largeText).positionAt(largeText.indexOf('<authorizationEntry ') + 3) }));
  // A new line in the middle shifts every later line: the hover below is asked on the new version's position.
  const middle = largeText.indexOf('<authorizationEntry ', largeText.length >> 1);
  let text = largeText;
  const target = () => TextDocument.create(uri, 'xml', 0, text).positionAt(text.indexOf('<authorizationEntry ', Math.floor(text.length * 0.8)) + 3);
  let during: Hover | null = null;
  let version = 1;
  // The validation may, on a fast machine, be over before it is seen running: then the next edit is tried.
  for (let attempt = 0; ; attempt++) {
    assert.ok(attempt < 3, 'the validation was never seen running');
    text = text.slice(0, middle) + `<!-- edit ${attempt} -->\n` + text.slice(middle);
    version = client.change(uri, text);
    if (!(await untilRunning(uri, version))) continue;
    during = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: target() });
    const state = await progress(uri);
    if (state.running !== version) continue;
    assert.ok(!heardOf(uri, version), 'the hover was answered before the validation ended');
    break;
  }
  assert.ok(during, 'a hover on an authorization entry');
  await client.diagnostics(uri, (p) => p.version === version);
  const settled = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: target() });
  assert.deepEqual(during, settled, 'the held version, its positions mapped, answers as the current one does');
  client.close(uri);
});

test('a large document\'s requests are answered from the held version until the typing pauses, then from the last version', async () => {
  const uri = 'file:///tmp/responsiveness/catch-up/activemq.xml';
  await client.open(uri, largeText);
  const position = TextDocument.create(uri, 'xml', 0, largeText).positionAt(largeText.indexOf('<authorizationEntry ') + 3);
  const hover = () => client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  const opened = await hover();
  assert.equal((await progress(uri)).heldVersion, 1, 'the first request parses the opened version');
  // An edit below the hovered entry: the diagnostics arrive, and the main thread does not parse at once.
  const at = largeText.indexOf('read="', largeText.length >> 1) + 'read="'.length;
  const version = client.change(uri, largeText.slice(0, at) + 'x' + largeText.slice(at));
  await client.diagnostics(uri, (p) => p.version === version);
  const before = await progress(uri);
  assert.equal(before.publishedVersion, version);
  if (before.catchingUp) {
    assert.equal(before.heldVersion, 1, 'while the typing may go on, requests are answered from the held version');
    assert.deepEqual(await hover(), opened, 'mapped from the held version');
    assert.equal((await progress(uri)).heldVersion, 1, 'a request does not parse the new version meanwhile');
  }
  // Once the pause has lasted, the main thread holds the last version (asked, not waited for by time).
  let state = await progress(uri);
  while (state.catchingUp) state = await progress(uri);
  assert.equal(state.heldVersion, version);
  assert.deepEqual(await hover(), opened);
  client.close(uri);
});

test('a newer version cancels a running validation: only the final version is published, with a fresh analysis\'s diagnostics', async () => {
  const uri = 'file:///tmp/responsiveness/cancel/activemq.xml';
  await client.open(uri, largeText);
  // A new line of markup: parsed afresh and analysed in full (typing in a value takes the previous version over and is
  // done in a few milliseconds, often before a newer version could arrive to cancel it).
  const middle = largeText.indexOf('<authorizationEntry ', largeText.length >> 1);
  const running = client.change(uri, `${largeText.slice(0, middle)}<!-- being edited -->\n${largeText.slice(middle)}`);
  const seenRunning = await untilRunning(uri, running);
  const finalText = largeText.replace(/queue="[^"]*"/, 'queue="BAD>.X"');
  const final = client.change(uri, finalText);
  const { diagnostics } = await client.diagnostics(uri, (p) => p.version === final);
  await progress(uri); // every message the server sent before this answer has arrived
  // (On a machine fast enough to finish it before it was seen running, nothing was there to cancel.)
  if (seenRunning) {
    assert.ok(!heardOf(uri, running), 'the cancelled version is neither published nor reported');
    assert.deepEqual(publishedVersions(uri), [1, final]);
  }
  assert.equal(publishedVersions(uri).at(-1), final);
  assert.deepEqual(seen(diagnostics), seen(await freshDiagnostics(finalText, 'cancel')));
  client.close(uri);
});

test('after a burst of edits the final diagnostics are those of the final version, and no version is published after a newer one', async () => {
  const uri = 'file:///tmp/responsiveness/burst/activemq.xml';
  await client.open(uri, exampleText);
  let text = exampleText;
  let version = 1;
  for (let i = 0; i < 20; i++) {
    // Each edit changes the findings: a new queue pattern with a misplaced wildcard, then its repair.
    text = i % 2 === 0 ? exampleText.replace('queue=">"', `queue="Q${i}>.X"`) : exampleText.replace('read="admins"', `read="admins,g${i}"`);
    version = client.change(uri, text);
  }
  const last = await client.diagnostics(uri, (p) => p.version === version);
  await progress(uri);
  const versions = publishedVersions(uri) as number[];
  assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `published in order: ${versions.join(', ')}`);
  assert.equal(new Set(versions).size, versions.length, 'no version twice');
  assert.equal(versions.at(-1), version);
  assert.deepEqual(seen(client.published.get(uri)!.diagnostics), seen(last.diagnostics));
  assert.deepEqual(seen(last.diagnostics), seen(await freshDiagnostics(text, 'burst')));
  client.close(uri);
});

test('diagnostics that did not change are not published again; changed ones are', async () => {
  const uri = 'file:///tmp/responsiveness/unchanged/activemq.xml';
  const opened = await client.open(uri, exampleText);
  assert.ok(opened.diagnostics.length > 0);
  // Trailing blank lines move no finding.
  const same = client.change(uri, `${exampleText}\n\n`);
  await client.diagnostics(uri, (p) => p.version === same);
  assert.deepEqual(analysedEvent(uri, same)?.params, { uri, version: same, published: false });
  assert.ok(!client.events.some((e) => e.kind === 'published' && e.params.uri === uri && e.params.version === same), 'no publish for the unchanged version');
  assert.equal((await progress(uri)).publishedVersion, same, 'the client holds that version\'s diagnostics');
  const changed = client.change(uri, exampleText.replace('nodes>"', 'nodes.>"'));
  await client.diagnostics(uri, (p) => p.version === changed);
  await progress(uri); // the activemqXml/analysed that follows the publish has arrived too
  const published = client.events.find((e) => e.kind === 'published' && e.params.uri === uri && e.params.version === changed)?.params as PublishDiagnosticsParams | undefined;
  assert.ok(published, 'the changed diagnostics are published');
  assert.ok(!published.diagnostics.some((d) => d.code === 'wildcard-syntax'), 'the repaired wildcard is gone');
  assert.deepEqual(analysedEvent(uri, changed)?.params, { uri, version: changed, published: true });
  client.close(uri);
});
