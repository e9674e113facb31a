// Comments addressed to the linter, and the stretch of the document each one covers:
//   <!-- activemq-lint-ignore wildcard-syntax, advisory-access: reason -->   the next element, children included
//   <!-- activemq-lint-disable anonymous-access: reason -->                  from here to a matching enable (or the end)
//   <!-- activemq-lint-enable anonymous-access -->
// No rule ids means every rule. XML forbids `--` inside a comment, so a reason follows a colon, not ESLint's `--`.
import { elementAt, type Span, type XmlElement, type XmlTree } from '../parser/xmlTree';
import { partitionPoint } from '../text/partitionPoint';

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

// The rule, the suppression step and the quick fixes all read one parse's comments: parse them once.
const parsedComments = new WeakMap<XmlTree, LintComment[]>();

export function parseLintComments(tree: XmlTree): LintComment[] {
  let comments = parsedComments.get(tree);
  if (!comments) {
    comments = tree.lintComments.map((span) => parseLintComment(tree, span));
    parsedComments.set(tree, comments);
  }
  return comments;
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
  return siblings[partitionPoint(siblings.length, (i) => siblings[i].span.start < comment.end)];
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

/**
 * Finds the suppression of a finding by rule and offset in about log n steps: per rule, stretches sorted by start
 * with the largest end so far, so a lookup walks back only over stretches that could still reach the offset. A file
 * that ignores each of 10,000 entries must not cost 10,000 x 10,000 comparisons.
 */
export class SuppressionIndex {
  private readonly byRule = new Map<string, { sorted: Suppression[]; maxEnd: number[] }>();

  constructor(readonly all: Suppression[]) {
    const grouped = new Map<string, Suppression[]>();
    for (const s of all) {
      const list = grouped.get(s.ruleId);
      if (list) list.push(s);
      else grouped.set(s.ruleId, [s]);
    }
    for (const [ruleId, list] of grouped) {
      const sorted = list.sort((a, b) => a.span.start - b.span.start);
      const maxEnd: number[] = [];
      sorted.forEach((s, i) => maxEnd.push(Math.max(s.span.end, i > 0 ? maxEnd[i - 1] : 0)));
      this.byRule.set(ruleId, { sorted, maxEnd });
    }
  }

  /** The suppression that silences a finding of `ruleId` starting at `offset`, if any. */
  at(ruleId: string, offset: number): Suppression | undefined {
    return this.find(ruleId, offset) ?? this.find(EVERY_RULE, offset);
  }

  private find(ruleId: string, offset: number): Suppression | undefined {
    const entry = this.byRule.get(ruleId);
    if (!entry) return undefined;
    const { sorted, maxEnd } = entry;
    const after = partitionPoint(sorted.length, (i) => sorted[i].span.start <= offset);
    for (let i = after - 1; i >= 0 && maxEnd[i] > offset; i--) if (sorted[i].span.end > offset) return sorted[i];
    return undefined;
  }
}
