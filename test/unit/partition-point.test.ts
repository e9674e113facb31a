// partitionPoint (text/partitionPoint.ts), the one binary search the line index, the group index, lint comments, fix
// all, the project settings and template branches use: the first index not "before", as a linear scan finds it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partitionPoint } from '../../server/src/text/partitionPoint';
import { seededRandom } from '../helpers';

test('the first index whose item is not before the threshold, as a scan finds it, on sorted lists with repeats', () => {
  const rnd = seededRandom(5);
  for (let round = 0; round < 300; round++) {
    const sorted = Array.from({ length: Math.floor(rnd() * 40) }, () => Math.floor(rnd() * 20)).sort((a, b) => a - b);
    const threshold = Math.floor(rnd() * 24) - 2;
    const scanned = sorted.findIndex((v) => !(v < threshold));
    assert.equal(partitionPoint(sorted.length, (i) => sorted[i] < threshold), scanned === -1 ? sorted.length : scanned, `${JSON.stringify(sorted)} < ${threshold}`);
  }
  assert.equal(partitionPoint(0, () => true), 0);
});
