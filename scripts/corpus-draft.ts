// Prints a draft of test/corpus-expectations.json from what the linter reports now: reviewed reasons are kept
// for findings that did not change, new findings get "TODO: review" (which the test refuses), so a reviewer
// sees exactly what is new. Run: node --import tsx scripts/corpus-draft.ts > /tmp/draft.json
import { existsSync } from 'node:fs';
import { corpusFiles } from '../test/corpus';
import { actualFindings, EXPECTATIONS_PATH, findingKey, readExpectations, type Expectations, type Verdict } from '../test/corpusExpectations';

const previous: Expectations = existsSync(EXPECTATIONS_PATH) ? readExpectations() : {};
const draft: Expectations = {};
for (const file of corpusFiles()) {
  const before = previous[file.name];
  const reasons = new Map((before?.findings ?? []).map((f) => [findingKey(f), f.reason]));
  const verdict: Verdict = before?.verdict ?? (/\.(erb|j2)$/.test(file.name) ? 'template' : 'accepted');
  draft[file.name] = {
    verdict,
    findings: actualFindings(file).map((f) => ({ ...f, reason: reasons.get(findingKey(f)) ?? 'TODO: review' })),
  };
}
process.stdout.write(JSON.stringify(draft, null, 1) + '\n');
