// Hostile shapes at scale: 100,000 nested elements, 100,000 attributes on one element, 100,000 nested URI lists or
// pattern segments. Each is analysed to the end (no rule lost to "Maximum call stack size exceeded", no
// quadratic wait: a test that finishes is the check; bench/run.ts prints the time ratio), and a rule that fails
// anyway is an `internal-error` finding naming it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService, ruleById } from '../../server/src/service/languageService';
import type { Settings } from '../../server/src/base/settings';
import { MAX_NAMESPACE_NESTING_FOR_XMLDOM } from '../../server/src/model/parsedDocument';
import { MAX_LIST_NESTING } from '../../server/src/transport/uri';
import { brokerConfig, securedBroker, NS } from '../helpers';

const N = 100_000;

/** Every finding, and the rules that failed, without the test helper's throw on a failure. */
function analyse(text: string, settings?: Settings) {
  const service = getLanguageService();
  const doc = service.parse(text, 'file:///config/activemq.xml');
  const result = service.lint(doc, settings);
  const reported = result.problems.map((p) => ({ rule: p.rule.id, severity: p.severity, message: p.finding.message, text: text.slice(p.finding.span.start, p.finding.span.end), start: p.finding.span.start }));
  return { doc, result, reported, failed: result.failures.map((f) => f.ruleId) };
}

export function nested(open: string, close: string, depth = N): string {
  return open.repeat(depth) + close.repeat(depth);
}

test('100,000 nested elements in <plugins>: every rule runs, unknown-element names the outermost', () => {
  const { reported, failed, doc } = analyse(brokerConfig(`<plugins>${nested('<a>', '</a>')}</plugins>`));
  assert.deepEqual(failed, []);
  assert.equal(doc.tree.elements.length, N + 3);
  assert.deepEqual(reported.map((r) => [r.rule, r.text]), [['unknown-element', 'a']]);
});

test('100,000 nested elements in a JMX environment: jmx-connector still sees a connector without authentication', () => {
  const context = `<managementContext><managementContext createConnector="true"><environment>${nested('<map>', '</map>')}</environment></managementContext></managementContext>`;
  const { reported, failed } = analyse(brokerConfig(context));
  assert.deepEqual(failed, []);
  assert.ok(reported.some((r) => r.rule === 'jmx-connector'), JSON.stringify(reported.map((r) => r.rule)));
});

test('100,000 nested elements closed by 100,000 unmatched end tags: problems at their places, no wait', () => {
  const text = brokerConfig(`<plugins>${'<a>'.repeat(N)}${'</b>'.repeat(N)}</plugins>`);
  const { reported, failed } = analyse(text);
  assert.deepEqual(failed, []);
  const syntax = reported.filter((r) => r.rule === 'xml-syntax');
  assert.equal(syntax[0].text, '</b');
  assert.match(syntax[0].message, /no matching start tag/);
});

test('100,000 attributes on one element: read in one pass, the one repeated name reported where it repeats', () => {
  const attributes = Array.from({ length: N }, (_, i) => `a${i}="v"`).join(' ');
  const text = `<beans><broker xmlns="${NS}" ${attributes} a${N - 1}="again"/></beans>`;
  const { reported, failed, doc } = analyse(text);
  assert.deepEqual(failed, []);
  assert.equal(doc.model.broker?.attributes.length, N + 2);
  const twice = reported.filter((r) => r.rule === 'xml-syntax' && /appears twice/.test(r.message));
  assert.deepEqual(twice.map((r) => [r.text, r.start]), [[`a${N - 1}`, text.indexOf(`a${N - 1}="again"`)]]);
});

test('100,000 attributes with stray quotes: the scanner reads on and reports the first faults', () => {
  const text = `<beans><broker xmlns="${NS}" ${Array.from({ length: N }, (_, i) => `a${i}='v`).join(' ')}/></beans>`;
  const { reported, failed } = analyse(text);
  assert.deepEqual(failed, []);
  assert.ok(reported.some((r) => r.rule === 'xml-syntax' && r.severity === 'error'));
});

