// The reviewed expectations for the corpus: for every real config, each finding the linter reports, with the
// reason an ActiveMQ operator would agree with it (or, marked false-positive, why it is wrong). Shared by the
// test and by scripts/corpus-draft.ts, which shows a reviewer what a rule change altered.
//
// A finding is identified by rule, line, severity, the text its range covers, and the STABLE PART of its message.
// The stable part is the whole message with runs of white space made one space and the corpus folder written
// `<corpus>` (it moves with ACTIVEMQ_XML_CORPUS). Nothing else is normalised, on purpose: the corpus files never
// change, so every name, port or line a message quotes ("topic=">" (line 42) already grants ...") is read from
// the file, and when a rule starts blaming another entry, suggesting another fix or changing its severity, the
// finding is a different claim that a person must review again. A reworded message is re-reviewed for the same
// reason: the issue asks that messages read right, and the reason is a judgement of what the message says.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getLanguageService } from '../server/src/service/languageService';
import { cliFiles } from '../server/src/node/files';
import { CORPUS_DIR, type CorpusFile } from './corpus';

export const EXPECTATIONS_PATH = 'test/corpus-expectations.json';
export const DRAFT_COMMAND = 'node --import tsx scripts/corpus-draft.ts';

export type Verdict = 'accepted' | 'template' | 'not-well-formed' | 'fragment';

export interface ActualFinding {
  rule: string;
  line: number;
  severity: string;
  /** The exact text the finding's range covers (its first 120 characters). */
  text: string;
  /** The message's stable part (see the top of this file). */
  message: string;
}

export interface ExpectedFinding extends ActualFinding {
  /** What in this file makes the finding right; with verdict false-positive, what makes it wrong. */
  reason: string;
  /** Absent: reviewed and right. false-positive: reviewed and wrong, tracked until the rule is fixed. */
  verdict?: 'false-positive';
}

export interface FileExpectation {
  /** accepted: ActiveMQ starts with it; template: ERB/Jinja source; not-well-formed / fragment: as the manifest says. */
  verdict: Verdict;
  findings: ExpectedFinding[];
}

export type Expectations = Record<string, FileExpectation>;

export function readExpectations(): Expectations {
  return JSON.parse(readFileSync(EXPECTATIONS_PATH, 'utf8')) as Expectations;
}

export function stableMessage(message: string): string {
  return message.split(CORPUS_DIR).join('<corpus>').replace(/\s+/g, ' ').trim();
}

export function actualFindings(file: CorpusFile): ActualFinding[] {
  const service = getLanguageService();
  const doc = service.parse(file.text, file.path);
  // Hints (combined rights of overlapping entries) never reach the Problems panel; the review covers the rest.
  return service.lint(doc, undefined, cliFiles(file.path)).problems.filter((p) => p.severity !== 'hint').map((p) => ({
    rule: p.rule.id,
    line: doc.positionAt(p.finding.span.start).line + 1,
    severity: p.severity,
    text: file.text.slice(p.finding.span.start, p.finding.span.end).slice(0, 120),
    message: stableMessage(p.finding.message),
  }));
}

export function findingKey(f: ActualFinding): string {
  return `${f.rule}@${f.line} ${f.severity} ${JSON.stringify(f.text)}: ${f.message}`;
}

/** Where a finding sits, whatever it says: what pairs an old and a new version of one finding. */
export function placeKey(f: ActualFinding): string {
  return `${f.rule}@${f.line} ${JSON.stringify(f.text)}`;
}

export interface FindingDiff {
  /** Reported, not expected. */
  unexpected: ActualFinding[];
  /** Expected, not reported. */
  missing: ExpectedFinding[];
}

/** Compares as multisets: two identical findings on one line must both be expected. */
export function diffFindings(actual: ActualFinding[], expected: ExpectedFinding[]): FindingDiff {
  const pending = new Map<string, ExpectedFinding[]>();
  for (const f of expected) pending.set(findingKey(f), [...(pending.get(findingKey(f)) ?? []), f]);
  const unexpected: ActualFinding[] = [];
  for (const f of actual) {
    const same = pending.get(findingKey(f));
    if (same?.length) same.shift();
    else unexpected.push(f);
  }
  return { unexpected, missing: [...pending.values()].flat() };
}

