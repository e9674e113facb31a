// Comments addressed to the linter, and the stretch of the document each one covers:
//   <!-- activemq-lint-ignore wildcard-syntax, advisory-access: reason -->   the next element, children included
//   <!-- activemq-lint-disable anonymous-access: reason -->                  from here to a matching enable (or the end)
//   <!-- activemq-lint-enable anonymous-access -->
// No rule ids means every rule. XML forbids `--` inside a comment, so a reason follows a colon, not ESLint's `--`.
import { elementAt, type Span, type XmlElement, type XmlTree } from '../parser/xmlTree';

export type LintCommentKind = 'ignore' | 'disable' | 'enable';
export const LINT_COMMENT_KINDS: readonly LintCommentKind[] = ['ignore', 'disable', 'enable'];
export const LINT_COMMENT_PREFIX = 'activemq-lint-';

export interface LintComment {
  /** The whole comment, `<!--` to `-->`. */
  span: Span;
  /** The word after `activemq-lint-` as written, and its span (prefix included). */
  keyword: string;
  keywordSpan: Span;
  kind: LintCommentKind | undefined;
  /** The rule ids named, each with its span; empty means every rule. */
  rules: { id: string; span: Span }[];
  reason: string | undefined;
  /** For `ignore`: the element it covers, when one follows the comment in the same parent. */
  element: XmlElement | undefined;
}

/** A stretch in which findings of one rule (or of every rule, `*`) are suppressed, and the comment that made it. */
export interface Suppression {
  comment: LintComment;
  ruleId: string;
  span: Span;
}

const EVERY_RULE = '*';

export function parseLintComments(tree: XmlTree): LintComment[] {
  return tree.lintComments.map((span) => parseLintComment(tree, span));
}

function parseLintComment(tree: XmlTree, span: Span): LintComment {
  const { text } = tree;
  const bodyStart = span.start + 4;
  const body = text.slice(bodyStart, span.end - 3);
  const head = /^(\s*)activemq-lint-([A-Za-z-]*)/.exec(body)!;
  const keywordStart = bodyStart + head[1].length;
  const keyword = head[2];
  const colon = body.indexOf(':', head[0].length);
  const listEnd = colon < 0 ? body.length : colon;
  const rules = [...body.slice(head[0].length, listEnd).matchAll(/[^\s,]+/g)].map((m) => {
    const start = bodyStart + head[0].length + m.index;
    return { id: m[0], span: { start, end: start + m[0].length } };
  });
  const kind = (LINT_COMMENT_KINDS as readonly string[]).includes(keyword) ? (keyword as LintCommentKind) : undefined;
  return {
    span,
    keyword,
    keywordSpan: { start: keywordStart, end: keywordStart + LINT_COMMENT_PREFIX.length + keyword.length },
    kind,
    rules,
    reason: colon < 0 ? undefined : body.slice(colon + 1).trim() || undefined,
    element: kind === 'ignore' ? nextElement(tree, span) : undefined,
  };
}

/** The element right after the comment in the same parent (comments and text in between do not matter). */
export function nextElement(tree: XmlTree, comment: Span): XmlElement | undefined {
  const parent = elementAt(tree, comment.start);
  const siblings = parent ? parent.children : tree.roots;
  let lo = 0;
  let hi = siblings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (siblings[mid].span.start < comment.end) lo = mid + 1;
    else hi = mid;
  }
  return siblings[lo];
}

/** Every suppressed stretch: an ignore covers its element, a disable runs to the enable that ends it or to the end. */
export function suppressions(comments: LintComment[], textLength: number): Suppression[] {
  const result: Suppression[] = [];
  const open = new Map<string, { comment: LintComment; start: number }>();
  const close = (ruleId: string, end: number) => {
    const started = open.get(ruleId);
    if (!started) return;
    result.push({ comment: started.comment, ruleId, span: { start: started.start, end } });
    open.delete(ruleId);
  };
  for (const comment of comments) {
    const ids = comment.rules.length > 0 ? comment.rules.map((r) => r.id) : [EVERY_RULE];
    if (comment.kind === 'ignore' && comment.element) {
      for (const ruleId of ids) result.push({ comment, ruleId, span: comment.element.span });
    } else if (comment.kind === 'disable') {
      for (const ruleId of ids) if (!open.has(ruleId)) open.set(ruleId, { comment, start: comment.span.end });
    } else if (comment.kind === 'enable') {
      for (const ruleId of comment.rules.length > 0 ? ids : [...open.keys()]) close(ruleId, comment.span.start);
    }
  }
  for (const ruleId of [...open.keys()]) close(ruleId, textLength);
  return result;
}

/** The suppression that silences a finding of `ruleId` starting at `offset`, if any. */
export function suppressionAt(all: Suppression[], ruleId: string, offset: number): Suppression | undefined {
  return all.find((s) => (s.ruleId === ruleId || s.ruleId === EVERY_RULE) && offset >= s.span.start && offset < s.span.end);
}
