// Answers from an older version of a document: positions outside the edit map exactly, positions inside it do not
// map at all, and an answer never comes back half mapped (server/src/server/positionMapping.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextMapping, toNewVersion, toOldVersion } from '../../server/src/server/positionMapping';

const uri = 'file:///tmp/activemq.xml';
const lines = (text: string) => TextDocument.create(uri, 'xml', 0, text);

test('a position outside a random edit maps to one with the same text on one side, and back; only positions inside the inserted text do not', () => {
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const alphabet = 'ab\n<>"x';
  for (let round = 0; round < 300; round++) {
    const old = Array.from({ length: 5 + random(40) }, () => alphabet[random(alphabet.length)]).join('');
    const start = random(old.length);
    const end = start + random(old.length - start + 1);
    const inserted = Array.from({ length: random(4) }, () => alphabet[random(alphabet.length)]).join('');
    const current = old.slice(0, start) + inserted + old.slice(end);
    const mapping = new TextMapping(old, current);
    let unmapped = 0;
    for (let offset = 0; offset <= current.length; offset++) {
      const back = mapping.toOld(offset);
      if (back === undefined) {
        unmapped++;
        continue;
      }
      // A position maps to one with the same text on one whole side of it.
      const same = old.slice(0, back) === current.slice(0, offset) || old.slice(back) === current.slice(offset);
      assert.ok(same, `"${old}" → "${current}": ${offset} ↔ ${back}`);
      assert.ok([mapping.toNew(back), mapping.toNew(back, true)].includes(offset), `${offset} → ${back} → back`);
    }
    // Only positions strictly inside the inserted text have no counterpart.
    assert.ok(unmapped <= Math.max(0, inserted.length - 1), `"${old}" → "${current}": ${unmapped} unmapped`);
  }
});

test('a typed character: positions after it map back before it, and a range ending at it grows over it', () => {
  const old = '<a read="adm"/>\n<b/>';
  const current = '<a read="admi"/>\n<b/>';
  const mapping = new TextMapping(old, current);
  assert.equal(mapping.toOld(current.indexOf('i') + 1), old.indexOf('"/>'));
  const wordEnd = old.indexOf('"/>');
  assert.equal(mapping.toNew(wordEnd, true), current.indexOf('"/>'), 'the end of the word being typed covers the new character');
  assert.equal(mapping.toNew(old.indexOf('adm')), current.indexOf('adm'));
});

test('requests and answers are mapped as a whole: a nested range in the edit drops the top-level item, not half of it', () => {
  const old = '<a x="1"/>\n<b y="2"/>\n<c z="3"/>';
  const current = '<!-- new -->\n<a x="1"/>\n<b y="22"/>\n<c z="3"/>';
  const mapping = new TextMapping(old, current);
  const [o, n] = [lines(old), lines(current)];
  assert.deepEqual(toOldVersion({ textDocument: { uri }, position: { line: 2, character: 2 } }, mapping, o, n, uri), undefined, 'the cursor is inside the edit (it spans from the comment to the changed value)');
  const request = toOldVersion({ textDocument: { uri }, position: { line: 3, character: 1 } }, mapping, o, n, uri);
  assert.deepEqual(request?.position, { line: 2, character: 1 });
  const answer = [
    { name: 'c', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } }, edits: [{ range: { start: { line: 2, character: 6 }, end: { line: 2, character: 7 } }, newText: '4' }] },
    { name: 'b', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } }, edits: [] },
    { name: 'elsewhere', location: { uri: 'file:///other.xml', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } } },
  ];
  const mapped = toNewVersion(answer, mapping, o, n, uri)!;
  assert.deepEqual(mapped.map((a) => a.name), ['c', 'elsewhere'], 'b lies inside the edit');
  assert.deepEqual(mapped[0].range, { start: { line: 3, character: 0 }, end: { line: 3, character: 10 } });
  assert.deepEqual(mapped[0].edits![0].range, { start: { line: 3, character: 6 }, end: { line: 3, character: 7 } });
  assert.deepEqual(mapped[1].location, answer[2].location, 'another document\'s ranges are left as they are');
});
