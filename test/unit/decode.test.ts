// A config's bytes decoded as an XML parser does (XML 1.0 appendix F; Xerces' encoding names) and encoded back
// for --fix: every byte comes back, and what cannot is said, never replaced silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeXml, encodeXml, firstInvalidUtf8, roundTripProblem } from '../../server/src/parser/decode';

const declared = (encoding: string, body = '<beans/>') => `<?xml version="1.0" encoding="${encoding}"?>\n${body}`;

function assertRoundTrip(bytes: Buffer): void {
  const decoded = decodeXml(bytes);
  assert.equal(roundTripProblem(bytes, decoded), undefined);
}

test('UTF-8 by default; a byte order mark is set aside and written back', () => {
  const plain = decodeXml(Buffer.from('<beans a="é"/>'));
  assert.deepEqual([plain.text, plain.encoding, plain.bom, plain.problems], ['<beans a="é"/>', 'utf-8', false, []]);
  const marked = Buffer.from('\uFEFF<beans a="é"/>');
  const withBom = decodeXml(marked);
  assert.deepEqual([withBom.text, withBom.bom], ['<beans a="é"/>', true]);
  assertRoundTrip(marked);
});

test('ISO-8859-1 (and Xerces\' aliases) maps each byte to the same code point, 80-9F included, as Java does', () => {
  for (const name of ['ISO-8859-1', 'iso-8859-1', 'latin1', 'ISO_8859-1', 'ISO8859_1', 'l1', 'CP819']) {
    const bytes = Buffer.concat([Buffer.from(declared(name, '<beans a="')), Buffer.from([0xe9, 0x80, 0xff]), Buffer.from('"/>')]);
    const decoded = decodeXml(bytes);
    assert.equal(decoded.encoding, 'iso-8859-1', name);
    assert.ok(decoded.text.includes('a="é\u0080ÿ"'), name);
    assertRoundTrip(bytes);
  }
});

test('windows-1252 reads 80 as € and the quotes 93/94; its five undefined bytes round-trip too', () => {
  const bytes = Buffer.concat([Buffer.from(declared('windows-1252', '<beans a="')), Buffer.from([0x80, 0x93, 0x94, 0x81, 0x9d, 0xe9]), Buffer.from('"/>')]);
  const decoded = decodeXml(bytes);
  assert.equal(decoded.encoding, 'windows-1252');
  assert.ok(decoded.text.includes('a="€\u201C\u201D\u0081\u009Dé"'));
  assertRoundTrip(bytes);
  assert.match((encodeXml('Ω', 'windows-1252', false) as { problem: string }).problem, /"Ω" \(U\+03A9\) at offset 0 cannot be written in WINDOWS-1252/);
});

test('UTF-16 by its byte order mark (LE, BE) or by `<?` in 16-bit units, astral characters kept', () => {
  const text = declared('UTF-16', '<beans a="é😀"/>');
  const le = Buffer.from('\uFEFF' + text, 'utf16le');
  const be = Buffer.from('\uFEFF' + text, 'utf16le').swap16();
  const bare = Buffer.from(text, 'utf16le');
  for (const [bytes, encoding, bom] of [[le, 'utf-16le', true], [be, 'utf-16be', true], [bare, 'utf-16le', false], [Buffer.from(text, 'utf16le').swap16(), 'utf-16be', false]] as const) {
    const decoded = decodeXml(bytes);
    assert.deepEqual([decoded.text, decoded.encoding, decoded.bom, decoded.problems], [text, encoding, bom, []]);
    assertRoundTrip(bytes);
  }
});

