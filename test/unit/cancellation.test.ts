// A caller can stop a validation between rules (base/cancellation.ts): the validation worker uses it when a newer
// version of the document arrives. A stopped run throws Cancelled, runs no rule after the stop and caches nothing,
// so the next run of the same version gives every finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateConfig } from '../../bench/generateConfig';
import { getLanguageService, isCancelled, RULES } from '../../server/src/service/languageService';

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

test('lintInSteps: the shared analyses and each rule are steps of their own; dropped, it caches nothing; run out, the findings of lint', () => {
  const service = getLanguageService();
  const doc = service.parse(text, 'file:///cancellation/steps.xml', 1);
  const dropped = service.lintInSteps(doc);
  for (let i = 0; i < 10; i++) assert.equal(dropped.next().done, false);
  const steps = service.lintInSteps(doc);
  let count = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) count++;
  // Four analyses (security input, overlaps, identical patterns, coverage), then one step per rule.
  assert.equal(count, 4 + RULES.length);
  const fresh = getLanguageService();
  const expected = fresh.lint(fresh.parse(text, 'file:///cancellation/steps.xml', 1)).problems.map((p) => [p.rule.id, p.finding.span, p.finding.message]);
  assert.deepEqual(step.value.problems.map((p) => [p.rule.id, p.finding.span, p.finding.message]), expected);
  // Now cached: lint answers with the same result, and a stepwise run ends at once.
  assert.equal(service.lint(doc), step.value);
  assert.equal(service.lintInSteps(doc).next().done, true);
});
