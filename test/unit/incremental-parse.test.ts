// Property: a document edited step by step and parsed from its previous version (the service's parse of a later
// version, reparseDocument) gives exactly the diagnostics of a fresh parse of the same text. Random edit sequences
// with a fixed seed, mostly typing inside attribute values (the case that skips xmldom), some anywhere (the case that
// parses afresh), on the bundled example, generated configs and every corpus file. The same edits check that the
// pattern analyses a version shares with the one before (service/analysis.ts, PatternMemory) change nothing either,
// and that a parse given another parse's xmldom verdict on the same text (the main thread's, from the worker's)
// gives the same diagnostics without running xmldom. The edited service takes each version's tree over for the next
// one, as the validation worker's does (readsLatestParseOnly: the tree changed in place, treePatch.ts), on every other
// file; the others keep each version's parse intact, as the main thread's does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateConfig } from '../../bench/generateConfig';
import { getLanguageService } from '../../server/src/service/languageService';
import type { Span, XmlAttribute, XmlTree } from '../../server/src/parser/xmlTree';
import { RIGHTS, type AuthorizationEntry, type GroupList, type SecurityModel, type ValueToken } from '../../server/src/model/types';
import { verdictOf, type ParsedDocument } from '../../server/src/model/parsedDocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { corpusFiles, needsCorpus } from '../corpus';
import { securedBroker, seededRandom } from '../helpers';

const EDITS_PER_FILE = Number(process.env.INCREMENTAL_EDITS ?? 16);
const SEED = Number(process.env.INCREMENTAL_SEED ?? 20261203);
const TYPED = 'abcXYZ019._-*>,: ';
const NOISE = ['<', '"', "'", '&', '&amp;', '>', '/>', '\n    ', '<!-- note -->', '${x}', '{{ x }}', '\u00e9', '\0'];

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const typed = (rnd: () => number, n: number) => Array.from({ length: n }, () => TYPED[Math.floor(rnd() * TYPED.length)]).join('');

/**
 * A random edit: mostly typing or deleting inside an attribute value, sometimes anything anywhere (`typingOnly`:
 * never, so that a long sequence stays on the incremental path).
 */
function randomEdit(text: string, attributes: XmlAttribute[], rnd: () => number, typingOnly = false): Edit {
  const pick = <T>(items: T[]) => items[Math.floor(rnd() * items.length)];
  const kind = typingOnly ? rnd() * 0.8 : rnd();
  const attr = attributes.length > 0 ? pick(attributes) : undefined;
  if (attr && kind < 0.5) return { at: attr.valueStart + Math.floor(rnd() * (attr.valueEnd - attr.valueStart + 1)), remove: 0, insert: typed(rnd, 1 + Math.floor(rnd() * 3)) };
  if (attr && kind < 0.65) {
    const at = attr.valueStart + Math.floor(rnd() * (attr.valueEnd - attr.valueStart + 1));
    return { at, remove: Math.floor(rnd() * (attr.valueEnd - at + 1)), insert: '' };
  }
  if (attr && kind < 0.8) return { at: attr.valueStart, remove: attr.valueEnd - attr.valueStart, insert: typed(rnd, Math.floor(rnd() * 8)) };
  if (attr && kind < 0.85) return { at: attr.valueStart + Math.floor(rnd() * (attr.valueEnd - attr.valueStart + 1)), remove: 0, insert: pick(NOISE) };
  const at = Math.floor(rnd() * (text.length + 1));
  return rnd() < 0.5 ? { at, remove: 0, insert: pick(NOISE) } : { at, remove: Math.min(text.length - at, 1 + Math.floor(rnd() * 20)), insert: '' };
}

/** Every offset of a tree, with its values: a tree taken over and changed must be the one a scan of the text gives. */
function shape(tree: XmlTree): string {
  const span = (s: Span | undefined) => (s ? `${s.start}-${s.end}` : '');
  const elements = tree.elements.map((e) => [e.name, span(e.span), span(e.startTagSpan), e.contentStart, e.endTagStart, e.parent?.index,
    e.attributes.map((a) => [a.name, a.nameStart, a.value, a.valueStart, a.valueEnd, a.valueOffset(1), a.valueEndOffset(1)])]);
  const spans = (list: Span[]) => list.map(span);
  return JSON.stringify([tree.text.length, elements, spans(tree.comments), spans(tree.lintComments), tree.entityNotes, span(tree.namespaceNesting.at)]);
}