test('broken UTF-16 (an unpaired surrogate, an odd byte at the end) is a problem at its place and is not written back', () => {
  const lone = Buffer.concat([Buffer.from('\uFEFF<a>', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('</a>', 'utf16le')]);
  const decoded = decodeXml(lone);
  assert.deepEqual(decoded.problems.map((p) => p.offset), [3]);
  assert.match(decoded.problems[0].message, /unpaired surrogate \(0xD800\)/);
  const odd = decodeXml(Buffer.concat([Buffer.from('\uFEFF<a/>', 'utf16le'), Buffer.from([0x41])]));
  assert.deepEqual(odd.problems.map((p) => [p.offset, /odd number of bytes/.test(p.message)]), [[4, true]]);
});

test('invalid UTF-8 is placed at its first bad byte: stray continuation, overlong, surrogate, above U+10FFFF, truncated', () => {
  const cases: [number[], number][] = [
    [[0x3c, 0x61, 0x80], 2],
    [[0x3c, 0xc0, 0x80], 1],
    [[0x3c, 0xe0, 0x80, 0x80], 1],
    [[0x3c, 0xed, 0xa0, 0x80], 1],
    [[0x3c, 0xf4, 0x90, 0x80, 0x80], 1],
    [[0x3c, 0xf5, 0x80, 0x80, 0x80], 1],
    [[0x3c, 0xc3, 0xa9, 0xe2, 0x82], 3],
  ];
  for (const [bytes, at] of cases) assert.equal(firstInvalidUtf8(Uint8Array.from(bytes)), at, bytes.join(','));
  assert.equal(firstInvalidUtf8(Buffer.from('é😀\u{10FFFF}')), -1);
  const decoded = decodeXml(Buffer.concat([Buffer.from('<a>é'), Buffer.from([0xe9]), Buffer.from('</a>')]));
  assert.deepEqual(decoded.problems.map((p) => p.offset), [4], 'the offset in the text, after the é before it');
  assert.match(decoded.problems[0].message, /Invalid UTF-8 at byte 5 \(E9 3C 2F 61\)/);
  assert.match(roundTripProblem(Buffer.from([0xe9]), decodeXml(Buffer.from([0xe9])))!, /Invalid UTF-8/);
});

test('an encoding named but not readable, or UTF-16 named over ASCII bytes, is a problem at the name; read as UTF-8', () => {
  const unknown = decodeXml(Buffer.from(declared('X-NO-SUCH')));
  assert.equal(unknown.encoding, 'utf-8');
  assert.equal(unknown.text.slice(unknown.problems[0].offset, unknown.problems[0].offset + 9), 'X-NO-SUCH');
  assert.match(unknown.problems[0].message, /"X-NO-SUCH" is not one activemq-xml can read/);
  for (const name of ['UTF-16', 'UTF-16LE', 'UCS-2', 'unicode']) {
    const lying = decodeXml(Buffer.from(declared(name)));
    assert.equal(lying.text, declared(name), name);
    assert.match(lying.problems[0].message, new RegExp(`says ${name}, but the file's bytes are not UTF-16`));
  }
  assert.match(decodeXml(Buffer.from(declared('ISO-2022-KR'))).problems[0].message, /"ISO-2022-KR" is not one activemq-xml can read/);
});

test('another encoding TextDecoder knows is read but never written: --fix refuses with the reason', () => {
  const bytes = Buffer.concat([Buffer.from(declared('Shift_JIS', '<beans a="')), Buffer.from([0x82, 0xa0]), Buffer.from('"/>')]);
  const decoded = decodeXml(bytes);
  assert.equal(decoded.encoding, 'shift_jis');
  assert.ok(decoded.text.includes('a="あ"'));
  assert.match(roundTripProblem(bytes, decoded)!, /reads SHIFT_JIS but does not write it/);
});

test('US-ASCII reads as UTF-8 and writes only ASCII', () => {
  const decoded = decodeXml(Buffer.from(declared('US-ASCII')));
  assert.equal(decoded.encoding, 'us-ascii');
  assert.match((encodeXml('é', 'us-ascii', false) as { problem: string }).problem, /cannot be written in US-ASCII/);
  assert.ok((encodeXml('<a/>', 'us-ascii', false) as { bytes: Buffer }).bytes.equals(Buffer.from('<a/>')));
});