export function formatDiff(name: string, diff: FindingDiff): string {
  const lines = [`${name}: the linter's findings differ from the reviewed expectations in ${EXPECTATIONS_PATH}.`];
  for (const f of diff.unexpected) lines.push(`  + reported, never reviewed: ${findingKey(f)}`);
  for (const f of diff.missing) {
    const note = f.verdict === 'false-positive' ? ' (a known false positive: the rule is fixed, delete the entry)' : '';
    lines.push(`  - reviewed, no longer reported${note}: ${findingKey(f)}`);
  }
  lines.push(
    `Run \`${DRAFT_COMMAND}\` to list each change, read each new or changed finding against the file and`,
    '../shared/activemq-facts*.md, and write its own reason (or mark it "verdict": "false-positive" with why).',
  );
  return lines.join('\n');
}

export const REVIEW_HOWTO =
  'read the finding against the file and ../shared/activemq-facts*.md and write what in THIS file makes it right ' +
  '(names, values, lines), or mark it "verdict": "false-positive" with what makes it wrong';

/** What keeps a file's expectations from counting as reviewed: reasons missing, empty, or just the message again. */
export function reviewGaps(expectation: FileExpectation): string[] {
  const gaps: string[] = [];
  for (const f of expectation.findings) {
    const reason = (f.reason ?? '').trim();
    if (!reason || /^TODO\b/i.test(reason)) gaps.push(`no reason: ${findingKey(f)}`);
    else if (stableMessage(reason) === f.message) gaps.push(`the message again as its reason: ${findingKey(f)}`);
    if (f.verdict !== undefined && f.verdict !== 'false-positive') gaps.push(`verdict "${String(f.verdict)}" (only "false-positive" is known): ${findingKey(f)}`);
  }
  return gaps;
}

/** Reasons shared by several findings: a generic sentence per rule is not a review of each finding. */
export function sharedReasons(expectations: Expectations): string[] {
  const users = new Map<string, string[]>();
  for (const [name, expectation] of Object.entries(expectations)) {
    for (const f of expectation.findings) {
      const reason = (f.reason ?? '').trim();
      if (reason) users.set(reason, [...(users.get(reason) ?? []), `${name.slice(0, 3)} ${findingKey(f)}`]);
    }
  }
  return [...users.entries()]
    .filter(([, who]) => who.length > 1)
    .map(([reason, who]) => `"${reason}" is the reason of ${who.length} findings (${who.join('; ')}): ${REVIEW_HOWTO}.`);
}

export function knownFalsePositives(expectations: Expectations): { file: string; finding: ExpectedFinding }[] {
  return Object.entries(expectations).flatMap(([file, e]) =>
    e.findings.filter((f) => f.verdict === 'false-positive').map((finding) => ({ file, finding })),
  );
}

// ../shared/corpus/MANIFEST.tsv has no accepted/refused column (its columns: file, repo, path, commit, license,
// size_bytes, has_simple_auth, has_authorization, notes); its notes say which files are not plain configs. The
// verdict is derived from them, and the expectations' verdict must agree.
export const MANIFEST_PATH = resolve(CORPUS_DIR, '..', 'MANIFEST.tsv');

export function verdictFromNotes(notes: string): Verdict {
  if (/^template \((ERB|Jinja2)/.test(notes)) return 'template';
  if (/^NOT well-formed/.test(notes)) return 'not-well-formed';
  if (/^fragment\b/.test(notes)) return 'fragment';
  return 'accepted';
}

export function readManifestVerdicts(): Map<string, Verdict> {
  const [header, ...rows] = readFileSync(MANIFEST_PATH, 'utf8').split('\n').filter((l) => l.trim());
  const columns = header.split('\t');
  const file = columns.indexOf('file');
  const notes = columns.indexOf('notes');
  if (file < 0 || notes < 0) throw new Error(`${MANIFEST_PATH} has no "file" or "notes" column (columns: ${columns.join(', ')})`);
  return new Map(rows.map((row) => row.split('\t')).map((cells) => [cells[file], verdictFromNotes(cells[notes] ?? '')]));
}
