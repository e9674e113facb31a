// The collector behind every short list of the scanner and the model (attributes, destination attributes, group
// tokens): lists come out at their exact length, nest, and never carry items of a list taken before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ListCollector } from '../../server/src/parser/listCollector';

test('a list is taken from its mark at its exact length, and the next list starts empty', () => {
  const collector = new ListCollector<string>();
  for (const list of [['a', 'b', 'c'], ['d'], [], ['e', 'f']]) {
    const mark = collector.mark();
    for (const item of list) collector.push(item);
    const taken = collector.take(mark);
    assert.deepEqual(taken, list);
    assert.equal(taken.length, list.length);
  }
});

test('a shorter list after a longer one holds none of the longer one\'s items', () => {
  const collector = new ListCollector<number>();
  let mark = collector.mark();
  for (let i = 0; i < 20; i++) collector.push(i);
  collector.take(mark);
  mark = collector.mark();
  collector.push(100);
  assert.deepEqual(collector.take(mark), [100]);
  assert.equal(collector.find(collector.mark(), () => true, undefined), undefined);
});

test('lists nest: an inner list taken in the middle leaves the outer one whole', () => {
  const collector = new ListCollector<string>();
  const outer = collector.mark();
  collector.push('o1');
  const inner = collector.mark();
  collector.push('i1');
  collector.push('i2');
  assert.deepEqual(collector.take(inner), ['i1', 'i2']);
  collector.push('o2');
  assert.deepEqual(collector.take(outer), ['o1', 'o2']);
});

test('items left below a mark by a build that stopped halfway stay out of the lists taken after it', () => {
  const collector = new ListCollector<string>();
  collector.mark();
  collector.push('left over');
  const mark = collector.mark();
  collector.push('x');
  assert.deepEqual(collector.take(mark), ['x']);
});

test('find looks only at the items since the mark, and passes its argument to the test', () => {
  const collector = new ListCollector<{ name: string }>();
  collector.push({ name: 'queue' });
  const mark = collector.mark();
  collector.push({ name: 'read' });
  collector.push({ name: 'write' });
  const named = (item: { name: string }, name: string) => item.name === name;
  assert.deepEqual(collector.find(mark, named, 'write'), { name: 'write' });
  assert.equal(collector.find(mark, named, 'queue'), undefined);
  assert.deepEqual(collector.find(0, named, 'queue'), { name: 'queue' });
});
