// The server's debounce policy (server/src/server/scheduler.ts): quick documents and single keystrokes start their
// analysis at once; a burst of keystrokes on a slow document waits a quarter of its analysis time, or half as long
// again as the burst's last interval if that is longer, at most 100 ms.
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
  assert.equal(adaptiveDelay(300, 40), 75);
  assert.equal(adaptiveDelay(300, 20), 75);
  assert.equal(adaptiveDelay(2000, 150), 100);
});

test('in a burst faster than the analysis, a keystroke waits half as long again as the last interval, at most 100 ms', () => {
  // 50 keystrokes a second on a 48 ms analysis: the next key is due in 20 ms, so a run started after 12 ms would be
  // stopped by it; 30 ms passes without one only when the typing pauses.
  assert.equal(adaptiveDelay(48, 20), 30);
  assert.equal(adaptiveDelay(100, 60), 90);
  assert.equal(adaptiveDelay(300, 300), 100);
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
