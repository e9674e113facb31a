// Ranges are LSP positions: 0-based lines, UTF-16 characters, CRLF / CR / LF line breaks, a BOM counted as a
// character, tabs as one character, astral characters as two; xmldom's own line counting must not leak in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/model/parsedDocument';
import { NS } from '../helpers';

function config(eol: string, indent: string, lead = ''): string {
  return [
    `${lead}<?xml version="1.0"?>`,
    `<beans xmlns="http://www.springframework.org/schema/beans">`,
    `${indent}<broker xmlns="${NS}">`,
    `${indent}${indent}<plugins><simpleAuthenticationPlugin><users>`,
    `${indent}${indent}${indent}<authenticationUser username="s\u{1F600}r" password="p" groups="admins, users ,ops"/>`,
    `${indent}${indent}</users></simpleAuthenticationPlugin></plugins>`,
    `${indent}</broker>`,
    `</beans>`,
  ].join(eol);
}

function groupRanges(text: string) {
  const doc = parseDocument(text);
  assert.equal(doc.tree.problems.length, 0, JSON.stringify(doc.tree.problems));
  assert.equal(doc.dom.problem, undefined);
  const user = doc.model.users[0];
  return { doc, user, groups: user.groups!.items.map((t) => ({ text: t.text, range: doc.range(t.span) })) };
}

for (const [name, eol, indent, lead] of [
  ['LF and spaces', '\n', '  ', ''],
  ['CRLF', '\r\n', '  ', ''],
  ['CR only', '\r', '  ', ''],
  ['tabs', '\n', '\t', ''],
  ['BOM', '\n', '  ', '\uFEFF'],
] as const) {
  test(`group tokens have exact LSP ranges with ${name}`, () => {
    const text = config(eol, indent, lead);
    const { groups } = groupRanges(text);
    const lineText = text.split(/\r\n|\r|\n/)[4];
    const col = (s: string) => lineText.indexOf(s);
    assert.deepEqual(groups.map((g) => g.text), ['admins', 'users', 'ops']);
    assert.deepEqual(groups[1].range, { start: { line: 4, character: col('users ,') }, end: { line: 4, character: col('users ,') + 5 } });
    assert.deepEqual(groups[2].range.start, { line: 4, character: col('ops') });
  });
}

test('an astral character counts as two UTF-16 units before later attributes on the line', () => {
  const text = config('\n', '  ');
  const { doc, user } = groupRanges(text);
  const line = text.split('\n')[4];
  // "s😀r" is 4 UTF-16 units long.
  assert.equal(user.username!.text.length, 4);
  assert.deepEqual(doc.range(user.username!.span), { start: { line: 4, character: line.indexOf('s\u{1F600}r') }, end: { line: 4, character: line.indexOf('s\u{1F600}r') + 4 } });
  assert.equal(doc.range(user.password!.span).start.character, line.indexOf('"p"') + 1);
});

test('a BOM is one character on line 0 and the broker is still found by the xmldom anchors', () => {
  const text = config('\n', '  ', '\uFEFF');
  const doc = parseDocument(text);
  assert.ok(doc.model.broker);
  assert.equal(doc.model.users.length, 1);
  assert.deepEqual(doc.positionAt(text.indexOf('<?xml')), { line: 0, character: 1 });
});

test('U+2028 inside a value is not a line break in LSP positions (xmldom would count it as one)', () => {
  const text = `<broker xmlns="${NS}" brokerName="a\u2028b">\n<plugins><simpleAuthenticationPlugin><users><authenticationUser username="u" groups="g"/></users></simpleAuthenticationPlugin></plugins></broker>`;
  const doc = parseDocument(text);
  assert.equal(doc.dom.problem, undefined);
  const group = doc.model.users[0].groups!.items[0];
  assert.equal(doc.range(group.span).start.line, 1);
});

test('an xmldom error is placed at the fault in LSP terms, also after CRLF lines', () => {
  // Undefined entity: the scanner leaves it to xmldom, which reports it.
  const text = `<beans>\r\n<broker xmlns="${NS}">\r\n<x a="&undefined;"/>\r\n</broker>\r\n</beans>`;
  const doc = parseDocument(text);
  assert.ok(doc.dom.problem);
  assert.equal(doc.range(doc.dom.problem!.span).start.line, 2);
});

