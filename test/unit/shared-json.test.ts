// The diagnostics JSON on its way from the validation worker to the client without fresh memory per keystroke
// (sharedJson.ts): the worker's shared buffer gives exactly JSON.stringify's bytes, is reused only once the main
// thread has handed it back, the publisher keeps copies that later lists do not overwrite, and the stdio writer writes
// them as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateConfig } from '../../bench/generateConfig';
import { getLanguageService } from '../../server/src/service/languageService';
import { handBack, handedOverBytes, JsonOutbox } from '../../server/src/server/sharedJson';
import { Publisher, type PublishParams } from '../../server/src/server/publisher';
import { Writable } from 'node:stream';
import { RawAwareMessageWriter, RawJsonArray, serializeMessage } from '../../server/src/server/rawJson';

const diagnostics = getLanguageService().diagnose(generateConfig(60), 'file:///shared/activemq.xml', 1).diagnostics;
const utf8 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

test('the shared buffer holds exactly JSON.stringify of the list, is reused once handed back, and is not written while held', () => {
  const state = new Int32Array(new SharedArrayBuffer(4));
  const outbox = new JsonOutbox(state);
  const first = outbox.pack(diagnostics);
  assert.ok(!(first instanceof Uint8Array), 'the first list goes into the shared buffer');
  assert.equal(utf8(handedOverBytes(first)), JSON.stringify(diagnostics));
  const held = outbox.pack(diagnostics.slice(1));
  assert.ok(held instanceof Uint8Array, 'while the main thread holds the shared buffer the worker sends its own');
  assert.equal(utf8(held), JSON.stringify(diagnostics.slice(1)));
  assert.equal(utf8(handedOverBytes(first)), JSON.stringify(diagnostics), 'the held buffer is untouched');
  handBack(state);
  const odd = { message: 'é → 🙂', range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } } };
  const second = outbox.pack([odd, ...diagnostics.slice(2)]);
  assert.ok(!(second instanceof Uint8Array));
  assert.equal(second.shared, first.shared, 'the same shared buffer, filled again');
  assert.equal(utf8(handedOverBytes(second)), JSON.stringify([odd, ...diagnostics.slice(2)]));
  handBack(state);
  const many = Array.from({ length: 200 }, () => diagnostics).flat();
  const grown = outbox.pack(many);
  assert.ok(!(grown instanceof Uint8Array));
  assert.notEqual(grown.shared, first.shared, 'a longer list grows the buffer');
  assert.equal(utf8(handedOverBytes(grown)), JSON.stringify(many));
  handBack(state);
  assert.equal(utf8(handedOverBytes(outbox.pack([]) as { shared: SharedArrayBuffer; length: number })), '[]');
});

test('the publisher sends a copy: the bytes it was given may change afterwards, and a list still being written keeps its memory', async () => {
  const sent: PublishParams[] = [];
  const writes: (() => void)[] = [];
  const publisher = new Publisher((params) => {
    sent.push(params);
    return new Promise<void>((resolve) => writes.push(resolve));
  });
  const uri = 'file:///shared/activemq.xml';
  const source = Buffer.from(JSON.stringify(diagnostics));
  assert.equal(publisher.publishJson(uri, 1, source, true), true);
  source.fill(0x20);
  assert.deepEqual((sent[0].diagnostics as RawJsonArray).toJSON(), JSON.parse(JSON.stringify(diagnostics)), 'the worker wrote its buffer again: the message is unchanged');
  // Two more lists while the first is still being written: none of them may overwrite another's bytes.
  const lists = [diagnostics.slice(1), diagnostics.slice(2), diagnostics.slice(3)];
  lists.forEach((list, i) => assert.equal(publisher.publishJson(uri, i + 2, Buffer.from(JSON.stringify(list))), true));
  assert.deepEqual(sent.map((p) => (p.diagnostics as RawJsonArray).toJSON()), [diagnostics, ...lists].map((l) => JSON.parse(JSON.stringify(l))));
  writes.forEach((done) => done());
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(publisher.publishJson(uri, 5, Buffer.from(JSON.stringify(lists[2]))), false, 'the client has this list');
  assert.equal(publisher.publishJson(uri, 6, Buffer.from(JSON.stringify(diagnostics))), true);
  assert.deepEqual((sent[sent.length - 1].diagnostics as RawJsonArray).toJSON(), JSON.parse(JSON.stringify(diagnostics)));
});

test('the stdio writer frames each message as vscode-jsonrpc does, writes raw lists as they are, and settles once out', async () => {
  // A stream that holds its writes until released, as a pipe to a slow client does.
  const chunks: Buffer[] = [];
  const pending: (() => void)[] = [];
  const stream = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      pending.push(done);
    },
  });
  const release = async () => {
    while (pending.length > 0) pending.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  const writer = new RawAwareMessageWriter(stream);
  const message = (list: unknown[], version: number) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x.xml', version, diagnostics: new RawJsonArray(Buffer.from(JSON.stringify(list))) } });
  const first = message(diagnostics, 1);
  const request = { jsonrpc: '2.0', id: 1, result: null };
  let settled = 0;
  const writes = [writer.write(first).then(() => settled++), writer.write(request).then(() => settled++)];
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(settled, 0, 'nothing settles before it is written out');
  while (settled < 2) await release();
  await Promise.all(writes);
  const framed = (body: Buffer) => Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
  assert.ok(Buffer.concat(chunks).equals(Buffer.concat([framed(serializeMessage(first)), framed(serializeMessage(request))])), 'the bytes of both messages, in order');
  const raw = first.params.diagnostics.bytes;
  assert.ok(chunks.some((chunk) => chunk.buffer === raw.buffer && chunk.byteOffset === raw.byteOffset && chunk.length === raw.length), 'the raw list is written as it is, not copied');
});

test('property: a list packed after another is exactly JSON.stringify of it, whatever its diagnostics share with the one before', () => {
  const state = new Int32Array(new SharedArrayBuffer(4));
  const outbox = new JsonOutbox(state);
  let rnd = 7;
  const random = (n: number) => ((rnd = (rnd * 1103515245 + 12345) % 2147483648) % n);
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  let list = copy(diagnostics);
  for (let round = 0; round < 60; round++) {
    // Each round changes a few diagnostics the ways a keystroke can: a range, a related place, the severity, a
    // member more or less or in another place, the message; others stay equal (copies, not the same objects).
    list = copy(list);
    for (let k = 0; k < 3; k++) {
      const d = list[random(list.length)];
      const change = random(7);
      if (change === 0) d.range.end.character++;
      else if (change === 1 && d.relatedInformation?.length) d.relatedInformation[random(d.relatedInformation.length)].location.range.start.line++;
      else if (change === 2) d.severity = d.severity === 1 ? 2 : 1;
      else if (change === 3) d.tags = d.tags ? undefined : [1];
      else if (change === 4) d.message = `${d.message} `;
      else if (change === 5 && d.codeDescription) {
        // The same members in another order (another JSON text).
        const link = d.codeDescription;
        delete d.codeDescription;
        d.codeDescription = link;
      } else list.push(copy(d));
    }
    const packed = outbox.pack(list);
    assert.equal(utf8(handedOverBytes(packed)), JSON.stringify(list), `round ${round}`);
    handBack(state);
  }
});
