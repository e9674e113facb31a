// The injection grammar marks whole-segment wildcards, separators and placeholders; the snippets expand to
// well-formed XML that the linter reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scanXml } from '../../server/src/parser/scanner';

const grammar = JSON.parse(readFileSync('syntaxes/activemq-injection.tmLanguage.json', 'utf8'));
const rule = (name: string) => new RegExp(grammar.repository[name].match, 'g');

function matches(name: string, text: string): string[] {
  return [...text.matchAll(rule(name))].map((m) => `${m.index}:${m[0]}`);
}

test('wildcards are marked only as whole segments', () => {
  assert.deepEqual(matches('wildcard', '"Consumer.*.VirtualTopic.>"'), ['10:*', '25:>']);
  assert.deepEqual(matches('wildcard', '"A.nodes>"'), []);
  assert.deepEqual(matches('wildcard', '">"'), ['1:>']);
  assert.deepEqual(matches('wildcard', '"queue://A.>,topic://*"'), ['11:>', '21:*']);
});

test('placeholders and separators are marked', () => {
  assert.deepEqual(matches('placeholder', '"${activemq.conf}/broker.ks"'), ['1:${activemq.conf}']);
  assert.deepEqual(matches('separator', '"A.B.>"'), ['2:.', '4:.']);
});

test('the grammar is contributed as an injection into XML', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.deepEqual(manifest.contributes.grammars[0].injectTo, ['text.xml']);
  assert.equal(manifest.contributes.grammars[0].scopeName, grammar.scopeName);
});

test('every snippet expands (defaults taken) to well-formed XML', () => {
  const snippets = JSON.parse(readFileSync('snippets/activemq.json', 'utf8')) as Record<string, { body: string[] }>;
  assert.equal(Object.keys(snippets).length, 6);
  for (const [name, snippet] of Object.entries(snippets)) {
    const expanded = snippet.body.join('\n')
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\\\$/g, '\u0000')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, '')
      .replace(/\u0000/g, '$');
    const tree = scanXml(`<plugins>${expanded}</plugins>`);
    assert.deepEqual(tree.problems, [], `${name}: ${expanded}`);
  }
});
