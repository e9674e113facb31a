// Shows what a rule change did to the corpus: lints the real configs of ../shared/corpus (or ACTIVEMQ_XML_CORPUS)
// and prints, per file, exactly the findings that are new, changed (same rule, line and range; another message or
// severity) or missing against test/corpus-expectations.json, new and changed ones with an empty "reason" to fill.
// Reasons are never carried over or invented: a changed finding shows its old reason only as "was".
//   node --import tsx scripts/corpus-draft.ts           print the changes (JSON) and a count on stderr
//   node --import tsx scripts/corpus-draft.ts --write   also apply them to test/corpus-expectations.json: missing
//                                                       findings go, new and changed ones come in with reason ""
// Then review each entry with reason "" against the file and ../shared/activemq-facts*.md: write what in that
// file makes it right, or set "verdict": "false-positive" with what makes it wrong. The corpus test refuses an
// empty reason, so nothing written by --write passes unreviewed.
import { writeFileSync } from 'node:fs';
import { corpusFiles } from '../test/corpus';
import {
  actualFindings,
  diffFindings,
  EXPECTATIONS_PATH,
  findingKey,
  placeKey,
  readExpectations,
  readManifestVerdicts,
  type ActualFinding,
  type ExpectedFinding,
  type Expectations,
  type FileExpectation,
} from '../test/corpusExpectations';

interface FileChanges {
  new: ExpectedFinding[];
  changed: { was: ExpectedFinding; now: ExpectedFinding }[];
  missing: ExpectedFinding[];
}

const toReview = (f: ActualFinding): ExpectedFinding => ({ ...f, reason: '' });

/** Pairs a missing and an unexpected finding at the same place as one changed finding. */
function changesOf(actual: ActualFinding[], expected: ExpectedFinding[]): FileChanges {
  const { unexpected, missing } = diffFindings(actual, expected);
  const changes: FileChanges = { new: [], changed: [], missing: [] };
  const gone = [...missing];
  for (const f of unexpected) {
    const at = gone.findIndex((m) => placeKey(m) === placeKey(f));
    if (at < 0) changes.new.push(toReview(f));
    else changes.changed.push({ was: gone.splice(at, 1)[0], now: toReview(f) });
  }
  changes.missing = gone;
  return changes;
}

/** The expectations with the changes applied: reviewed findings keep their reason, every other one gets "". */
function applied(previous: FileExpectation | undefined, actual: ActualFinding[]): ExpectedFinding[] {
  const reviewed = new Map<string, ExpectedFinding[]>();
  for (const f of previous?.findings ?? []) reviewed.set(findingKey(f), [...(reviewed.get(findingKey(f)) ?? []), f]);
  return actual.map((f) => reviewed.get(findingKey(f))?.shift() ?? toReview(f));
}

const write = process.argv.includes('--write');
const expectations = readExpectations();
const manifest = readManifestVerdicts();
const report: Record<string, FileChanges> = {};
const next: Expectations = {};
const count = { new: 0, changed: 0, missing: 0 };
for (const file of corpusFiles()) {
  const before = expectations[file.name];
  const actual = actualFindings(file);
  const changes = changesOf(actual, before?.findings ?? []);
  if (changes.new.length || changes.changed.length || changes.missing.length) report[file.name] = changes;
  count.new += changes.new.length;
  count.changed += changes.changed.length;
  count.missing += changes.missing.length;
  next[file.name] = { verdict: before?.verdict ?? manifest.get(file.name) ?? 'accepted', findings: applied(before, actual) };
}
const gone = Object.keys(expectations).filter((name) => !(name in next));
process.stdout.write(JSON.stringify(report, null, 1) + '\n');
if (gone.length) process.stderr.write(`No longer in the corpus (dropped by --write): ${gone.join(', ')}\n`);
process.stderr.write(`${count.new} new, ${count.changed} changed, ${count.missing} missing findings.\n`);
if (write) {
  writeFileSync(EXPECTATIONS_PATH, JSON.stringify(next, null, 1) + '\n');
  const toFill = count.new + count.changed;
  process.stderr.write(`Wrote ${EXPECTATIONS_PATH}` + (toFill ? `: fill the ${toFill} empty reasons (the corpus test fails until each is reviewed).\n` : '.\n'));
}