/** The security model with every span it gives: a model taken over must be the one a fresh parse builds. */
function modelShape(model: SecurityModel): string {
  const span = (s: Span | undefined) => (s ? `${s.start}-${s.end}` : '');
  const token = (t: ValueToken | undefined) => (t ? `${t.text}@${span(t.span)}` : '');
  const list = (l: GroupList | undefined) => (l ? `${span(l.attribute.valueSpan)}[${l.items.map(token).join(' ')}]` : '');
  const entry = (e: AuthorizationEntry | undefined) => e && [e.id, e.role, e.kind, span(e.element.span), e.patterns.map((p) => `${p.pattern.text}@${span(p.span)}`), RIGHTS.map((r) => list(e.rights[r]))];
  return JSON.stringify({
    entries: model.entries.map(entry),
    maps: model.authorization.map((a) => a.map && [a.map.entries.map(entry), entry(a.map.defaultEntry), entry(a.map.tempEntry)]),
    users: model.users.map((u) => [token(u.username), token(u.password), list(u.groups)]),
    connectors: [...model.transportConnectors, ...model.networkConnectors].map((c) => [token(c.name), token(c.uri)]),
    groups: [...model.groups].map(([name, g]) => [name, g.members.length, g.declarations.map(token), g.grants.map((x) => `${x.entry.id}${x.right}${token(x.token)}`)]),
    schemaVersion: model.schemaVersion,
  });
}

/** What a user sees of the diagnostics. */
const seen = (diagnostics: unknown[]) => JSON.stringify(diagnostics);

/** Edits `text` EDITS_PER_FILE times; after each, the incremental and the fresh parse must give the same diagnostics. */
function checkSequence(name: string, text: string, seed: number, takeOver: boolean, edits = EDITS_PER_FILE, typingOnly = false): { incremental: number; shared: number; edits: number } {
  const rnd = seededRandom(seed);
  const uri = `file:///incremental/${name}`;
  const edited = getLanguageService({ readsLatestParseOnly: takeOver });
  let version = 1;
  let doc = edited.parse(text, uri, version);
  let incremental = 0;
  let shared = 0;
  for (let i = 0; i < edits; i++) {
    // Typing stays out of namespace declarations and of values with references (both are parsed afresh).
    const attributes = doc.tree.elements.flatMap((e) => e.attributes).filter((a) => !typingOnly || !(a.name.startsWith('xml') || text.slice(a.valueStart, a.valueEnd).includes('&')));
    let edit = randomEdit(text, attributes, rnd, typingOnly);
    while (typingOnly && edit.remove === 0 && edit.insert === '') edit = randomEdit(text, attributes, rnd, typingOnly);
    text = text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
    doc = edited.parse(text, uri, ++version);
    if (doc.incremental) incremental++;
    const fresh = getLanguageService();
    const freshDoc = fresh.parse(text, uri, version);
    const expected = fresh.validate(freshDoc);
    if (takeOver && doc.incremental) {
      assert.equal(shape(doc.tree), shape(freshDoc.tree), `${name}, edit ${i + 1} (${JSON.stringify(edit)}): the tree taken over`);
      assert.equal(modelShape(doc.model), modelShape(freshDoc.model), `${name}, edit ${i + 1} (${JSON.stringify(edit)}): the model taken over`);
    }
    const actual = edited.validate(doc);
    const sharing = edited.context(doc).analysis.sharedPatternMaps() > 0;
    if (sharing) shared++;
    const path = `${doc.incremental ? `incremental${takeOver ? ', tree taken over' : ''}` : 'parsed afresh'}${sharing ? ', pattern analyses shared' : ''}`;
    assert.equal(seen(actual), seen(expected), `${name}, edit ${i + 1} (${JSON.stringify(edit)}), ${path}`);
    // The main thread's parse of an analysed version takes the worker's xmldom verdict instead of running xmldom.
    const borrowed = getLanguageService();
    const withVerdict = borrowed.validate(borrowed.parse(text, uri, version, verdictOf(freshDoc)));
    assert.equal(seen(withVerdict), seen(expected), `${name}, edit ${i + 1} (${JSON.stringify(edit)}), parsed with the verdict of another parse`);
  }
  return { incremental, shared, edits };
}

