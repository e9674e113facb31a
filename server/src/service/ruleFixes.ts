// A rule's fixes for one finding, through one gate: in a template, a fix that would write over a template tag, or
// copy the `${…}}` text that stands for one in the parsed XML, would corrupt the template, so it is not offered.
import type { Problem } from './validate';
import type { Fix, RuleContext } from '../rules/types';

/** The stand-in a template expression has in the parsed XML (model/template.ts). */
const TEMPLATE_STAND_IN = /\$\{[A-Za-z0-9_.]*\}\}/;

export function ruleFixes(problem: Pick<Problem, 'rule' | 'finding'>, context: RuleContext, autofixOnly = false): Fix[] {
  const fixes = problem.rule.fixes?.(problem.finding, context, autofixOnly) ?? [];
  const template = context.doc.template;
  if (!template) return fixes;
  return fixes.filter((fix) => fix.edits.every((edit) => !template.overlapsTag(edit.span) && !TEMPLATE_STAND_IN.test(edit.newText)));
}
