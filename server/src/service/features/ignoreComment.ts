// The quick fix every finding gets: silence its rule for the element it sits in, with an
// `<!-- activemq-lint-ignore rule-id -->` comment before that element (or one more id in the comment already there).
import { LINT_COMMENT_PREFIX, parseLintComments } from '../../model/lintComments';
import { elementAt } from '../../parser/xmlTree';
import { LINT_COMMENT_RULE_ID } from '../../rules/lint-comment';
import type { Fix } from '../../rules/types';
import { insertBefore } from '../edits';
import type { Problem } from '../validate';
import type { FeatureContext } from './context';

/** Rules whose findings are not the user's choices to silence: broken XML, and the comments themselves. */
const NOT_IGNORABLE = new Set(['xml-syntax', LINT_COMMENT_RULE_ID]);

export function ignoreFix({ doc }: FeatureContext, problem: Problem): Fix | undefined {
  const ruleId = problem.rule.id;
  if (NOT_IGNORABLE.has(ruleId)) return undefined;
  const element = elementAt(doc.tree, problem.finding.span.start);
  if (!element) return undefined;
  const title = `Ignore ${ruleId} for this <${element.name}>`;
  const existing = parseLintComments(doc.tree).find((c) => c.kind === 'ignore' && c.element === element && c.rules.length > 0);
  if (existing) {
    const last = existing.rules[existing.rules.length - 1].span.end;
    return { title, edits: [{ span: { start: last, end: last }, newText: `, ${ruleId}` }] };
  }
  return { title, edits: [insertBefore(doc, element, [`<!-- ${LINT_COMMENT_PREFIX}ignore ${ruleId} -->`])] };
}
