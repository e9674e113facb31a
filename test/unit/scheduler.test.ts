// The server's debounce policy (server/src/server/scheduler.ts): quick documents and single keystrokes start their
// analysis at once; a burst of keystrokes on a slow document waits a quarter of its analysis time, at most 100 ms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adaptiveDelay, ChangeClock } from '../../server/src/server/scheduler';

test('no delay for a document never analysed, or analysed within 40 ms, whatever the typing', () => {
  for (const since of [undefined, 5, 1000]) {
    assert.equal(adaptiveDelay(undefined, since), 0);
    assert.equal(adaptiveDelay(40, since), 0);
  }
});

test('a keystroke after a pause longer than an analysis starts at once; one in a burst waits a quarter, at most 100 ms', () => {
  assert.equal(adaptiveDelay(300, undefined), 0);
  assert.equal(adaptiveDelay(300, 301), 0);
  assert.equal(adaptiveDelay(300, 300), 75);
  assert.equal(adaptiveDelay(300, 20), 75);
  assert.equal(adaptiveDelay(2000, 150), 100);
});

test('the change clock says how long after the previous change of the same document a change came', () => {
  let now = 1000;
  const clock = new ChangeClock(() => now);
  assert.equal(clock.changed('a'), undefined);
  now = 1250;
  assert.equal(clock.changed('a'), 250);
  assert.equal(clock.changed('b'), undefined);
  now = 1260;
  assert.equal(clock.changed('a'), 10);
  clock.forget('a');
  assert.equal(clock.changed('a'), undefined);
});
