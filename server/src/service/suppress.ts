// Applies the linter comments of a document to the rules' problems: a suppressed problem is kept aside (the CLI
// counts it), and a named rule that a comment suppressed nothing of becomes a lint-comment finding.
import { parseLintComments, SuppressionIndex, suppressions, type LintComment } from '../model/lintComments';
import type { ParsedDocument } from '../model/parsedDocument';
import { LINT_COMMENT_RULE_ID, unusedLintComment } from '../rules/lint-comment';
import { ruleById } from '../rules/registry';
import type { Problem, Rule, SuppressedProblem } from '../rules/types';
import type { ResolvedSettings } from '../base/settings';

export interface SuppressionResult {
  kept: Problem[];
  suppressed: SuppressedProblem[];
}

export function applyLintComments(doc: ParsedDocument, settings: ResolvedSettings, problems: Problem[]): SuppressionResult {
  if (doc.tree.lintComments.length === 0) return { kept: problems, suppressed: [] };
  const comments = parseLintComments(doc.tree);
  const all = suppressions(comments, doc.text.length);
  const index = new SuppressionIndex(all);
  const used = new Set<string>();
  const kept: Problem[] = [];
  const suppressed: SuppressedProblem[] = [];
  for (const problem of problems) {
    // A comment cannot silence the findings about comments.
    const by = problem.rule.id === LINT_COMMENT_RULE_ID ? undefined : index.at(problem.rule.id, problem.finding.span.start);
    if (!by) {
      kept.push(problem);
      continue;
    }
    suppressed.push({ ...problem, reason: by.comment.reason });
    used.add(usageKey(by.comment, by.ruleId));
  }
  const lintComment = ruleById(LINT_COMMENT_RULE_ID);
  const severitySetting = settings.rules[LINT_COMMENT_RULE_ID];
  if (lintComment && severitySetting !== 'off' && !doc.template?.unreadable) {
    for (const s of all) {
      if (used.has(usageKey(s.comment, s.ruleId)) || isOffOrUnknown(s.ruleId, settings)) continue;
      used.add(usageKey(s.comment, s.ruleId)); // one finding per comment and rule, however many stretches
      const finding = unusedLintComment(s.comment, s.ruleId);
      kept.push({ rule: lintComment as Rule, finding, severity: severitySetting ?? finding.severity ?? lintComment.defaultSeverity });
    }
    kept.sort((a, b) => a.finding.span.start - b.finding.span.start || a.finding.span.end - b.finding.span.end);
  }
  return { kept, suppressed };
}

function usageKey(comment: LintComment, ruleId: string): string {
  return `${comment.span.start}:${ruleId}`;
}

/** A rule turned off, or not a rule at all (lint-comment reports that itself), cannot be "unused". */
function isOffOrUnknown(ruleId: string, settings: ResolvedSettings): boolean {
  if (ruleId === '*') return false;
  return !ruleById(ruleId) || settings.rules[ruleId] === 'off';
}
