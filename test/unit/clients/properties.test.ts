// The .properties reader: java.util.Properties.load rules with exact offsets of keys and values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProperties } from '../../../server/src/parser/properties';

const at = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

test('separators: =, : and white space, with blanks around them', () => {
  const text = 'a=1\nb : 2\nc 3\n  d\t=\t4\ne=\n';
  const file = parseProperties(text);
  assert.deepEqual(file.entries.map((e) => [e.key, e.value]), [['a', '1'], ['b', '2'], ['c', '3'], ['d', '4'], ['e', '']]);
  const d = file.get('d')!;
  assert.equal(at(text, d.keySpan), 'd');
  assert.equal(at(text, d.valueSpan), '4');
});

test('comments with # and ! and blank lines are skipped; the last duplicate key wins', () => {
  const file = parseProperties('# a=1\n  ! b=2\n\nc=3\nc=4\n');
  assert.deepEqual(file.entries.map((e) => e.key), ['c', 'c']);
  assert.equal(file.get('c')!.value, '4');
});

test('continuations join lines, dropping the next line\'s leading blanks; offsets still point into the text', () => {
  const text = 'messaging.broker.url=failover:(tcp://a:61616,\\\n    tcp://b:61616)?timeout=3000\r\nnext=1';
  const file = parseProperties(text);
  const url = file.get('messaging.broker.url')!;
  assert.equal(url.value, 'failover:(tcp://a:61616,tcp://b:61616)?timeout=3000');
  const b = url.value.indexOf('tcp://b');
  assert.equal(text.slice(url.valueOffset(b), url.valueOffset(b + 7)), 'tcp://b');
  assert.equal(at(text, url.lineSpan).endsWith('timeout=3000'), true);
  assert.equal(file.get('next')!.value, '1');
  assert.equal(file.eol, '\r\n');
});

test('escapes: \\t \\n \\uXXXX, escaped separators in keys, a backslash before an ordinary character', () => {
  const file = parseProperties('key\\=with\\:sep=v\\u0041\\tx\\qy\n');
  const entry = file.entries[0];
  assert.equal(entry.key, 'key=with:sep');
  assert.equal(entry.value, 'vA\txqy');
  assert.equal(entry.valueOffset(1), file.text.indexOf('\\u0041'));
});

test('a final line without a line break and a trailing backslash at the end of the file', () => {
  const file = parseProperties('a=1\nb=2\\');
  assert.equal(file.get('b')!.value, '2');
});

test('a comment ending in a backslash does not swallow the next line (Properties.LineReader)', () => {
  const file = parseProperties('# see the guide \\\nmessaging.broker.username=alfresco\n');
  assert.equal(file.get('messaging.broker.username')!.value, 'alfresco');
});
