// Fix all (the editor's source.fixAll and activemq-lint --fix): exactly the slips whose meaning is not in doubt
// are corrected, the text after the fixes is the one a person would have written, guesses are left alone, and
// on every corpus file the fixed text is still well-formed, stable and free of what was auto-fixable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { getLanguageService, RULES } from '../../../server/src/service/languageService';
import { cliFiles } from '../../../server/src/node/files';
import { applyEdits } from '../../../server/src/base/edits';
import { autofixes, fixAllPass } from '../../../server/src/service/features/fixAll';
import { FIX_ALL_KIND } from '../../../server/src/service/features/codeActions';
import type { Settings } from '../../../server/src/base/settings';
import { corpusFiles, needsCorpus } from '../../corpus';
import { brokerConfig, securedBroker } from '../../helpers';

const USERS = '          <authenticationUser username="app" password="${app.password}" groups="users,admins"/>';
const ENTRY = (attributes: string) => `              <authorizationEntry ${attributes}/>`;

function fixText(text: string, settings?: Settings) {
  return getLanguageService().fixText(text, 'file:///config/activemq.xml', settings);
}

function firstPass(text: string) {
  const service = getLanguageService();
  return fixAllPass(service.context(service.parse(text, 'file:///config/activemq.xml')));
}

interface Case {
  rule: string;
  before: string;
  after: string;
}

const connector = (uri: string) => brokerConfig(`    <transportConnectors>\n      <transportConnector name="openwire" uri="${uri}"/>\n    </transportConnectors>`);

