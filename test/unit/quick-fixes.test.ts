// Quick fixes never corrupt a document: on every corpus file, example and fixture, each fix the service offers,
// applied alone, leaves well-formed XML (when it was), removes the diagnostic it targets, adds no error, and
// changes nothing outside its own edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service/languageService';
import { cliFiles } from '../../server/src/node/files';
import { corpusFiles, needsCorpus } from '../corpus';

const sources = () => [
  ...corpusFiles(),
  { name: 'examples/activemq.xml', path: 'examples/activemq.xml', text: readFileSync('examples/activemq.xml', 'utf8') },
  { name: 'examples/alfresco/activemq.xml', path: 'examples/alfresco/activemq.xml', text: readFileSync('examples/alfresco/activemq.xml', 'utf8') },
];

test('every quick fix on every corpus file and example keeps the document whole and removes its diagnostic', needsCorpus(), () => {
  const service = getLanguageService();
  let applied = 0;
  for (const source of sources()) {
    const files = cliFiles(source.path);
    const doc = service.parse(source.text, `file:///qf/${source.name}`);
    const wellFormed = doc.tree.problems.length === 0 && !doc.dom.problem;
    const diagnostics = service.validate(doc, undefined, files);
    const errorsBefore = diagnostics.filter((d) => d.severity === 1).length;
    const actions = service.codeActions(service.context(doc, undefined, files), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics);
    for (const action of actions) {
      const what = `${source.name}: "${action.title}"`;
      const edits = (action.edit?.changes?.[doc.uri] ?? []) as TextEdit[];
      assert.ok(edits.length > 0, `${what} has no edit`);
      const fixed = TextDocument.applyEdits(TextDocument.create(doc.uri, 'xml', 0, source.text), edits);
      // Outside the edits, the text is unchanged: what precedes the first edit and follows the last one.
      const lines = TextDocument.create(doc.uri, 'xml', 0, source.text);
      const first = Math.min(...edits.map((e) => lines.offsetAt(e.range.start)));
      const last = Math.max(...edits.map((e) => lines.offsetAt(e.range.end)));
      assert.equal(fixed.slice(0, first), source.text.slice(0, first), `${what} changed text before its edit`);
      assert.equal(fixed.slice(fixed.length - (source.text.length - last)), source.text.slice(last), `${what} changed text after its edit`);
      const after = service.parse(fixed, `file:///qf/after/${source.name}`);
      if (wellFormed) assert.ok(after.tree.problems.length === 0 && !after.dom.problem, `${what} broke the XML`);
      const afterDiagnostics = service.validate(after, undefined, files);
      const target = action.diagnostics![0];
      const same = (d: typeof target) => d.code === target.code && d.message === target.message && d.range.start.line === target.range.start.line && d.range.start.character === target.range.start.character;
      assert.ok(!afterDiagnostics.some(same), `${what} left its diagnostic`);
      assert.ok(afterDiagnostics.filter((d) => d.severity === 1).length <= errorsBefore, `${what} added an error`);
      service.forget(`file:///qf/after/${source.name}`);
      applied++;
    }
  }
  assert.ok(applied > 50, `only ${applied} fixes applied`);
});
