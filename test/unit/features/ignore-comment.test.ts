// The "Ignore <rule> for this <element>" and "Ignore <rule> in this file" quick fixes: where their comments go, and,
// on every corpus file and example, that they silence exactly that rule in that element (or file) and change no other
// diagnostic; completion and hover in comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { elementAt } from '../../../server/src/parser/xmlTree';
import { cliFiles } from '../../../server/src/node/files';
import { corpusFiles, needsCorpus } from '../../corpus';
import { securedBroker } from '../../helpers';
import { at, hoverText, service } from './cursor';

const USERS = '          <authenticationUser username="app" password="${app.password}" groups="users"/>';

function ignoreActions(text: string, uri = 'file:///ignore/activemq.xml') {
  const doc = service.parse(text, uri);
  const diagnostics = service.validate(doc);
  const actions = service.codeActions(service.context(doc), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics);
  return { doc, diagnostics, actions: actions.filter((a) => a.title.startsWith('Ignore ')) };
}

function applyAction(text: string, action: CodeAction, uri: string): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'xml', 0, text), (action.edit?.changes?.[uri] ?? []) as TextEdit[]);
}

test('the ignore fix puts the comment on its own line before the element, at its indentation', () => {
  const text = securedBroker(USERS, '            <authorizationEntry queue="Consumer.*.nodes>" read="users"/>');
  const { actions } = ignoreActions(text);
  const action = actions.find((a) => a.title === 'Ignore wildcard-syntax for this <authorizationEntry>')!;
  assert.ok(action, actions.map((a) => a.title).join(' | '));
  const fixed = applyAction(text, action, 'file:///ignore/activemq.xml');
  assert.equal(fixed, text.replace('            <authorizationEntry queue="Consumer', '            <!-- activemq-lint-ignore wildcard-syntax -->\n            <authorizationEntry queue="Consumer'));
});

test('a second rule joins the ignore comment already before the element; CRLF documents keep CRLF', () => {
  const text = securedBroker(USERS, '            <!-- activemq-lint-ignore wildcard-syntax -->\n            <authorizationEntry queue="Consumer.*.nodes>" read="Users"/>');
  const { actions } = ignoreActions(text);
  const action = actions.find((a) => a.title.startsWith('Ignore group-without-members'))!;
  assert.equal(applyAction(text, action, 'file:///ignore/activemq.xml'), text.replace('ignore wildcard-syntax -->', 'ignore wildcard-syntax, group-without-members -->'));
  const crlf = securedBroker(USERS, '            <authorizationEntry queue="Consumer.*.nodes>" read="users"/>').replace(/\n/g, '\r\n');
  const wildcard = ignoreActions(crlf, 'file:///ignore/crlf.xml').actions.find((a) => a.title.startsWith('Ignore wildcard-syntax'))!;
  const fixed = applyAction(crlf, wildcard, 'file:///ignore/crlf.xml');
  assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF was inserted');
  assert.match(fixed, /<!-- activemq-lint-ignore wildcard-syntax -->\r\n {12}<authorizationEntry/);
});

