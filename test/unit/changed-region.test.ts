// changedRegion (text/changedRegion.ts), which compares a block at a time before a character at a time, against
// the plain character-by-character definition: edits at block boundaries, in repeated text, at either end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { changedRegion } from '../../server/src/text/changedRegion';

function naive(oldText: string, newText: string) {
  const shorter = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < shorter && oldText[start] === newText[start]) start++;
  let suffix = 0;
  while (suffix < shorter - start && oldText[oldText.length - 1 - suffix] === newText[newText.length - 1 - suffix]) suffix++;
  return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

test('property: changedRegion is the common prefix and the common suffix after it, at any size and place', () => {
  // Texts of a few characters repeated, so that a block compare meets equal blocks on both sides of the edit.
  const text = fc.tuple(fc.constantFrom('ab', 'a', '<e x="1"/>\r\n'), fc.integer({ min: 0, max: 3000 })).map(([unit, n]) => unit.repeat(n).slice(0, n));
  fc.assert(
    fc.property(text, fc.nat(), fc.nat({ max: 2100 }), fc.string({ maxLength: 1100 }), (oldText, at, removed, inserted) => {
      const start = at % (oldText.length + 1);
      const newText = oldText.slice(0, start) + inserted + oldText.slice(start + removed);
      assert.deepEqual(changedRegion(oldText, newText), naive(oldText, newText));
    }),
    { seed: 7, numRuns: 400 },
  );
});

test('changedRegion: an edit on a block boundary, at the very start and end, and no edit at all', () => {
  const text = 'x'.repeat(4096);
  for (const at of [0, 1023, 1024, 1025, 2048, 4095, 4096]) {
    const edited = `${text.slice(0, at)}y${text.slice(at)}`;
    assert.deepEqual(changedRegion(text, edited), naive(text, edited), `insert at ${at}`);
    assert.deepEqual(changedRegion(edited, text), naive(edited, text), `delete at ${at}`);
  }
  assert.deepEqual(changedRegion(text, text), { start: 4096, oldEnd: 4096, newEnd: 4096 });
});
