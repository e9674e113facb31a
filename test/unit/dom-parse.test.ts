// The xmldom parse builds a DOM of elements only; its verdict must be exactly xmldom's default one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from '@xmldom/xmldom';
import * as xpath from 'xpath';
import { ANCHOR_DEPTH, findAnchors } from '../../server/src/model/anchors';
import { parseWithXmldom } from '../../server/src/parser/domParse';
import { scanXml } from '../../server/src/parser/scanner';
import { corpusFiles, needsCorpus } from '../corpus';

/** The first non-warning message of xmldom's default DOM builder, or undefined when the text is well-formed. */
function defaultVerdict(text: string): string | undefined {
  let first: string | undefined;
  try {
    new DOMParser({
      normalizeLineEndings: (s: string) => s,
      onError: (level: string, message: string) => {
        if (level !== 'warning') first ??= message;
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    first ??= String((error as Error).message);
  }
  return first?.split('\n')[0].replace(/^\[xmldom [^\]]*\]\s*/, '').trim();
}

function leanVerdict(text: string, depth = Infinity): string | undefined {
  return parseWithXmldom(text, depth).problem?.message.replace(/^Not well-formed XML: /, '');
}

const FAULTS = [
  '<a foo:bar="x"/>', // unbound attribute prefix: found by the DOM factory, not the reader
  '<a xml:lang="x" xmlns:xml="http://wrong"/>',
  '<p:a/>',
  '<a b="1" b="2"/>',
  '<a xmlns:p="u" p:x="1" p:x="2"/>',
  '<a><b></a>',
  '<a>&nope;</a>',
  '<a/><b/>',
  '<a/>text',
  'text<a/>',
  '<a><!-- x -- y --></a>',
  '<1a/>',
  '<a 1b="x"/>',
  ' <?xml version="1.0"?><a/>',
  '<a x="<"/>',
  '<a><b><c><d p:e="1"/></c></b></a>', // below the kept levels
  '<a><b><c><p:d/></c></b></a>',
  '<a><b><c><x:d xmlns:x="u"/><x:d/></c></b></a>', // the same name, bound the first time only
  '<a><b><c><d><e></d></c></b></a>',
];
// What xmldom accepts (CDATA after the root only because its builder keeps the document as the open node).
const ACCEPTED = ['<a/><![CDATA[x]]>', '<a><![CDATA[<x>]]></a>', '<?xml version="1.0"?>\r\n<a xmlns:xmlns="x" b="&amp;"><!-- c --><?pi x?>t</a>'];

test('the elements-only DOM gives the same verdict as xmldom\'s default builder', () => {
  for (const text of [...FAULTS, ...ACCEPTED]) {
    for (const depth of [Infinity, 2]) assert.equal(leanVerdict(text, depth), defaultVerdict(text), `${text} (depth ${depth})`);
  }
  for (const text of FAULTS) assert.notEqual(leanVerdict(text, 2), undefined, text);
});

test('the elements-only DOM gives the same verdict on every corpus file', needsCorpus(), () => {
  for (const file of corpusFiles()) assert.equal(leanVerdict(file.text, ANCHOR_DEPTH), defaultVerdict(file.text), file.name);
});

test('the elements-only DOM answers element XPath queries with xmldom positions, down to the kept depth', () => {
  const text = '<beans>\n  <broker xmlns="urn:b" name="x">text<plugins><p/></plugins></broker>\n</beans>';
  const { document, offsetOfNode } = parseWithXmldom(text, 3);
  assert.ok(document);
  const select = (path: string) => xpath.useNamespaces({ b: 'urn:b' })(path, document as unknown as Node) as unknown as { lineNumber: number; columnNumber: number }[];
  const [plugins] = select('/beans/b:broker/b:plugins');
  assert.equal(text.slice(offsetOfNode(plugins), offsetOfNode(plugins) + 8), '<plugins');
  assert.deepEqual(select('/beans/b:broker/b:plugins/b:p'), []);
});

test('the DOM keeps every level the anchor queries reach', () => {
  const text = '<beans><broker xmlns="http://activemq.apache.org/schema/core"><sslContext><sslContext/></sslContext></broker></beans>';
  const anchors = findAnchors(scanXml(text), parseWithXmldom(text, ANCHOR_DEPTH));
  assert.deepEqual(anchors.belowBroker.map((e) => e.localName), ['sslContext']);
});
