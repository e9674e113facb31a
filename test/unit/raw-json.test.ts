// Already-serialised diagnostics (the validation worker's JSON) are written into the publishDiagnostics notification
// as they are over stdio, and serialised through toJSON on any other transport: either way the client reads exactly
// the message it would have read had the main thread parsed and serialised them again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateConfig } from '../../bench/generateConfig';
import { getLanguageService } from '../../server/src/service/languageService';
import { RawJsonArray, serializeMessage } from '../../server/src/server/rawJson';

const diagnostics = getLanguageService().diagnose(generateConfig(30), 'file:///raw/activemq.xml', 3).diagnostics;
const json = JSON.stringify(diagnostics);

const notification = (value: unknown, version?: number) => ({
  jsonrpc: '2.0',
  method: 'textDocument/publishDiagnostics',
  params: { uri: 'file:///raw/activemq "quoted".xml', version, diagnostics: value },
});

test('over stdio the raw diagnostics are spliced in: the same message as serialising the parsed list', () => {
  assert.ok(diagnostics.length > 3, `findings to carry: ${diagnostics.length}`);
  for (const version of [3, undefined]) {
    const written = serializeMessage(notification(new RawJsonArray(json), version));
    assert.deepEqual(JSON.parse(written), JSON.parse(JSON.stringify(notification(diagnostics, version))));
    assert.equal(written, JSON.stringify(notification(diagnostics, version)));
  }
  const empty = serializeMessage(notification(new RawJsonArray('[]'), 1));
  assert.deepEqual(JSON.parse(empty).params.diagnostics, []);
});

test('any other message, and any other transport (toJSON), is plain JSON', () => {
  const request = { jsonrpc: '2.0', id: 4, result: { contents: 'x' } };
  assert.equal(serializeMessage(request), JSON.stringify(request));
  assert.equal(JSON.stringify(notification(new RawJsonArray(json), 3)), JSON.stringify(notification(diagnostics, 3)));
});

test('raw arrays as the only parameters, or beside members JSON leaves out, still make valid JSON', () => {
  const message = { jsonrpc: '2.0', method: 'x/y', params: { skipped: undefined, list: new RawJsonArray('[1,2]') } };
  assert.deepEqual(JSON.parse(serializeMessage(message)), { jsonrpc: '2.0', method: 'x/y', params: { list: [1, 2] } });
});
