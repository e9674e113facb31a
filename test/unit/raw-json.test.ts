// Already-serialised diagnostics (the validation worker's JSON) are written into the publishDiagnostics notification
// as they are over stdio, and serialised through toJSON on any other transport: either way the client reads exactly
// the message it would have read had the main thread parsed and serialised them again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateConfig } from '../../bench/generateConfig';
import { getLanguageService } from '../../server/src/service/languageService';
import { jsonBytes, RawJsonArray, serializeMessage } from '../../server/src/server/rawJson';
import { Publisher, type PublishParams } from '../../server/src/server/publisher';

const diagnostics = getLanguageService().diagnose(generateConfig(30), 'file:///raw/activemq.xml', 3).diagnostics;
const json = jsonBytes(diagnostics);
const raw = (text: string) => new TextEncoder().encode(text);

const notification = (value: unknown, version?: number) => ({
  jsonrpc: '2.0',
  method: 'textDocument/publishDiagnostics',
  params: { uri: 'file:///raw/activemq "quoted".xml', version, diagnostics: value },
});

test('over stdio the raw diagnostics are spliced in: the same message as serialising the parsed list', () => {
  assert.ok(diagnostics.length > 3, `findings to carry: ${diagnostics.length}`);
  for (const version of [3, undefined]) {
    const written = serializeMessage(notification(new RawJsonArray(json), version));
    assert.deepEqual(JSON.parse(written.toString('utf8')), JSON.parse(JSON.stringify(notification(diagnostics, version))));
    assert.equal(written.toString('utf8'), JSON.stringify(notification(diagnostics, version)));
  }
  const empty = serializeMessage(notification(new RawJsonArray(raw('[]')), 1));
  assert.deepEqual(JSON.parse(empty.toString('utf8')).params.diagnostics, []);
});

test('text outside ASCII is spliced as UTF-8: the bytes (and so the Content-Length) are those of the message', () => {
  const list = [{ message: 'Überlappung → “quoted” 🙂', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }];
  const written = serializeMessage(notification(new RawJsonArray(jsonBytes(list)), 2));
  assert.ok(written.equals(Buffer.from(JSON.stringify(notification(list, 2)), 'utf8')));
  assert.deepEqual(JSON.parse(written.toString('utf8')).params.diagnostics, list);
});

test('any other message, and any other transport (toJSON), is plain JSON', () => {
  const request = { jsonrpc: '2.0', id: 4, result: { contents: 'x é' } };
  assert.equal(serializeMessage(request).toString('utf8'), JSON.stringify(request));
  assert.equal(JSON.stringify(notification(new RawJsonArray(json), 3)), JSON.stringify(notification(diagnostics, 3)));
});

test('raw arrays as the only parameters, or beside members JSON leaves out, still make valid JSON', () => {
  const message = { jsonrpc: '2.0', method: 'x/y', params: { skipped: undefined, list: new RawJsonArray(raw('[1,2]')), other: new RawJsonArray(raw('[]')) } };
  assert.deepEqual(JSON.parse(serializeMessage(message).toString('utf8')), { jsonrpc: '2.0', method: 'x/y', params: { list: [1, 2], other: [] } });
});

test('the publisher sends a list only when its bytes differ from what the client has (an opened document always)', () => {
  const sent: PublishParams[] = [];
  const publisher = new Publisher((params) => sent.push(params));
  const uri = 'file:///raw/activemq.xml';
  assert.equal(publisher.publishJson(uri, 1, jsonBytes(diagnostics), true), true);
  assert.equal(publisher.publishJson(uri, 2, jsonBytes(diagnostics)), false, 'the same list again');
  assert.equal(publisher.publishedVersion(uri), 2, 'the client holds version 2 (unchanged)');
  assert.equal(publisher.publish(uri, diagnostics.slice(1), 3), true, 'one finding fewer');
  assert.equal(publisher.publishJson(uri, 4, jsonBytes(diagnostics.slice(1)), true), true, 'forced');
  assert.deepEqual(sent.map((p) => [p.version, (p.diagnostics as RawJsonArray).toJSON()]), [[1, diagnostics], [3, diagnostics.slice(1)], [4, diagnostics.slice(1)]].map(([v, d]) => [v, JSON.parse(JSON.stringify(d))]));
});