// One case per rule that documents an autofix (the test below makes sure none is missing).
const CASES: Case[] = [
  { rule: 'list-syntax', before: securedBroker(USERS, ENTRY('queue=">" read="admins users" write="admins; users" admin="admins, ,users"')), after: securedBroker(USERS, ENTRY('queue=">" read="admins,users" write="admins,users" admin="admins,users"')) },
  { rule: 'group-without-members', before: securedBroker(USERS, ENTRY('queue=">" read="Users" write="ADMINS"')), after: securedBroker(USERS, ENTRY('queue=">" read="users" write="admins"')) },
  { rule: 'advisory-access', before: securedBroker(USERS, `${ENTRY('queue=">" read="users"')}\n${ENTRY('queue="ActiveMQ.Advisory.>" read="users" write="users" admin="users"')}`), after: securedBroker(USERS, `${ENTRY('queue=">" read="users"')}\n${ENTRY('topic="ActiveMQ.Advisory.>" read="users" write="users" admin="users"')}`) },
  { rule: 'virtual-topic-consumer-kind', before: securedBroker(USERS, ENTRY('topic="Consumer.*.VirtualTopic.>" read="users" write="users" admin="users"')), after: securedBroker(USERS, ENTRY('queue="Consumer.*.VirtualTopic.>" read="users" write="users" admin="users"')) },
  // The scheme first; its options are checked, and fixed, in the next pass.
  { rule: 'transport-uri', before: connector('openwire://0.0.0.0:61616?maximumconnections=1000&amp;wireformat.maxFrameSize=104857600'), after: connector('tcp://0.0.0.0:61616?maximumConnections=1000&amp;wireFormat.maxFrameSize=104857600') },
  { rule: 'unknown-attribute', before: securedBroker('          <authenticationUser Username="app" password="${app.password}" groups="users"/>', ENTRY('queue=">" read="users"')), after: securedBroker('          <authenticationUser username="app" password="${app.password}" groups="users"/>', ENTRY('queue=">" read="users"')) },
  { rule: 'broker-namespace', before: brokerConfig('    <plugins/>').replace(/ xmlns="http:\/\/activemq[^"]*"/, ''), after: brokerConfig('    <plugins/>', ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://activemq.apache.org/schema/core http://activemq.apache.org/schema/core/activemq-core.xsd"') },
  { rule: 'unknown-element', before: securedBroker(USERS, '              <AuthorizationEntry queue=">" read="users">\n              </AuthorizationEntry>'), after: securedBroker(USERS, '              <authorizationEntry queue=">" read="users">\n              </authorizationEntry>') },
];

for (const c of CASES) {
  test(`fix all, ${c.rule}: the text after the fixes is the one meant`, () => {
    const { text, fixed } = fixText(c.before);
    assert.equal(text, c.after);
    assert.ok(fixed > 0);
    assert.equal(fixText(text).fixed, 0, 'a second run finds nothing more');
  });
}

test('every rule that documents an autofix has a case above, and only those rules mark fixes autofix', () => {
  const documented = RULES.filter((r) => r.docs.autofix).map((r) => r.id).sort();
  assert.deepEqual([...new Set(CASES.map((c) => c.rule))].sort(), documented);
});

test('guesses are left for a person: the nearest other name, a user name, two groups spelt alike, a mixed list', () => {
  const untouched = [
    // `users` is the nearest group to `user`, but not the same name in another case.
    securedBroker(USERS, ENTRY('queue=">" read="user"')),
    // Two groups differ from `Users` only in case: which one was meant is not written anywhere.
    securedBroker('          <authenticationUser username="a" password="${a.password}" groups="users"/>\n          <authenticationUser username="b" password="${b.password}" groups="USERS"/>', ENTRY('queue=">" read="Users"')),
    // A misspelt scheme and option: the nearest names are guesses.
    connector('tpc://0.0.0.0:61616'),
    connector('tcp://0.0.0.0:61616?maximumConections=10'),
    // `nodes>` may mean `nodes.>` or `nodes`: the quick fix offers both.
    securedBroker(USERS, ENTRY('queue="APP.nodes>" read="users"')),
    // The advisory entry also names an application queue, which topic= would take away from the queues.
    securedBroker(USERS, `${ENTRY('queue=">" read="users"')}\n${ENTRY('queue="ActiveMQ.Advisory.>,ORDERS" read="users" write="users" admin="users"')}`),
    securedBroker(USERS, ENTRY('topic="Consumer.*.VirtualTopic.>,EVENTS" read="users" write="users" admin="users"')),
  ];
  const service = getLanguageService();
  for (const text of untouched) {
    // Each has a quick fix a person may choose...
    const context = service.context(service.parse(text, 'file:///config/activemq.xml'));
    const offered = service.lint(context.doc).problems.flatMap((p) => p.rule.fixes?.(p.finding, context) ?? []);
    assert.ok(offered.some((f) => f.preferred), `no quick fix for: ${text}`);
    // ...and fix all applies none of them.
    const result = fixText(text);
    assert.equal(result.fixed, 0, text);
    assert.equal(result.text, text);
  }
});

test('an entry with both queue= and topic= is not renamed into a duplicate attribute, not even as a quick fix', () => {
  const text = securedBroker(USERS, `${ENTRY('queue=">" read="users"')}\n${ENTRY('queue="ActiveMQ.Advisory.>" topic="X" read="users" write="users" admin="users"')}`);
  assert.equal(fixText(text).fixed, 0);
  const service = getLanguageService();
  const context = service.context(service.parse(text, 'file:///config/activemq.xml'));
  const advisory = service.lint(context.doc).problems.find((p) => p.rule.id === 'advisory-access')!;
  assert.ok(!advisory.rule.fixes!(advisory.finding, context).some((f) => /from `queue` to `topic`/.test(f.title)));
});

test('fixes that touch the same text wait for the next pass; --fix runs passes until none is left', () => {
  // The list fix rewrites the whole value, the group fix one name in it.
  const before = securedBroker(USERS, ENTRY('queue=">" read="Users, ,admins"'));
  const pass = firstPass(before);
  assert.deepEqual(pass.fixed.map((f) => f.problem.rule.id), ['group-without-members']);
  assert.equal(applyEdits(before, pass.edits), securedBroker(USERS, ENTRY('queue=">" read="users, ,admins"')));
  assert.deepEqual(fixText(before), { text: securedBroker(USERS, ENTRY('queue=">" read="users,admins"')), fixed: 2 });
});

test('a rule turned off, or silenced by a comment, is not fixed', () => {
  const before = securedBroker(USERS, ENTRY('queue=">" read="Users"'));
  assert.equal(fixText(before, { rules: { 'group-without-members': 'off' } }).fixed, 0);
  const silenced = securedBroker(USERS, `              <!-- activemq-lint-ignore group-without-members: Users comes from LDAP -->\n${ENTRY('queue=">" read="Users"')}`);
  assert.equal(fixText(silenced).fixed, 0);
});

test('source.fixAll is offered only when asked for, with every autofix as one edit; quick fixes offer "Fix all" per rule', () => {
  const service = getLanguageService();
  const text = securedBroker(USERS, `${ENTRY('queue="A" read="Users"')}\n${ENTRY('queue="B" read="Users"')}\n${ENTRY('queue="C" read="admins users"')}`);
  const context = service.context(service.parse(text, 'file:///config/activemq.xml'));
  const diagnostics = service.validate(context.doc);
  const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  for (const only of [undefined, ['quickfix']]) assert.ok(!service.codeActions(context, zero, diagnostics, only).some((a) => a.kind === FIX_ALL_KIND));
  for (const only of [['source'], ['source.fixAll'], [FIX_ALL_KIND]]) {
    const actions = service.codeActions(context, zero, diagnostics, only);
    assert.deepEqual(actions.map((a) => a.kind), [FIX_ALL_KIND], JSON.stringify(only));
    assert.equal(actions[0].edit!.changes![context.doc.uri].length, 3);
    assert.equal(actions[0].diagnostics!.length, 3);
  }
  const titles = service.codeActions(context, zero, diagnostics).map((a) => a.title);
  assert.equal(titles.filter((t) => t === 'Fix all 2 auto-fixable `group-without-members` problems').length, 2);
  // One list-syntax problem: its own fix is all there is, so no "Fix all" for that rule.
  assert.ok(!titles.some((t) => /`list-syntax` problems/.test(t)));
});

test('on every corpus file and example: the fixed text stays well-formed, the fixes are stable, nothing auto-fixable is left, and only documented rules mark fixes autofix', needsCorpus(), () => {
  const service = getLanguageService();
  const sources = [
    ...corpusFiles(),
    { name: 'examples/activemq.xml', path: 'examples/activemq.xml', text: readFileSync('examples/activemq.xml', 'utf8') },
    { name: 'examples/alfresco/activemq.xml', path: 'examples/alfresco/activemq.xml', text: readFileSync('examples/alfresco/activemq.xml', 'utf8') },
  ];
  let fixedFiles = 0;
  for (const source of sources) {
    const files = cliFiles(source.path);
    const uri = `file:///fix-all/${source.name}`;
    const doc = service.parse(source.text, uri);
    const context = service.context(doc, undefined, files);
    for (const problem of service.lint(context.doc).problems) {
      const marked = problem.rule.fixes?.(problem.finding, context).some((f) => f.autofix);
      if (marked) assert.ok(problem.rule.docs.autofix, `${source.name}: ${problem.rule.id} marks a fix autofix but documents none`);
    }
    const wellFormed = doc.tree.problems.length === 0 && !doc.dom.problem;
    const result = service.fixText(source.text, uri, undefined, files);
    if (result.fixed === 0) {
      assert.equal(result.text, source.text);
      continue;
    }
    fixedFiles++;
    const after = service.parse(result.text, uri);
    if (wellFormed) assert.ok(after.tree.problems.length === 0 && !after.dom.problem, `${source.name}: the fixes broke the XML`);
    assert.deepEqual(autofixes(service.context(after, undefined, files)).map((f) => f.problem.finding.message), [], `${source.name}: something auto-fixable is left`);
    assert.equal(service.fixText(result.text, uri, undefined, files).fixed, 0, `${source.name}: a second run fixes more`);
  }
  assert.ok(fixedFiles >= 3, `only ${fixedFiles} files had anything to fix`);
});