/**
 * A config whose lint comments lie among the entries, so that edits come before and after them, with a defaultEntry and
 * a temporary destinations' entry after the map's entries.
 */
function withLintComments(text: string): string {
  let n = 0;
  return text.replace(/\n(\s*)<authorizationEntry /g, (line, indent: string) =>
    (n++ % 7 === 3 ? `\n${indent}<!-- activemq-lint-ignore ${n % 2 ? 'pattern-overlap' : 'unused-group'}: generated -->${line}` : line))
    .replace('</authorizationEntries>', '</authorizationEntries>\n<defaultEntry><authorizationEntry read="admins" write="admins" admin="admins"/></defaultEntry>' +
      '\n<tempDestinationAuthorizationEntry><tempDestinationAuthorizationEntry read="team1" write="team1" admin="team1"/></tempDestinationAuthorizationEntry>');
}

function checkAll(files: { name: string; text: string }[], seed = SEED): void {
  let incremental = 0;
  let shared = 0;
  let edits = 0;
  files.forEach((file, i) => {
    const counts = checkSequence(file.name, file.text, seed + i, i % 2 === 0);
    incremental += counts.incremental;
    shared += counts.shared;
    edits += counts.edits;
  });
  // The property must be tested on the incremental paths, not only on their fallbacks.
  assert.ok(incremental >= edits / 5, `only ${incremental} of ${edits} edits took the incremental path`);
  assert.ok(shared >= edits / 10, `only ${shared} of ${edits} edits shared the pattern analyses of the version before`);
}

test('edits of the bundled example and of generated configs: incremental parse = fresh parse', () => {
  checkAll([
    { name: 'example.xml', text: readFileSync('examples/activemq.xml', 'utf8') },
    { name: 'generated-40.xml', text: generateConfig(40) },
    { name: 'generated-200.xml', text: generateConfig(200) },
  ]);
});

test('long typing in values, each version taking the tree of the one before over: the tree and diagnostics of a fresh parse', () => {
  for (const [i, file] of [{ name: 'example.xml', text: readFileSync('examples/activemq.xml', 'utf8') }, { name: 'lint-comments.xml', text: withLintComments(generateConfig(60)) }].entries()) {
    const counts = checkSequence(file.name, file.text, SEED + 100 + i, true, 5 * EDITS_PER_FILE, true);
    assert.equal(counts.incremental, counts.edits, `${file.name}: every edit typed in a value takes the tree over`);
  }
});

// Two sequences per file, for more of the corpus's shapes: runs with other seeds found a case the first one never
// reaches (two brokers with the same entries, now a test of its own).
test('edits of every corpus file: incremental parse = fresh parse', needsCorpus(), () => {
  checkAll(corpusFiles());
  checkAll(corpusFiles(), SEED + 1);
});

test('typing in an attribute value skips xmldom; an edit that adds markup or a reference is parsed afresh', () => {
  const service = getLanguageService();
  const uri = 'file:///incremental/paths.xml';
  const text = generateConfig(10);
  service.parse(text, uri, 1);
  const at = text.indexOf('read="') + 6;
  const typing = text.slice(0, at) + 'x' + text.slice(at);
  assert.equal(service.parse(typing, uri, 2).incremental, true);
  for (const [version, insert] of [[3, '<'], [4, '&amp;'], [5, '"']] as const) {
    const doc = service.parse(typing.slice(0, at) + insert + typing.slice(at), uri, version);
    assert.equal(doc.incremental, false, insert);
  }
});