test(`elements declaring namespaces nested beyond ${MAX_NAMESPACE_NESTING_FOR_XMLDOM}: xmldom is skipped, and a warning says so`, () => {
  const depth = 20_000;
  const open = Array.from({ length: depth }, (_, i) => `<amq:x xmlns:p${i}="urn:p${i}">`).join('');
  const text = `<beans xmlns:amq="${NS}"><amq:broker><amq:plugins>${open}${'</amq:x>'.repeat(depth)}</amq:plugins></amq:broker></beans>`;
  const { reported, failed, doc } = analyse(text);
  assert.deepEqual(failed, []);
  assert.ok(doc.model.broker, 'the broker is still found from the scanner\'s tree');
  const skipped = reported.find((r) => r.rule === 'xml-syntax');
  assert.equal(skipped?.severity, 'warning');
  assert.match(skipped!.message, /nest 20001 deep.*xmldom\) is not run/);
  assert.equal(skipped!.text, 'amq:x');
});

test('a destination pattern of 100,000 segments: pattern-overlap walks its trie without overflowing the stack', () => {
  const entries = `<authorizationEntry queue="${'A.'.repeat(N)}>" read="a" write="a" admin="a"/>\n<authorizationEntry queue="${'*.'.repeat(N)}>" read="b" write="b" admin="b"/>`;
  const { reported, failed } = analyse(securedBroker('<authenticationUser username="u" password="p" groups="a,b"/>', entries));
  assert.deepEqual(failed, []);
  assert.equal(reported.filter((r) => r.rule === 'pattern-overlap').length, 2);
});

test(`a transport URI of 100,000 nested lists is read ${MAX_LIST_NESTING} lists deep, and a finding says so`, () => {
  const uri = `${'static:('.repeat(N)}tcp://broker:61616${')'.repeat(N)}`;
  const { reported, failed } = analyse(brokerConfig(`<networkConnectors><networkConnector uri="${uri}"/></networkConnectors>`));
  assert.deepEqual(failed, []);
  assert.ok(reported.some((r) => r.rule === 'transport-uri' && new RegExp(`nested more than ${MAX_LIST_NESTING} deep`).test(r.message)));
});

test('a rule that throws becomes an internal-error finding naming it; the other rules still report', () => {
  const rule = ruleById('wildcard-syntax')!;
  const check = rule.check;
  rule.check = () => {
    throw new RangeError('Maximum call stack size exceeded');
  };
  try {
    const text = securedBroker('<authenticationUser username="u" password="p" groups="admins"/>', '<authorizationEntry queue="A." read="admins"/>');
    const { reported, failed } = analyse(text);
    assert.deepEqual(failed, ['wildcard-syntax']);
    const internal = reported.filter((r) => r.rule === 'internal-error');
    assert.equal(internal.length, 1);
    assert.equal(internal[0].severity, 'error');
    assert.equal(internal[0].text, 'broker');
    assert.match(internal[0].message, /The rule wildcard-syntax failed on this file \(Maximum call stack size exceeded\)/);
    assert.ok(reported.some((r) => r.rule === 'advisory-access'), 'the other rules still report');
    assert.deepEqual(analyse(text, { rules: { 'internal-error': 'warning' } }).reported.find((r) => r.rule === 'internal-error')?.severity, 'warning');
  } finally {
    rule.check = check;
  }
});

test('selection ranges inside 100,000 nested elements: the innermost levels and the whole document, a chain that can be sent', () => {
  const text = brokerConfig(`<plugins>${nested('<a>', '</a>')}</plugins>`);
  const service = getLanguageService();
  const doc = service.parse(text, 'file:///config/deep.xml');
  const [selection] = service.selectionRanges(service.context(doc), [doc.positionAt(text.indexOf('</a>'))]);
  const ranges = [];
  for (let r: typeof selection | undefined = selection; r; r = r.parent) ranges.push(r.range);
  assert.ok(ranges.length <= 1000, `${ranges.length} levels`);
  assert.deepEqual(ranges[ranges.length - 1], doc.range({ start: 0, end: text.length - 1 }));
  assert.doesNotThrow(() => JSON.stringify(selection));
});
