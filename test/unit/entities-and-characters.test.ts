// Well-formedness as Java's parser (the JDK's Xerces, which Spring uses to load activemq.xml) sees it: characters
// XML 1.0 forbids are errors where they stand, and the internal subset's entities are expanded, with findings in
// expanded values still placed on the document's text. Behaviour checked with OpenJDK 17's DocumentBuilder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, NS, securedBroker } from '../helpers';

const beans = (inner: string, doctype = '') => `${doctype}<beans xmlns="http://www.springframework.org/schema/beans">\n<broker xmlns="${NS}"${inner}\n</beans>\n`;

test('a NUL byte in a value is an xml-syntax error on exactly that character', () => {
  const text = beans(' brokerName="a\u0000b"/>');
  const errors = lint(text).reported.filter((r) => r.rule === 'xml-syntax');
  assert.deepEqual(errors.map((r) => [r.text, r.severity]), [['\u0000', 'error']]);
  assert.match(errors[0].message, /U\+0000 is not allowed in XML/);
});

test('every character XML 1.0 forbids is reported where it stands: controls, U+FFFE/U+FFFF, lone surrogates; tab, CR, LF and pairs are fine', () => {
  for (const bad of ['\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDC00']) {
    const text = beans(`>\n  <!-- x${bad}y -->\n</broker>`);
    const errors = lint(text).reported.filter((r) => r.rule === 'xml-syntax');
    assert.deepEqual(errors.map((r) => [r.text, r.line]), [[bad, 2]], `U+${bad.charCodeAt(0).toString(16)}`);
  }
  assert.deepEqual(lint(beans(' brokerName="\t\r\n\u{1F600}"/>')).reported.filter((r) => r.rule === 'xml-syntax'), []);
});

test('a character reference to a forbidden character (&#0;, &#x1;) is an xml-syntax error on the reference', () => {
  for (const reference of ['&#0;', '&#x1;', '&#xFFFE;']) {
    const errors = lint(beans(` brokerName="a${reference}b"/>`)).reported.filter((r) => r.rule === 'xml-syntax');
    assert.deepEqual(errors.map((r) => r.text), [reference]);
  }
  const inContent = lint(beans(`>x&#0;y</broker>`)).reported.filter((r) => r.rule === 'xml-syntax');
  assert.deepEqual(inContent.map((r) => r.text), ['&#0;']);
});

test('an internal-subset entity is well-formed and expanded; a finding in its value points at the attribute text', () => {
  const doctype = '<!DOCTYPE beans [\n  <!ENTITY q "ORDERS">\n]>\n';
  const text = doctype + securedBroker(
    '<authenticationUser username="u" password="p" groups="admins"/>',
    '<authorizationEntry queue="&q;.>" read="admins" write="admins" admin="admins"/>\n<authorizationEntry queue="&q;nodes>" read="admins" write="admins" admin="admins"/>',
  );
  const { doc, reported } = lint(text);
  assert.deepEqual(reported.filter((r) => r.rule === 'xml-syntax'), []);
  // The DOCTYPE itself stops the broker (test/broker/rules/doctype.test.ts): one error at it, none at the entity.
  assert.deepEqual(reported.filter((r) => r.rule === 'xml-entities').map((r) => [r.text, r.severity]), [['<!DOCTYPE', 'error']]);
  assert.deepEqual(doc.model.entries.map((e) => e.patterns.map((p) => p.pattern.text)), [['ORDERS.>'], ['ORDERSnodes>']]);
  const wildcard = reported.filter((r) => r.rule === 'wildcard-syntax');
  assert.equal(wildcard.length, 1);
  // The expanded `ORDERSnodes>` is placed on what the file says: `&q;nodes>`.
  assert.equal(wildcard[0].text, '&q;nodes>');
});

test('entities nest, the first declaration wins, character references in a value are replaced when declared', () => {
  const doctype = '<!DOCTYPE beans [ <!ENTITY host "mq1"> <!ENTITY name "&host;-&#65;"> <!ENTITY host "other"> ]>\n';
  const { doc, reported } = lint(beans(' brokerName="&name;"/>', doctype));
  assert.equal(doc.model.broker?.attributes.find((a) => a.name === 'brokerName')?.value, 'mq1-A');
  assert.deepEqual(reported.filter((r) => r.rule === 'xml-syntax'), []);
});

test('entities Java refuses are xml-syntax errors on the reference: recursion, a `<` in an attribute value', () => {
  const recursive = lint(beans(' brokerName="&a;"/>', '<!DOCTYPE beans [ <!ENTITY a "x&b;"> <!ENTITY b "&a;"> ]>\n')).reported;
  assert.deepEqual(recursive.filter((r) => r.rule === 'xml-syntax').map((r) => r.text), ['&a;']);
  assert.match(recursive.find((r) => r.rule === 'xml-syntax')!.message, /Recursive entity reference "a" \(a -> b -> a\)/);
  const markup = lint(beans(' brokerName="&m;"/>', '<!DOCTYPE beans [ <!ENTITY m "a<b"> ]>\n')).reported;
  assert.deepEqual(markup.filter((r) => r.rule === 'xml-syntax').map((r) => r.text), ['&m;']);
});

test('an entity that adds elements to content is read by Spring but not analysed: xml-entities says so at the reference', () => {
  const { reported } = lint(beans('>&users;</broker>', '<!DOCTYPE beans [ <!ENTITY users "<plugins/>"> ]>\n'));
  assert.deepEqual(reported.filter((r) => r.rule === 'xml-syntax'), []);
  const notes = reported.filter((r) => r.rule === 'xml-entities' && r.text !== '<!DOCTYPE');
  assert.deepEqual(notes.map((r) => r.text), ['&users;']);
  assert.match(notes[0].message, /expands to markup/);
});

test('expansions up to the JDK limit of 64,000 are read; beyond it the reference is an error and stays as written', () => {
  const levels = (n: number) => {
    const declarations = ['<!ENTITY l0 "x">'];
    for (let i = 1; i <= n; i++) declarations.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
    return `<!DOCTYPE beans [ ${declarations.join(' ')} ]>\n`;
  };
  // 11,110 expansions: OpenJDK 17 reads them; 111,110: it refuses the file (JAXP00010001).
  const within = lint(beans(' brokerName="&l4;"/>', levels(4)));
  assert.equal(within.doc.model.broker?.attributes.find((a) => a.name === 'brokerName')?.value, 'x'.repeat(10_000));
  assert.deepEqual(within.reported.filter((r) => r.rule === 'xml-syntax'), []);
  assert.deepEqual(within.reported.filter((r) => r.rule === 'xml-entities').map((r) => r.text), ['<!DOCTYPE']);
  const beyond = lint(beans(' brokerName="&l5;"/>', levels(5)));
  assert.equal(beyond.doc.model.broker?.attributes.find((a) => a.name === 'brokerName')?.value, '&l5;');
  const error = beyond.reported.find((r) => r.rule === 'xml-syntax');
  assert.equal(error?.text, '&l5;');
  assert.match(error!.message, /64,000 entity expansions/);
});

test('a finding on part of an entity\'s expansion covers the whole reference, never an empty range', () => {
  const doctype = '<!DOCTYPE beans [ <!ENTITY q "nodes>.ORDERS"> ]>\n';
  const text = doctype + securedBroker('<authenticationUser username="u" password="p" groups="admins"/>', '<authorizationEntry queue="&q;" read="admins" write="admins" admin="admins"/>');
  const wildcard = lint(text).reported.filter((r) => r.rule === 'wildcard-syntax');
  assert.deepEqual(wildcard.map((r) => r.text), ['&q;']);
});
