// The reviewed expectations for the corpus: for every real config, each finding the linter reports, with the
// reason an ActiveMQ operator would agree with it. Shared by the test and by the draft script that helps review.
import { readFileSync } from 'node:fs';
import { getLanguageService } from '../server/src/service/languageService';
import { cliFiles } from '../server/src/service/nodeFiles';
import type { CorpusFile } from './corpus';

export const EXPECTATIONS_PATH = 'test/corpus-expectations.json';

export type Verdict = 'accepted' | 'template' | 'not-well-formed' | 'fragment';

export interface ExpectedFinding {
  rule: string;
  line: number;
  severity: string;
  /** The exact text the finding's range covers. */
  text: string;
  reason: string;
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

export function actualFindings(file: CorpusFile): Omit<ExpectedFinding, 'reason'>[] {
  const service = getLanguageService();
  const doc = service.parse(file.text, file.path);
  // Hints (combined rights of overlapping entries) never reach the Problems panel; the review covers the rest.
  return service.lint(doc, undefined, cliFiles(file.path)).problems.filter((p) => p.severity !== 'hint').map((p) => ({
    rule: p.rule.id,
    line: doc.positionAt(p.finding.span.start).line + 1,
    severity: p.severity,
    text: file.text.slice(p.finding.span.start, p.finding.span.end).slice(0, 120),
  }));
}

export function findingKey(f: Pick<ExpectedFinding, 'rule' | 'line' | 'text'>): string {
  return `${f.rule}@${f.line}:${f.text}`;
}
