// The tolerant scanner: exact offsets, and one clear problem at the place of each fault.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanXml } from '../../server/src/parser/scanner';
import { elementAt } from '../../server/src/parser/xmlTree';

const NS = 'http://activemq.apache.org/schema/core';

test('elements, attributes and values carry exact offsets', () => {
  const text = `<broker xmlns="${NS}"><plugins><a x='1' y = "two"/></plugins></broker>`;
  const tree = scanXml(text);
  assert.deepEqual(tree.problems, []);
  assert.equal(tree.elements.length, 3);
  const a = tree.elements[2];
  assert.equal(a.localName, 'a');
  assert.equal(a.namespace, NS);
  assert.equal(text.slice(a.span.start, a.span.end), `<a x='1' y = "two"/>`);
  const y = a.attributes[1];
  assert.equal(text.slice(y.nameSpan.start, y.nameSpan.end), 'y');
  assert.equal(text.slice(y.valueSpan.start, y.valueSpan.end), 'two');
  const plugins = tree.elements[1];
  assert.equal(text.slice(plugins.span.start, plugins.span.end), `<plugins><a x='1' y = "two"/></plugins>`);
});

test('prefixed elements resolve their namespace', () => {
  const tree = scanXml(`<beans><amq:broker xmlns:amq="${NS}"><amq:plugins/></amq:broker></beans>`);
  assert.deepEqual(tree.elements.map((e) => [e.localName, e.namespace]), [['beans', ''], ['broker', NS], ['plugins', NS]]);
});

test('entities in values are decoded and map back to their raw offsets', () => {
  const text = `<e queue="A.&gt;,B"/>`;
  const attr = scanXml(text).elements[0].attributes[0];
  assert.equal(attr.value, 'A.>,B');
  assert.equal(text.slice(attr.valueStart, attr.valueEnd), 'A.&gt;,B');
  // The `,` after the decoded `>` sits after the whole `&gt;` in the text.
  assert.equal(text[attr.valueOffset(3)], ',');
  assert.equal(text.slice(attr.valueOffset(2), attr.valueOffset(3)), '&gt;');
});

test('comments, CDATA, processing instructions and DOCTYPE are skipped, not read as elements', () => {
  const tree = scanXml(`<?xml version="1.0"?><!DOCTYPE beans [<!ELEMENT x ANY>]><!-- <no/> --><r><![CDATA[<no/>]]></r>`);
  assert.deepEqual(tree.problems, []);
  assert.deepEqual(tree.elements.map((e) => e.name), ['r']);
});

test('an unclosed element gets one problem at its own name, and the rest is still read', () => {
  const text = `<r><users><user name="a"></users><entries><entry/></entries></r>`;
  const tree = scanXml(text);
  assert.equal(tree.problems.length, 1);
  const p = tree.problems[0];
  assert.equal(text.slice(p.span.start, p.span.end), 'user');
  assert.match(p.message, /never closed/);
  assert.ok(tree.elements.some((e) => e.name === 'entry'));
});

test('a half-typed start tag is reported where it breaks off, once', () => {
  const text = `<r>\n  <entry queue=">" read="admins"\n  <entry topic="x"/>\n</r>`;
  const tree = scanXml(text);
  assert.equal(tree.problems.length, 1);
  assert.match(tree.problems[0].message, /not closed with `>`/);
  assert.deepEqual(tree.elements.map((e) => e.name), ['r', 'entry', 'entry']);
  assert.equal(tree.elements[2].attributes[0].value, 'x');
});

test('an unclosed attribute value ends at the line, so the next line is still read', () => {
  const text = `<r>\n<a x="oops/>\n<b y="1"/>\n</r>`;
  const tree = scanXml(text);
  assert.ok(tree.problems.some((p) => /matching quote/.test(p.message)));
  assert.ok(tree.elements.some((e) => e.name === 'b' && e.attributes[0]?.value === '1'));
});

test('a truncated document reports the innermost open element', () => {
  const text = `<beans><broker><plugins>`;
  const tree = scanXml(text);
  assert.equal(tree.problems.length, 1);
  assert.match(tree.problems[0].message, /ends before <plugins>, <broker>, <beans> are closed/);
});

test('duplicate attributes, stray `<` and text outside the root are problems', () => {
  assert.match(scanXml(`<r a="1" a="2"/>`).problems[0].message, /appears twice/);
  assert.match(scanXml(`<r>< </r>`).problems[0].message, /tag name/);
  assert.match(scanXml(`<r/>junk`).problems[0].message, /after the root element/);
  assert.match(scanXml(``).problems[0].message, /no root element/);
});

test('elementAt finds the innermost element around an offset', () => {
  const text = `<r><a><b/></a><c/></r>`;
  const tree = scanXml(text);
  assert.equal(elementAt(tree, text.indexOf('<b'))?.name, 'b');
  assert.equal(elementAt(tree, text.indexOf('<c') + 1)?.name, 'c');
  assert.equal(elementAt(tree, text.indexOf('</a>'))?.name, 'a');
});

test('the scanner never throws on arbitrary input', () => {
  const samples = ['<', '<<>>', '<a b=', '<a b="', '<!--', '<![CDATA[', '<!DOCTYPE', '</', '<a></b></a>', '<a/></a>', '\u0000<a>\uD800</a>'];
  for (const s of samples) assert.doesNotThrow(() => scanXml(s), s);
});

test('names are read exactly when thousands of distinct ones share the name table', () => {
  // Element and attribute names go through one shared table per scan; it grows past its first size here.
  const names = Array.from({ length: 3000 }, (_, i) => `e${i.toString(36)}`);
  const text = `<root>${names.map((n) => `<${n} ${n}a="v"/>`).join('')}<e0 e0a="again"/></root>`;
  const tree = scanXml(text);
  assert.deepEqual(tree.problems, []);
  const read = tree.elements.slice(1);
  assert.deepEqual(read.map((e) => e.name), [...names, 'e0']);
  assert.deepEqual(read.map((e) => e.attributes[0].name), [...names.map((n) => `${n}a`), 'e0a']);
  assert.equal(read[0].name, read[read.length - 1].name);
});

test('an element without attributes or children gets its own arrays once it has some', () => {
  const tree = scanXml('<a><b/><c x="1"><d/></c></a>');
  const [a, b, c, d] = tree.elements;
  assert.deepEqual(a.children.map((e) => e.name), ['b', 'c']);
  assert.deepEqual([b.children.length, b.attributes.length, d.attributes.length], [0, 0, 0]);
  assert.deepEqual(c.attributes.map((x) => x.name), ['x']);
  assert.deepEqual(c.children.map((e) => e.name), ['d']);
});

test('entity references are decoded in exactly the values that have them, wherever other ampersands stand', () => {
  const text = `<a x="1">AT&amp;T<b y="p&amp;q" z="&lt;r" w="s"/><c v="t" u="&#65;"/></a>`;
  const values = scanXml(text).elements.flatMap((e) => e.attributes.map((attr) => `${attr.name}=${attr.value}`));
  assert.deepEqual(values, ['x=1', 'y=p&q', 'z=<r', 'w=s', 'v=t', 'u=A']);
});
