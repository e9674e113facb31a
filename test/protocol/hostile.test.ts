// The real server process with a hostile document open: a config nesting 100,000 elements is analysed to the end
// (its finding is published, no rule lost), and meanwhile a hover on another, small document is answered.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Hover } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { brokerConfig } from '../helpers';
import { codes, LspClient } from './lspClient';

let client: LspClient;

before(async () => {
  client = new LspClient();
  await client.initialize();
});
after(() => client.stop());

test('with a 100,000-deep document open, a hover on a second small document is answered, and the deep one gets its findings', async () => {
  const deepUri = 'file:///tmp/hostile/deep/activemq.xml';
  const deepText = brokerConfig(`<plugins>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</plugins>`);
  // A safety net for a hung server, not a speed check: the findings are awaited, however long they take.
  const deepPublished = client.diagnostics(deepUri, (p) => p.version === 1, 600_000);
  client.notify('textDocument/didOpen', { textDocument: { uri: deepUri, languageId: 'xml', version: 1, text: deepText } });

  const smallUri = 'file:///tmp/hostile/small/activemq.xml';
  const smallText = readFileSync('examples/activemq.xml', 'utf8');
  client.notify('textDocument/didOpen', { textDocument: { uri: smallUri, languageId: 'xml', version: 1, text: smallText } });
  const position = TextDocument.create(smallUri, 'xml', 1, smallText).positionAt(smallText.indexOf('<authorizationEntry queue=">"') + 1);
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: smallUri }, position });
  assert.match(JSON.stringify(hover.contents), /Entries add up/);

  const deep = await deepPublished;
  assert.deepEqual(codes(deep.diagnostics), ['unknown-element']);
  assert.ok(!client.logs.some((l) => /failed/.test(l)), client.logs.filter((l) => /failed/.test(l)).join('\n'));
});
