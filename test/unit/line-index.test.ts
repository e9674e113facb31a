// LineIndex (text/lineIndex.ts) answers what vscode-languageserver-textdocument's TextDocument answers, for every
// offset and for positions in and out of range, on texts with LF, CR LF, lone CR, a BOM and astral characters; and
// the index of a later version made from the earlier one's (an edit that adds or removes no line break) answers what
// a fresh index of that version does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../server/src/text/lineIndex';
import { changedRegion, mayMoveLines } from '../../server/src/text/changedRegion';
import { seededRandom } from '../helpers';

const PIECES = ['a', 'bc', ' ', '\t', '\n', '\r\n', '\r', '\uFEFF', '\u{1F600}', '<x y="z"/>', '\n\n', '\r\r\n'];

function randomText(rnd: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += PIECES[Math.floor(rnd() * PIECES.length)];
  return text;
}

function assertSameAnswers(index: LineIndex, text: string, rnd: () => number, label: string): void {
  const reference = TextDocument.create('file:///x', 'xml', 0, text);
  for (let offset = -2; offset <= text.length + 2; offset++) {
    assert.deepEqual(index.positionAt(offset), reference.positionAt(offset), `${label}: positionAt(${offset})`);
  }
  const lines = reference.lineCount;
  for (let i = 0; i < 200; i++) {
    const position = { line: Math.floor(rnd() * (lines + 4)) - 2, character: Math.floor(rnd() * 30) - 3 };
    assert.equal(index.offsetAt(position), reference.offsetAt(position), `${label}: offsetAt(${JSON.stringify(position)})`);
  }
}

test('a line index answers positions and offsets as TextDocument does', () => {
  const rnd = seededRandom(7);
  for (const text of ['', '\n', '\r', '\r\n', 'x', 'x\r', '\n\r', ...Array.from({ length: 60 }, () => randomText(rnd, 1 + Math.floor(rnd() * 120)))]) {
    assertSameAnswers(LineIndex.of(text), text, rnd, JSON.stringify(text));
  }
});

test('the index of a later version made from the earlier one\'s is that version\'s, for edits that move no line', () => {
  const rnd = seededRandom(11);
  let checked = 0;
  for (let round = 0; round < 400; round++) {
    const before = randomText(rnd, 20 + Math.floor(rnd() * 100));
    const at = Math.floor(rnd() * (before.length + 1));
    const removed = Math.min(before.length - at, Math.floor(rnd() * 4));
    const after = before.slice(0, at) + 'xy'.slice(0, Math.floor(rnd() * 3)) + before.slice(at + removed);
    const region = changedRegion(before, after);
    if (mayMoveLines(before, after, region)) continue;
    const earlier = LineIndex.of(before);
    earlier.positionAt(0); // its line starts are known, as a published version's are
    assertSameAnswers(LineIndex.after(earlier, after, region.start, after.length - before.length), after, rnd, `${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    checked++;
  }
  assert.ok(checked > 100, `${checked} edits that move no line were checked`);
});
