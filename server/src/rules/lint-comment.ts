// lint-comment: the comments that silence findings must say what they mean: a known directive, known rule ids,
// an element to ignore, and something to silence. A comment that silences nothing hides the next real finding.
import { LINT_COMMENT_KINDS, LINT_COMMENT_PREFIX, parseLintComments, type LintComment } from '../model/lintComments';
import type { Span } from '../parser/xmlTree';
import { removalSpan } from '../base/edits';
import { nearestName } from '../text/nearest';
import type { Finding, Fix, Rule } from './types';

export const LINT_COMMENT_RULE_ID = 'lint-comment';

type LintCommentData =
  | { replace: Span; with: string }
  | { remove: Span };

export const lintComment: Rule = {
  id: LINT_COMMENT_RULE_ID,
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'A comment that silences findings names an unknown directive or rule, ignores no element, or silences nothing.',
  docs: {
    autofix: false,
  },
  check({ doc, ruleIds }) {
    if (doc.tree.lintComments.length === 0) return [];
    const known = new Set(ruleIds);
    const findings: Finding[] = [];
    for (const comment of parseLintComments(doc.tree)) {
      if (!comment.kind) {
        findings.push(unknownDirective(comment));
        continue;
      }
      for (const rule of comment.rules) {
        if (known.has(rule.id)) continue;
        const suggestion = nearestName(rule.id, ruleIds);
        findings.push({
          span: rule.span,
          message: `No rule is called \`${rule.id}\`, so this comment silences nothing.${suggestion ? ` Did you mean \`${suggestion}\`?` : ' The rule id is the code the diagnostic shows.'}`,
          data: suggestion ? ({ replace: rule.span, with: suggestion } satisfies LintCommentData) : undefined,
        });
      }
      if (comment.kind === 'ignore' && !comment.element) {
        findings.push({ span: comment.keywordSpan, message: '`activemq-lint-ignore` covers the element right after it, but no element follows it ' +
          'here (in the same parent), so it silences nothing.', data: { remove: comment.span } satisfies LintCommentData });
      }
    }
    return findings;
  },
  fixes(finding, { doc }) {
    const data = finding.data as LintCommentData | undefined;
    if (!data) return [];
    if ('replace' in data) return [{ title: `Change to \`${data.with}\``, edits: [{ span: data.replace, newText: data.with }], preferred: true }];
    const wholeComment = doc.text.startsWith('<!--', data.remove.start);
    const span = wholeComment ? removalSpan(doc.text, data.remove) : data.remove;
    return [{ title: wholeComment ? 'Remove this comment' : 'Remove this rule id from the comment', edits: [{ span, newText: '' }] } satisfies Fix];
  },
};

function unknownDirective(comment: LintComment): Finding {
  // ESLint's habit: a user who writes `disable-next-line` means the next element.
  const meant = /^disable-(next-)?line$/.test(comment.keyword) ? 'ignore' : nearestName(comment.keyword, LINT_COMMENT_KINDS);
  const known = LINT_COMMENT_KINDS.map((k) => `\`${LINT_COMMENT_PREFIX}${k}\``).join(', ');
  return {
    span: comment.keywordSpan,
    message: `\`${LINT_COMMENT_PREFIX}${comment.keyword}\` is not a linter comment, so it silences nothing; the linter knows ${known}.${meant ? ` Did you mean \`${LINT_COMMENT_PREFIX}${meant}\`?` : ''}`,
    data: meant ? ({ replace: comment.keywordSpan, with: `${LINT_COMMENT_PREFIX}${meant}` } satisfies LintCommentData) : undefined,
  };
}

/** The finding for a comment that silenced nothing of `ruleId` (`*` when it names no rule). */
export function unusedLintComment(comment: LintComment, ruleId: string): Finding {
  const named = comment.rules.find((r) => r.id === ruleId);
  const where = comment.kind === 'ignore' ? `in the <${comment.element?.name ?? '…'}> after it` : 'where it is disabled';
  const what = named ? `\`${ruleId}\` reports nothing ${where}` : `no rule reports anything ${where}`;
  const onlyOne = !named || comment.rules.length === 1;
  return {
    span: named ? named.span : comment.keywordSpan,
    message: `This comment silences nothing: ${what}. Left in place, it would hide the next real finding there.`,
    severity: 'info',
    unnecessary: true,
    data: { remove: onlyOne ? comment.span : listItemRemoval(comment, named!.span) } satisfies LintCommentData,
  };
}

/** The id with the separator after it (or, for the last id, the one before it). */
function listItemRemoval(comment: LintComment, span: Span): Span {
  const index = comment.rules.findIndex((r) => r.span.start === span.start);
  const next = comment.rules[index + 1];
  if (next) return { start: span.start, end: next.span.start };
  return { start: comment.rules[index - 1].span.end, end: span.end };
}