test('pattern-overlap takes over only the findings that read no edited entry: a container named after five partners still counts', () => {
  // X = A.*.* overlaps A.P1.Z .. A.P6.Z (named first, along the trie) and is contained by C = A.*.>, which grants
  // its group everything X grants (and admin besides). C's read then goes to another group, so X's finding changes
  // although C is not among the partners X's finding names.
  const partners = [1, 2, 3, 4, 5, 6].map((i) => `<authorizationEntry queue="A.P${i}.Z" read="p" write="p" admin="p"/>`).join('\n');
  const text = securedBroker('<authenticationUser username="u" password="p" groups="g,h,p"/>',
    `${partners}\n<authorizationEntry queue="A.*.*" read="g" write="g"/>\n<authorizationEntry queue="A.*.>" read="g" write="g" admin="g"/>`);
  const service = getLanguageService();
  const uri = 'file:///incremental/container.xml';
  const xAt = text.indexOf('queue="A.*.*"') + 7;
  const findingOfX = (diagnostics: Diagnostic[], doc: ParsedDocument) => String(diagnostics.find((d) => d.code === 'pattern-overlap' && doc.offsetAt(d.range.start) === xAt)?.message);
  const first = service.parse(text, uri, 1);
  const before = findingOfX(service.validate(first), first);
  assert.match(before, /everything it does grant is granted there already/);
  const at = text.indexOf('read="g" write="g" admin="g"') + 6;
  const edited = `${text.slice(0, at)}h${text.slice(at + 1)}`;
  const second = service.parse(edited, uri, 2);
  const after = service.validate(second);
  const fresh = getLanguageService();
  assert.equal(seen(after), seen(fresh.validate(fresh.parse(edited, uri, 2))));
  assert.notEqual(findingOfX(after, second), before, 'the finding of X changed with its container');
});

test('a finding kept for the next version moves with its line: an edit earlier on the same line shifts its columns', () => {
  // A and B.> share a line; B.> overlaps B.C only, so typing in A's rights leaves B.>'s finding kept (it reads no
  // changed entry) while its columns move, and a line break typed there moves B.C's finding down a line.
  const text = securedBroker('<authenticationUser username="u" password="p" groups="g,h"/>',
    '<authorizationEntry queue="A" read="g" write="g" admin="g"/><authorizationEntry queue="B.>" read="g" write="g" admin="g"/>\n' +
    '<authorizationEntry queue="B.C" read="h" write="h" admin="h"/>');
  // Three characters, then a line break typed into the value (XML allows it there), which moves every later line down.
  // (The last `x` lands beside that line break, which the check of line breaks leaves to the full comparison.)
  typeIntoEntryA(text, 'file:///incremental/same-line.xml', [[2, 'x'], [3, 'x'], [4, 'x'], [5, '\n  '], [6, 'x']], (doc, _diagnostics, version) => {
    assert.equal(doc.incremental && doc.sameLinesSince !== undefined, version < 5, `version ${version}: the lines stay as they were`);
  });
});

test('findings kept for the next version are not those of another map: an edit that makes a second broker the one analysed', () => {
  // Two brokers with the same entries (corpus file 023 has them): editing the first one's namespace leaves the second
  // as the broker analysed, whose entries have the same ids, patterns and rights but other lines.
  const one = securedBroker('<authenticationUser username="u" password="p" groups="g"/>',
    '<authorizationEntry queue=">" read="g" write="g" admin="g"/>\n<authorizationEntry queue="DLQ" read="*" write="*" admin="g"/>');
  const broker = one.slice(one.indexOf('  <broker'), one.indexOf('</beans>'));
  const text = one.replace('</beans>', `  <!-- second broker -->\n${broker}</beans>`);
  const uri = 'file:///incremental/two-brokers.xml';
  for (const takeOver of [true, false]) {
    const service = getLanguageService({ readsLatestParseOnly: takeOver });
    service.validate(service.parse(text, uri, 1));
    const at = text.indexOf('xmlns="http://activemq') + 'xmlns="'.length;
    const edited = `${text.slice(0, at)}-${text.slice(at)}`;
    const fresh = getLanguageService();
    const expected = fresh.validate(fresh.parse(edited, uri, 2));
    assert.ok(expected.some((d) => d.code === 'pattern-overlap'), 'the second broker\'s entries overlap');
    assert.equal(seen(service.validate(service.parse(edited, uri, 2))), seen(expected), takeOver ? 'tree taken over' : 'parsed afresh');
  }
});

test('a model taken over does not hold the versions before it: typing into an entry for a while keeps one group index', async () => {
  // The group index of a version is patched from the previous version's (groupIndex.ts); the new model must hold that
  // index only until it is made, never the previous model, or every version typed stays reachable from the last one.
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  const text = securedBroker('<authenticationUser username="u" password="p" groups="g"/>', '<authorizationEntry queue="A" read="g" write="g" admin="g"/>');
  const service = getLanguageService({ readsLatestParseOnly: true });
  const uri = 'file:///incremental/retention.xml';
  let current = text;
  let doc = service.parse(current, uri, 1);
  const first = new WeakRef(doc.model);
  for (let version = 2; version <= 6; version++) {
    assert.ok(doc.model.groups.get('g'), `version ${version - 1} indexes group g`);
    const at = current.indexOf('read="') + 'read="'.length;
    current = `${current.slice(0, at)}x${current.slice(at)}`;
    doc = service.parse(current, uri, version);
  }
  assert.ok(doc.model.groups.has('xxxxxg'), 'the last version is indexed from the patches');
  // A weak reference keeps its target until the task that made it ends.
  await new Promise(setImmediate);
  collect();
  assert.equal(first.deref(), undefined, 'the first version\'s model was collected');
});

