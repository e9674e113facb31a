// False alarms are bugs: every finding (hints aside) on the 93 real configs of ../shared/corpus must be one that was reviewed
// and kept with a reason, no file ActiveMQ accepts may get an error, and no template gets an error (its template tags
// are set aside, never reported as broken XML).
// After a rule change: node --import tsx scripts/corpus-draft.ts > /tmp/draft.json, review, copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFiles } from '../corpus';
import { actualFindings, findingKey, readExpectations } from '../corpusExpectations';

const expectations = readExpectations();

for (const file of corpusFiles()) {
  test(`corpus ${file.name}`, () => {
    const expected = expectations[file.name];
    assert.ok(expected, `${file.name} has no reviewed expectations`);
    const actual = actualFindings(file);
    assert.deepEqual(actual.map(findingKey).sort(), expected.findings.map(findingKey).sort(), 'findings differ from the reviewed expectations');
    for (const f of expected.findings) assert.ok(f.reason.trim() && !f.reason.startsWith('TODO'), `${findingKey(f)} has no reviewed reason`);
    if (expected.verdict === 'accepted') {
      const errors = actual.filter((f) => f.severity === 'error');
      assert.deepEqual(errors, [], 'a config ActiveMQ accepts must get no error');
    }
    if (expected.verdict === 'template') {
      assert.deepEqual(actual.filter((f) => f.severity === 'error'), [], 'a template is linted as far as it reads as XML; its template tags are no error');
    }
  });
}
