// Help inside comments: typing `<!-- act` offers the linter directives, after a directive the rule ids (those
// reported in the element an ignore would cover first), and hovering a directive or rule id explains it. Other
// comments get no completion at all: element names inside a comment would only be noise.
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Hover } from 'vscode-languageserver-types';
import { LINT_COMMENT_KINDS, LINT_COMMENT_PREFIX, nextElement, parseLintComments, type LintCommentKind } from '../../model/lintComments';
import { RULES, ruleById } from '../../rules/registry';
import { RULES_DOC_URL, runRules } from '../validate';
import type { FeatureContext } from './context';

const DIRECTIVE_HELP: Record<LintCommentKind, string> = {
  ignore: 'silences the rules named after it (every rule when none is named) in the element that follows, children included',
  disable: 'silences the rules named after it (every rule when none is named) from here to a matching `activemq-lint-enable`, or to the end of the file',
  enable: 'ends an `activemq-lint-disable` for the rules named after it (every disable when none is named)',
};

/** Completion when the cursor is inside a comment, else undefined (the caller goes on with XML completion). */
export function commentCompletion(context: FeatureContext, offset: number): CompletionList | undefined {
  const { text } = context.doc;
  const open = text.lastIndexOf('<!--', offset - 1);
  if (open < 0 || offset < open + 4 || text.lastIndexOf('-->', offset - 1) > open) return undefined;
  const body = text.slice(open + 4, offset);
  const word = /[A-Za-z-]*$/.exec(body)![0];
  const range = context.doc.range({ start: offset - word.length, end: offset });
  if (/^\s*[A-Za-z-]*$/.test(body)) {
    const items = LINT_COMMENT_KINDS.map((kind): CompletionItem => ({
      label: `${LINT_COMMENT_PREFIX}${kind}`,
      kind: CompletionItemKind.Keyword,
      detail: 'activemq-lint',
      documentation: `\`${LINT_COMMENT_PREFIX}${kind}\` ${DIRECTIVE_HELP[kind]}.`,
      textEdit: { range, newText: `${LINT_COMMENT_PREFIX}${kind} ` },
    }));
    return { isIncomplete: false, items };
  }
  const directive = /^\s*activemq-lint-(ignore|disable|enable)\b([^:]*)$/.exec(body);
  if (!directive) return { isIncomplete: false, items: [] };
  const named = new Set(directive[2].split(/[\s,]+/));
  const reportedHere = directive[1] === 'ignore' ? rulesReportedInNextElement(context, open) : new Set<string>();
  const items = RULES.filter((rule) => !named.has(rule.id) || rule.id === word).map((rule): CompletionItem => ({
    label: rule.id,
    kind: CompletionItemKind.Value,
    detail: reportedHere.has(rule.id) ? `${rule.defaultSeverity}, reported in the next element` : rule.defaultSeverity,
    documentation: rule.summary,
    sortText: `${reportedHere.has(rule.id) ? 0 : 1}${rule.id}`,
    textEdit: { range, newText: rule.id },
  }));
  return { isIncomplete: false, items };
}

function rulesReportedInNextElement(context: FeatureContext, commentStart: number): Set<string> {
  const element = nextElement(context.doc.tree, { start: commentStart, end: commentStart + 4 });
  if (!element) return new Set();
  // While the comment names no rule yet it silences every rule in the element: count the silenced ones too.
  const { problems, suppressed } = runRules(context);
  const inside = [...problems, ...suppressed].filter((p) => p.finding.span.start >= element.span.start && p.finding.span.start < element.span.end);
  return new Set(inside.map((p) => p.rule.id));
}

/** Hover over a directive or a rule id in a linter comment. */
export function commentHover(context: FeatureContext, offset: number): Hover | undefined {
  const { doc } = context;
  const span = doc.tree.lintComments.find((c) => offset >= c.start && offset <= c.end);
  if (!span) return undefined;
  const comment = parseLintComments({ ...doc.tree, lintComments: [span] })[0];
  const within = (s: { start: number; end: number }) => offset >= s.start && offset <= s.end;
  const id = comment.rules.find((r) => within(r.span));
  if (id) {
    const rule = ruleById(id.id);
    const value = rule
      ? `**${rule.id}** (${rule.defaultSeverity}, ${rule.category})\n\n${rule.summary}\n\n[Rule documentation](${RULES_DOC_URL}#${rule.id})`
      : `No rule is called \`${id.id}\`.`;
    return { contents: { kind: MarkupKind.Markdown, value }, range: doc.range(id.span) };
  }
  if (within(comment.keywordSpan) && comment.kind) {
    const target = comment.kind === 'ignore' ? (comment.element ? ` Here: the \`<${comment.element.name}>\` on line ${doc.positionAt(comment.element.span.start).line + 1}.` : ' No element follows it here.') : '';
    const value = `**${LINT_COMMENT_PREFIX}${comment.kind}** ${DIRECTIVE_HELP[comment.kind]}.${target}`;
    return { contents: { kind: MarkupKind.Markdown, value }, range: doc.range(comment.keywordSpan) };
  }
  return undefined;
}
