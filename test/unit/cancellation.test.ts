// A caller can stop a validation between rules (base/cancellation.ts): the validation worker uses it when a newer
// version of the document arrives. A stopped run throws Cancelled, runs no rule after the stop and caches nothing,
// so the next run of the same version gives every finding. A quick fix runs only the rules of its diagnostics (problemsOf).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateConfig } from '../../bench/generateConfig';
import { getLanguageService, isCancelled, RULES } from '../../server/src/service/languageService';
import { problemsOf } from '../../server/src/service/validate';

const text = generateConfig(60);

/** A cancellation that is requested from its `after`-th question on, counting the questions. */
function stopAfter(after: number) {
  return {
    asked: 0,
    get isCancellationRequested() {
      return ++this.asked > after;
    },
  };
}

test('a validation stopped between rules throws Cancelled, asks no more, and a later run gives every finding', () => {
  const service = getLanguageService();
  const uri = 'file:///cancellation/activemq.xml';
  const full = getLanguageService().diagnose(text, uri, 1).diagnostics;
  assert.ok(full.length > 10, `the generated config has findings: ${full.length}`);
  const cancellation = stopAfter(3);
  assert.throws(() => service.diagnose(text, uri, 1, undefined, undefined, cancellation), (error) => isCancelled(error));
  // Asked once before parsing, then before each rule: the fourth question stopped it, before the third rule.
  assert.equal(cancellation.asked, 4);
  assert.deepEqual(service.diagnose(text, uri, 1).diagnostics, full);
});

test('a cancellation asked for before the run starts stops it before it parses', () => {
  const service = getLanguageService();
  const cancellation = stopAfter(0);
  assert.throws(() => service.diagnose(text, 'file:///cancellation/early.xml', 1, undefined, undefined, cancellation), (error) => isCancelled(error));
  assert.equal(cancellation.asked, 1);
});

test('a cancellation never requested is asked before every rule and changes nothing', () => {
  const service = getLanguageService();
  const cancellation = stopAfter(Infinity);
  const diagnostics = service.diagnose(text, 'file:///cancellation/never.xml', 1, undefined, undefined, cancellation).diagnostics;
  assert.deepEqual(diagnostics, getLanguageService().diagnose(text, 'file:///cancellation/never.xml', 1).diagnostics);
  // Once before parsing, once per rule, once before the diagnostics are made.
  assert.equal(cancellation.asked, 2 + RULES.length);
});

test('problemsOf runs only the rules asked about, each once per context, and gives their findings as lint does', () => {
  const service = getLanguageService();
  const uri = 'file:///cancellation/subset.xml';
  const context = service.context(service.parse(text, uri, 1));
  const ran: string[] = [];
  const watched = RULES.map((rule) => [rule, rule.check] as const);
  for (const [rule, check] of watched) if (check) Object.assign(rule, { check: (c: typeof context) => (ran.push(rule.id), check(c)) });
  try {
    const overlaps = problemsOf(context, ['pattern-overlap']);
    assert.deepEqual(ran, ['pattern-overlap']);
    assert.deepEqual(problemsOf(context, ['pattern-overlap']), overlaps);
    assert.deepEqual(ran, ['pattern-overlap'], 'asked again: not run again');
    const fresh = getLanguageService();
    const all = fresh.lint(fresh.parse(text, uri, 1)).problems;
    const seen = (problems: typeof all) => problems.map((p) => [p.rule.id, p.finding.span, p.finding.message]);
    assert.ok(overlaps.length > 0);
    assert.deepEqual(seen(overlaps), seen(all.filter((p) => p.rule.id === 'pattern-overlap')));
    // Whether a lint comment is used depends on every rule: asking for lint-comment runs them all.
    problemsOf(context, ['lint-comment']);
    assert.equal(new Set(ran).size, RULES.filter((r) => r.check).length);
  } finally {
    for (const [rule, check] of watched) Object.assign(rule, { check });
  }
});
