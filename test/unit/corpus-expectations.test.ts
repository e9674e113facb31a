// False alarms are bugs: every finding (hints aside) on the 93 real configs of ../shared/corpus must be one that a
// person reviewed against the file and the fact sheets, each with its own reason; no file ActiveMQ accepts may get
// an error, and no template gets an error (its template tags are set aside, never reported as broken XML). A finding reviewed as wrong is kept with
// "verdict": "false-positive" and shown as a TODO test until its rule is fixed.
// After a rule change: node --import tsx scripts/corpus-draft.ts lists what changed (see its header).
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFiles, CORPUS_DIR, needsCorpus } from '../corpus';
import {
  actualFindings,
  diffFindings,
  EXPECTATIONS_PATH,
  findingKey,
  formatDiff,
  knownFalsePositives,
  MANIFEST_PATH,
  readExpectations,
  readManifestVerdicts,
  REVIEW_HOWTO,
  reviewGaps,
  sharedReasons,
} from '../corpusExpectations';

const expectations = readExpectations();
const files = existsSync(CORPUS_DIR) ? corpusFiles() : [];
// Without the corpus: one skipped test naming it (under ACTIVEMQ_XML_REQUIRE_ALL it runs, and fails).
if (files.length === 0) test('every corpus file gives its reviewed findings', needsCorpus(), () => void corpusFiles());
let manifest: ReturnType<typeof readManifestVerdicts> | undefined; // read on first use: only where the corpus is

for (const file of files) {
  test(`corpus ${file.name}`, () => {
    const expected = expectations[file.name];
    assert.ok(expected, `${file.name} has no reviewed expectations in ${EXPECTATIONS_PATH}`);
    manifest ??= readManifestVerdicts();
    const manifestVerdict = manifest.get(file.name);
    assert.ok(manifestVerdict, `${file.name} has no row in ${MANIFEST_PATH}`);
    assert.equal(expected.verdict, manifestVerdict, `the manifest's notes make ${file.name} "${manifestVerdict}", the expectations say "${expected.verdict}"`);
    const actual = actualFindings(file);
    const diff = diffFindings(actual, expected.findings);
    if (diff.unexpected.length || diff.missing.length) assert.fail(formatDiff(file.name, diff));
    const gaps = reviewGaps(expected);
    assert.deepEqual(gaps, [], `${file.name}: findings not reviewed:\n  ${gaps.join('\n  ')}\nFor each, ${REVIEW_HOWTO}.`);
    if (expected.verdict === 'accepted') {
      const errors = actual.filter((f) => f.severity === 'error').map(findingKey);
      assert.deepEqual(errors, [], `${file.name} is a config ActiveMQ accepts: it must get no error`);
    }
    if (expected.verdict === 'template') {
      assert.deepEqual(actual.filter((f) => f.severity === 'error'), [], 'a template is linted as far as it reads as XML; its template tags are no error');
    }
  });
}

test('corpus expectations: each finding has a reason of its own', () => {
  const shared = sharedReasons(expectations);
  assert.deepEqual(shared, [], shared.join('\n'));
});

test('corpus expectations: only files of the corpus', needsCorpus(), () => {
  const names = new Set(files.map((f) => f.name));
  assert.deepEqual(Object.keys(expectations).filter((name) => !names.has(name)), [], `${EXPECTATIONS_PATH} reviews files the corpus lacks`);
});

// A known false positive passes the file's test (it is reported, as expected) and fails here, as a TODO: node's
// summary counts it, and once the rule is fixed the file's test fails until the entry is deleted.
for (const { file, finding } of files.length ? knownFalsePositives(expectations) : []) {
  test(`known false positive in ${file}: ${findingKey(finding)}`, { todo: finding.reason }, () => {
    const source = files.find((f) => f.name === file);
    assert.ok(source, `${file} is not in the corpus`);
    const still = actualFindings(source).some((f) => findingKey(f) === findingKey(finding));
    assert.ok(!still, `still reported, and wrong: ${finding.reason}`);
  });
}
