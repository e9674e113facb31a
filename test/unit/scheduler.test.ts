// The server's debounce policy (server/src/server/scheduler.ts): quick documents and single keystrokes start their
// analysis at once; a burst of keystrokes on a slow document waits a quarter of its analysis time, or half as long
// again as the burst's last interval if that is longer, at most 100 ms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adaptiveDelay, ChangeClock, Debouncer } from '../../server/src/server/scheduler';

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

test('a run without delay starts once the current events are handled, not after a timer', async () => {
  const debouncer = new Debouncer();
  const order: string[] = [];
  await new Promise<void>((done) => {
    // Inside a timer callback an immediate comes before any timer set now: a zero timer set first still runs later.
    setTimeout(() => {
      setTimeout(() => {
        order.push('timer');
        done();
      }, 0);
      debouncer.schedule('doc', 0, () => order.push('run'));
      assert.equal(debouncer.isScheduled('doc'), true);
    }, 0);
  });
  assert.deepEqual(order, ['run', 'timer']);
  assert.equal(debouncer.isScheduled('doc'), false);
});

test('scheduling again replaces the waiting run, and cancelling drops it, with or without a delay', async () => {
  const debouncer = new Debouncer();
  const ran: string[] = [];
  debouncer.schedule('a', 0, () => ran.push('a1'));
  debouncer.schedule('a', 0, () => ran.push('a2'));
  debouncer.schedule('b', 0, () => ran.push('b'));
  debouncer.cancel('b');
  debouncer.schedule('c', 5, () => ran.push('c'));
  debouncer.cancel('c');
  assert.equal(debouncer.isScheduled('b'), false);
  // Immediates run in the order they were set: had 'b' not been cancelled, it would run before 'd'.
  await new Promise<void>((done) => debouncer.schedule('d', 0, done));
  assert.deepEqual(ran, ['a2']);
  await new Promise<void>((done) => debouncer.schedule('e', 10, done));
  assert.deepEqual(ran, ['a2'], 'the cancelled 5 ms run did not come before a later 10 ms one');
});
