// --fix-dry-run's unified diff: git apply turns the text before into the text after, whatever changed where
// (first and last lines, nearby and distant changes, a changed line count, CRLF, no final line break).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { unifiedDiff } from '../../server/src/cli/diff';

function applied(before: string, after: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'activemq-diff-'));
  writeFileSync(join(folder, 'f.xml'), before);
  writeFileSync(join(folder, 'f.patch'), unifiedDiff('f.xml', before, after));
  execFileSync('git', ['apply', '--whitespace=nowarn', '-p1', 'f.patch'], { cwd: folder });
  return readFileSync(join(folder, 'f.xml'), 'utf8');
}

const numbered = (n: number, eol = '\n') => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join(eol) + eol;

test('equal texts give no diff; a change in the first and the last line each get a hunk at the edge', () => {
  assert.equal(unifiedDiff('f.xml', 'a\n', 'a\n'), '');
  const before = numbered(20);
  const after = before.replace('line 1\n', 'LINE 1\n').replace('line 20\n', 'LINE 20\n');
  const diff = unifiedDiff('f.xml', before, after);
  assert.deepEqual(diff.split('\n').filter((l) => l.startsWith('@@')), ['@@ -1,4 +1,4 @@', '@@ -17,4 +17,4 @@']);
  assert.equal(applied(before, after), after);
});

test('changes within six lines share a hunk; CRLF and a missing final line break survive', () => {
  const before = numbered(30, '\r\n');
  const after = before.replace('line 10\r', 'LINE 10\r').replace('line 16\r', 'LINE 16\r');
  assert.equal(unifiedDiff('f.xml', before, after).split('\n').filter((l) => l.startsWith('@@')).length, 1);
  assert.equal(applied(before, after), after);
  const unterminated = 'a\nb\nc';
  assert.equal(applied(unterminated, 'a\nB\nc'), 'a\nB\nc');
});

test('any replacement of lines, with lines added or removed: git apply gives the text after', () => {
  const line = fc.stringMatching(/^[a-z <>="]{0,12}$/);
  fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(fc.nat(), line)), fc.integer({ min: -2, max: 2 }), fc.boolean(), (lines, edits, grow, terminated) => {
    const end = terminated ? '\n' : '';
    const before = `${lines.join('\n')}${end}`;
    const changed = [...lines];
    for (const [at, text] of edits) changed[at % changed.length] = `${text}!`;
    if (grow > 0) changed.splice(Math.floor(changed.length / 2), 0, ...Array.from({ length: grow }, (_, i) => `added ${i}`));
    if (grow < 0 && changed.length > 1) changed.splice(Math.floor(changed.length / 2), Math.min(-grow, changed.length - 1));
    const after = `${changed.join('\n')}${end}`;
    if (before !== after) assert.equal(applied(before, after), after);
  }), { seed: 20261130, numRuns: 120 });
});