test('findings kept per element move with the tree: unknown-attribute and list-syntax after the edited entry', () => {
  // Typing into A's rights takes the tree over; B's findings are kept (support/perElement.ts) and must be where B's
  // attributes moved to, a character further on per keystroke, then a line further down after a line break.
  const text = securedBroker('<authenticationUser username="u" password="p" groups="g"/>',
    '<authorizationEntry queue="A" read="g" write="g" admin="g"/>\n<authorizationEntry queue="B" read="g h" write="g,,h" admin="g" grup="x"/>');
  typeIntoEntryA(text, 'file:///incremental/per-element.xml', [[2, 'x'], [3, 'x'], [4, '\n  '], [5, 'x']], (doc, diagnostics, version, takeOver) => {
    assert.equal(doc.tookOver !== undefined, takeOver, `version ${version}: the tree is taken over`);
    const codes = new Set(diagnostics.map((d) => d.code));
    assert.ok(codes.has('unknown-attribute') && codes.has('list-syntax'), `version ${version}: B's findings are there`);
  });
});

/**
 * Types each step (a version and its characters) at the start of entry A's read value, with a service that takes each
 * version's tree over (the worker's) and one that keeps each parse (the main thread's); each version's diagnostics are
 * a fresh parse's, and `also` checks more of it.
 */
function typeIntoEntryA(text: string, uri: string, steps: readonly (readonly [number, string])[],
  also: (doc: ParsedDocument, diagnostics: Diagnostic[], version: number, takeOver: boolean) => void): void {
  for (const takeOver of [true, false]) {
    const service = getLanguageService({ readsLatestParseOnly: takeOver });
    let current = text;
    service.validate(service.parse(current, uri, 1));
    for (const [version, typed] of steps) {
      const at = current.indexOf('queue="A" read="') + 'queue="A" read="'.length;
      current = `${current.slice(0, at)}${typed}${current.slice(at)}`;
      const doc = service.parse(current, uri, version);
      const diagnostics = service.validate(doc);
      const fresh = getLanguageService();
      assert.equal(seen(diagnostics), seen(fresh.validate(fresh.parse(current, uri, version))), `version ${version}${takeOver ? ', tree taken over' : ''}`);
      also(doc, diagnostics, version, takeOver);
    }
  }
}

test('a template delimiter typed into a value makes the document a template, as a fresh parse finds', () => {
  // The parse of a later version looks for template delimiters only around the edit when the earlier version had
  // none (parsedDocument.ts, valueEdit): `{{ .x }}`, `{% if x %}{% endif %}` and `{#b#}` typed one character at a time.
  const text = securedBroker('<authenticationUser username="u" password="p" groups="g"/>', '<authorizationEntry queue="A" read="g" write="g" admin="g"/>');
  const uri = 'file:///incremental/template.xml';
  for (const typed of ['{{ .x }}', '{% if x %}{% endif %}', 'a{#b#}']) {
    for (const takeOver of [true, false]) {
      const service = getLanguageService({ readsLatestParseOnly: takeOver });
      let current = text;
      service.parse(current, uri, 1);
      let at = current.indexOf('read="') + 'read="'.length;
      typed.split('').forEach((character, i) => {
        current = `${current.slice(0, at)}${character}${current.slice(at)}`;
        at++;
        const doc = service.parse(current, uri, i + 2);
        const fresh = getLanguageService().parse(current, uri, i + 2);
        assert.equal(doc.template?.kind, fresh.template?.kind, `${JSON.stringify(current.slice(at - i - 1, at))}${takeOver ? ', tree taken over' : ''}`);
      });
      assert.ok(service.parse(current, uri, typed.length + 1).template, `${typed}: a template at last`);
    }
  }
});