test('ignoring in the file puts a disable comment at the top, after the XML declaration; a second rule joins it', () => {
  const text = securedBroker(USERS, '            <authorizationEntry queue="Consumer.*.nodes>" read="Users"/>');
  const action = ignoreActions(text).actions.find((a) => a.title === 'Ignore wildcard-syntax in this file')!;
  const fixed = applyAction(text, action, 'file:///ignore/activemq.xml');
  assert.equal(fixed, `<!-- activemq-lint-disable wildcard-syntax -->\n${text}`);
  const second = ignoreActions(fixed).actions.find((a) => a.title === 'Ignore group-without-members in this file')!;
  assert.equal(applyAction(fixed, second, 'file:///ignore/activemq.xml'), `<!-- activemq-lint-disable wildcard-syntax, group-without-members -->\n${text}`);
  const declared = `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
  const afterDeclaration = applyAction(declared, ignoreActions(declared).actions.find((a) => a.title === 'Ignore wildcard-syntax in this file')!, 'file:///ignore/activemq.xml');
  assert.ok(afterDeclaration.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!-- activemq-lint-disable wildcard-syntax -->\n<beans'), afterDeclaration.slice(0, 120));
});

test('no ignore fix for broken XML or for a lint-comment finding', () => {
  const { actions } = ignoreActions(securedBroker(USERS, '<!-- activemq-lint-ignore nothing-such -->\n<authorizationEntry queue="A" read="users"/>').replace('</plugins>', '</plugin>'));
  assert.ok(!actions.some((a) => /xml-syntax|lint-comment/.test(a.title)), actions.map((a) => a.title).join(' | '));
});

// Messages that point at other lines name them; the inserted comment line moves those numbers by one.
const key = (d: Diagnostic) => `${d.code} ${String(d.message).replace(/\bline \d+/g, 'line #')}`;

test('on every corpus file and example, an ignore fix silences its rule in its element and nothing else', needsCorpus(), () => {
  const sources = [
    ...corpusFiles(),
    { name: 'examples/activemq.xml', path: 'examples/activemq.xml', text: readFileSync('examples/activemq.xml', 'utf8') },
  ];
  let checked = 0;
  for (const source of sources) {
    const uri = `file:///ignore-corpus/${source.name}`;
    const files = cliFiles(source.path);
    const doc = service.parse(source.text, uri);
    const wellFormed = doc.tree.problems.length === 0 && !doc.dom.problem;
    const before = service.validate(doc, undefined, files);
    const actions = service.codeActions(service.context(doc, undefined, files), before[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, before);
    // One ignore per rule and element (or file) is enough: the others are the same edit.
    const seen = new Set<string>();
    for (const action of actions.filter((a) => a.title.startsWith('Ignore '))) {
      const target = action.diagnostics![0];
      const inFile = action.title.endsWith(' in this file');
      const element = inFile ? undefined : elementAt(doc.tree, doc.offsetAt(target.range.start))!;
      const scope = `${target.code}@${element ? element.span.start : 'file'}`;
      if (seen.has(scope)) continue;
      seen.add(scope);
      const fixed = applyAction(source.text, action, uri);
      const after = service.parse(fixed, `${uri}#after`);
      const what = `${source.name}: "${action.title}" (line ${target.range.start.line + 1})`;
      if (wellFormed) assert.ok(after.tree.problems.length === 0 && !after.dom.problem, `${what} broke the XML`);
      const inElement = (d: Diagnostic) => d.code === target.code && (!element || (doc.offsetAt(d.range.start) >= element.span.start && doc.offsetAt(d.range.start) < element.span.end));
      const expected = before.filter((d) => !inElement(d)).map(key).sort();
      const actual = service.validate(after, undefined, files).map(key).sort();
      assert.deepEqual(actual, expected, `${what}: the diagnostics after it are not the ones before minus ${target.code} in ${element ? `<${element.name}>` : 'the file'}`);
      service.forget(`${uri}#after`);
      checked++;
    }
    service.forget(uri);
  }
  assert.ok(checked > 100, `only ${checked} ignore fixes checked`);
});

test('completion in a comment: the directives, then rule ids with those reported in the next element first; none in other comments', () => {
  const marked = securedBroker(USERS, '<!-- activemq-lint-ignore | -->\n<authorizationEntry queue="Consumer.*.nodes>" read="users"/>');
  const { context, position } = at(marked);
  const ids = service.completion(context, position).items;
  const sorted = [...ids].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  const first = sorted.filter((i) => /reported in the next element/.test(String(i.detail))).map((i) => i.label);
  const without = service.parse(marked.replace('<!-- activemq-lint-ignore | -->\n', ''), 'file:///ignore/without.xml');
  const entryLine = without.positionAt(without.text.indexOf('<authorizationEntry')).line;
  const reported = service.validate(without).filter((d) => d.range.start.line === entryLine).map((d) => String(d.code));
  assert.ok(first.includes('wildcard-syntax'));
  assert.deepEqual([...first].sort(), [...new Set(reported)].sort(), 'the rules reported on the entry are marked');
  assert.deepEqual(sorted.slice(0, first.length).map((i) => i.label), first, 'and come first');
  assert.ok(ids.some((i) => i.label === 'advisory-access') && !ids.some((i) => i.label === 'authorizationEntry'));
  const keywords = at(securedBroker(USERS, '<!-- activemq-l| -->\n<authorizationEntry queue="A" read="users"/>'));
  assert.deepEqual(service.completion(keywords.context, keywords.position).items.map((i) => i.label), ['activemq-lint-ignore', 'activemq-lint-disable', 'activemq-lint-enable']);
  const plain = at(securedBroker(USERS, '<!-- just a note <| -->\n<authorizationEntry queue="A" read="users"/>'));
  assert.deepEqual(service.completion(plain.context, plain.position).items, []);
  const named = at(securedBroker(USERS, '<!-- activemq-lint-disable wildcard-syntax, | -->\n<authorizationEntry queue="A" read="users"/>'));
  assert.ok(!service.completion(named.context, named.position).items.some((i) => i.label === 'wildcard-syntax'), 'an id already named is not offered again');
});

test('hover on a rule id in a linter comment shows the rule; on the directive, what it covers here', () => {
  const ruleHover = hoverText(securedBroker(USERS, '<!-- activemq-lint-ignore wildcard-syn|tax -->\n<authorizationEntry queue="A" read="users"/>'));
  assert.match(ruleHover, /\*\*wildcard-syntax\*\* \(warning, /);
  assert.match(ruleHover, /docs\/rules\.md#wildcard-syntax/);
  const directiveHover = hoverText(securedBroker(USERS, '<!-- activemq-lint-ig|nore wildcard-syntax -->\n<authorizationEntry queue="A" read="users"/>'));
  assert.match(directiveHover, /in the element that follows.*Here: the `<authorizationEntry>` on line \d+/s);
});
