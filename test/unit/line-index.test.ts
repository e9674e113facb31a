// LineIndex (text/lineIndex.ts) answers what vscode-languageserver-textdocument's TextDocument answers, for every
// offset and for positions in and out of range, on texts with LF, CR LF, lone CR, a BOM and astral characters; and
// the index of a later version made from the earlier one's (an edit that adds or removes no line break) answers what
// a fresh index of that version does. The server's open documents (node/compactDocument.ts), edited in place by
// random LSP changes, answer what a TextDocument made fresh from the same text does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument, type Position } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../server/src/text/lineIndex';
import { CompactTextDocument, decodeText } from '../../server/src/node/compactDocument';
import { changedRegion, mayMoveLines } from '../../server/src/text/changedRegion';
import { seededRandom } from '../helpers';

const PIECES = ['a', 'bc', ' ', '\t', '\n', '\r\n', '\r', '\uFEFF', '\u{1F600}', '<x y="z"/>', '\n\n', '\r\r\n'];

function randomText(rnd: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += PIECES[Math.floor(rnd() * PIECES.length)];
  return text;
}

function assertSameAnswers(index: Pick<LineIndex, 'positionAt' | 'offsetAt'>, text: string, rnd: () => number, label: string): void {
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

/** A random LSP change of `text`: a range (sometimes backwards or out of the text) and what replaces it. */
function randomChange(rnd: () => number, text: string): { range: { start: Position; end: Position }; text: string } {
  const reference = TextDocument.create('file:///x', 'xml', 0, text);
  const at = () => {
    const offset = Math.floor(rnd() * (text.length + 1));
    // Now and then a position past its line's end or past the last line, which TextDocument clamps.
    if (rnd() < 0.1) return { line: reference.lineCount + 1, character: 3 };
    const position = reference.positionAt(offset);
    return rnd() < 0.1 ? { line: position.line, character: position.character + 40 } : position;
  };
  const start = at();
  const end = rnd() < 0.5 ? start : at();
  const inserted = rnd() < 0.3 ? '' : randomText(rnd, Math.floor(rnd() * 8));
  return { range: { start, end }, text: rnd() < 0.05 ? inserted + '\u0100\u{1F600}' : inserted };
}

test('an open document edited in place answers what a TextDocument of the same text does', () => {
  const rnd = seededRandom(5);
  for (let round = 0; round < 40; round++) {
    // Most texts start as one byte a unit (widened when a later character needs two); a few need two from the start.
    const first = round % 8 === 0 ? randomText(rnd, 50) : randomText(rnd, 50).replace(/[^\u0000-\u00ff]/gu, 'u');
    const document = new CompactTextDocument('file:///x', 'xml', 0, first);
    let expected = TextDocument.create('file:///x', 'xml', 0, first);
    for (let step = 1; step <= 25; step++) {
      const change = rnd() < 0.03 ? { text: randomText(rnd, 30) } : randomChange(rnd, expected.getText());
      document.update([change], step);
      expected = TextDocument.update(expected, [change], step);
      const text = expected.getText();
      const label = `round ${round}, step ${step}`;
      assert.equal(document.getText(), text, label);
      assert.equal(document.version, step);
      // Positions are compared with a TextDocument made fresh: an incrementally updated one can split a CR LF.
      const fresh = TextDocument.create('file:///x', 'xml', 0, text);
      assert.equal(document.lineCount, fresh.lineCount, `${label}: lineCount`);
      assertSameAnswers(document, text, rnd, label);
      assert.equal(decodeText(document.encoded()), text, `${label}: the text sent to the worker`);
      const range = randomChange(rnd, text).range;
      assert.equal(document.getText(range), fresh.getText(range), `${label}: getText(${JSON.stringify(range)})`);
    }
  }
});

test('several changes of one notification apply in order, each to the text the one before it made', () => {
  const document = new CompactTextDocument('file:///x', 'xml', 1, 'ab\ncd');
  const changes = [
    { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: 'X\r\n' },
    { range: { start: { line: 2, character: 1 }, end: { line: 2, character: 1 } }, text: '\u00e9\u4e2d' },
  ];
  document.update(changes, 2);
  assert.equal(document.getText(), 'ab\nX\r\nd\u00e9\u4e2d');
  assert.deepEqual(document.positionAt(document.length), { line: 2, character: 3 });
});

test('a text longer than one decoded piece comes back whole, ASCII, one byte or two a unit, as a string of the heap', () => {
  for (const tail of ['', '\u00e9', '\u4e2d\u00e9']) {
    const text = `${'<a b="c"/>\n'.repeat(120_000)}${tail}`;
    const document = new CompactTextDocument('file:///x', 'xml', 1, text);
    document.update([{ range: { start: { line: 60_000, character: 3 }, end: { line: 60_000, character: 4 } }, text: 'B' }], 2);
    const expected = text.slice(0, 660_003) + 'B' + text.slice(660_004);
    assert.equal(document.getText(), expected);
    const encoded = document.encoded();
    const externalBefore = process.memoryUsage().external;
    const decoded = decodeText(encoded);
    // An external string (Node's for long latin1 or UTF-16 decodes) would add its 1.3 MB here at once.
    assert.ok(process.memoryUsage().external - externalBefore < expected.length / 2, `${JSON.stringify(tail)}: decoded outside the heap`);
    assert.equal(decoded, expected);
  }
});