test('composite destinations give one pattern per part with the part\'s own range, entities included', () => {
  const text = `<broker xmlns="${NS}"><plugins><authorizationPlugin><map><authorizationMap><authorizationEntries>\n<authorizationEntry queue="A.&gt;, topic://B.C ,D" read="r"/>\n</authorizationEntries></authorizationMap></map></authorizationPlugin></plugins></broker>`;
  const doc = parseDocument(text);
  const entry = doc.model.entries[0];
  assert.deepEqual(entry.patterns.map((p) => [p.pattern.kind, p.pattern.text, text.slice(p.span.start, p.span.end)]), [
    ['queue', 'A.>', 'A.&gt;'],
    ['topic', 'B.C', 'topic://B.C'],
    ['queue', 'D', 'D'],
  ]);
});

test('the broker is found at the root, under <beans>, and with a prefix', () => {
  for (const text of [
    `<broker xmlns="${NS}"/>`,
    `<beans><broker xmlns="${NS}"/></beans>`,
    `<beans xmlns:amq="${NS}"><amq:broker><amq:plugins><amq:simpleAuthenticationPlugin/></amq:plugins></amq:broker></beans>`,
  ]) {
    const doc = parseDocument(text);
    assert.ok(doc.model.broker, text);
    assert.ok(doc.isBrokerConfig);
  }
  assert.equal(parseDocument(`<beans><broker/></beans>`).isBrokerConfig, false);
  assert.equal(parseDocument(`<project><name>x</name></project>`).isBrokerConfig, false);
});

test('a half-typed document still yields its users and entries', () => {
  const text = `<beans><broker xmlns="${NS}"><plugins><simpleAuthenticationPlugin><users>\n<authenticationUser username="a" groups="g"/>\n<authenticationUser username="b" groups="`;
  const doc = parseDocument(text);
  assert.ok(doc.dom.problem);
  assert.ok(doc.tree.problems.length >= 1);
  assert.deepEqual(doc.model.users.map((u) => u.username?.text), ['a', 'b']);
});

test('lists with the same value keep their own places: items, blank items and the group index point into each attribute', () => {
  const text = [
    `<broker xmlns="${NS}"><plugins><authorizationPlugin><map><authorizationMap><authorizationEntries>`,
    `  <authorizationEntry queue="A" read="admins, ,ops" write="admins, ,ops"/>`,
    `  <authorizationEntry queue="B" read="admins, ,ops"/>`,
    `</authorizationEntries></authorizationMap></map></authorizationPlugin></plugins></broker>`,
  ].join('\n');
  const doc = parseDocument(text);
  const lines = text.split('\n');
  const places = (list: { items: { text: string; span: { start: number; end: number } }[] }) =>
    list.items.map((t) => ({ text: t.text, range: doc.range(t.span) }));
  const [a, b] = doc.model.entries;
  const expected = (line: number, attribute: string) => {
    const at = lines[line].indexOf(`${attribute}="`) + attribute.length + 2;
    return [
      { text: 'admins', range: { start: { line, character: at }, end: { line, character: at + 6 } } },
      // The blank between the commas is a group named "", its range the blanks.
      { text: '', range: { start: { line, character: at + 7 }, end: { line, character: at + 8 } } },
      { text: 'ops', range: { start: { line, character: at + 9 }, end: { line, character: at + 12 } } },
    ];
  };
  assert.deepEqual(places(a.rights.read!), expected(1, 'read'));
  assert.deepEqual(places(a.rights.write!), expected(1, 'write'));
  assert.deepEqual(places(b.rights.read!), expected(2, 'read'));
  const ops = doc.model.groups.get('ops')!.grants.map((g) => ({ line: doc.range(g.token.span).start.line, right: g.right }));
  assert.deepEqual(ops, [{ line: 1, right: 'read' }, { line: 1, right: 'write' }, { line: 2, right: 'read' }]);
});
