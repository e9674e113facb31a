// The quick fixes every finding gets: silence its rule for the element it sits in, with an
// `<!-- activemq-lint-ignore rule-id -->` comment before that element, or for the whole file, with an
// `<!-- activemq-lint-disable rule-id -->` at the top, right after the XML declaration (or one more id in the comment
// already there).
import { LINT_COMMENT_PREFIX, parseLintComments, type LintComment } from '../../model/lintComments';
import { elementAt } from '../../parser/xmlTree';
import { LINT_COMMENT_RULE_ID } from '../../rules/lint-comment';
import type { Fix } from '../../rules/types';
import { documentStyle, insertBefore } from '../../base/edits';
import type { Problem } from '../validate';
import type { FeatureContext } from './context';

/** Rules whose findings are not the user's choices to silence: broken XML, and the comments themselves. */
const NOT_IGNORABLE = new Set(['xml-syntax', LINT_COMMENT_RULE_ID]);

export function ignoreFixes({ doc }: FeatureContext, problem: Problem): Fix[] {
  const ruleId = problem.rule.id;
  if (NOT_IGNORABLE.has(ruleId)) return [];
  const element = elementAt(doc.tree, problem.finding.span.start);
  const comments = parseLintComments(doc.tree);
  const fixes: Fix[] = [];
  if (element) {
    const existing = comments.find((c) => c.kind === 'ignore' && c.element === element && c.rules.length > 0);
    fixes.push(existing ? joinFix(`Ignore ${ruleId} for this <${element.name}>`, existing, ruleId) : {
      title: `Ignore ${ruleId} for this <${element.name}>`,
      edits: [insertBefore(doc, element, [`<!-- ${LINT_COMMENT_PREFIX}ignore ${ruleId} -->`])],
    });
  }
  fixes.push(fileFix(doc, comments, ruleId));
  return fixes;
}

/** A disable at the top runs to the end of the file, so it covers the DOCTYPE's findings too. */
function fileFix(doc: FeatureContext['doc'], comments: LintComment[], ruleId: string): Fix {
  const title = `Ignore ${ruleId} in this file`;
  const declaration = /^\uFEFF?<\?xml[^>]*\?>[ \t]*(\r?\n)?/.exec(doc.text);
  const top = declaration ? declaration[0].length : 0;
  const existing = comments.find((c) => c.kind === 'disable' && c.rules.length > 0 && doc.text.slice(top, c.span.start).trim() === '');
  if (existing) return joinFix(title, existing, ruleId);
  const { eol } = documentStyle(doc.text);
  const newText = `${declaration && !declaration[1] ? eol : ''}<!-- ${LINT_COMMENT_PREFIX}disable ${ruleId} -->${eol}`;
  return { title, edits: [{ span: { start: top, end: top }, newText }] };
}

/** One more rule id in a comment that already names rules. */
function joinFix(title: string, comment: LintComment, ruleId: string): Fix {
  const last = comment.rules[comment.rules.length - 1].span.end;
  return { title, edits: [{ span: { start: last, end: last }, newText: `, ${ruleId}` }] };
}
