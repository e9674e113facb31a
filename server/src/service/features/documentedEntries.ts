// "Insert documented authorization entries": every entry that ActiveMQ's and Alfresco's documentation call for
// and the config lacks (an authorization map at all, the advisory topics, temporary destinations), in one edit,
// so that one command fills them all in and one undo takes them out. Each fix is computed on the text the one
// before it left, since every insertion moves where the next one goes.
import { parseDocument } from '../../model/parsedDocument';
import { RULES } from '../../rules/registry';
import type { Edit, Fix } from '../../rules/types';
import { applyEdits, replacementBetween } from '../../base/edits';
import { createRuleContext, runRules } from '../validate';
import type { FeatureContext } from './context';
import { ruleFixes } from '../ruleFixes';

/** The rules whose preferred fix inserts an entry the documentation asks for. */
export const DOCUMENTED_ENTRY_RULES: readonly string[] = ['no-authorization', 'advisory-access', 'temp-destination-access'];

export interface DocumentedEntries {
  /** One replacement in the original document covering every insertion; undefined when nothing is missing. */
  edit: Edit | undefined;
  /** The titles of the fixes applied, in order. */
  titles: string[];
}

export function documentedEntries(context: FeatureContext): DocumentedEntries {
  const original = context.doc.text;
  const titles: string[] = [];
  let current = context;
  // Later rounds run only the documented-entry rules (as configured): the other rules' findings are not needed,
  // and on a large map each full run costs a validation.
  const settings = { ...context.settings, rules: Object.fromEntries(RULES.map((r) => [r.id, DOCUMENTED_ENTRY_RULES.includes(r.id) ? context.settings.rules[r.id] : 'off'])) };
  // Each round inserts one entry and clears one finding; the bound stops a fix that would not clear its own.
  for (let round = 0; round < DOCUMENTED_ENTRY_RULES.length * 2; round++) {
    const fix = firstDocumentedFix(current);
    if (!fix) break;
    const text = applyEdits(current.doc.text, fix.edits);
    if (text === current.doc.text) break;
    titles.push(fix.title);
    current = createRuleContext(parseDocument(text, context.doc.uri, context.doc.version), settings, context.files);
  }
  const text = current.doc.text;
  return { edit: text === original ? undefined : replacementBetween(original, text), titles };
}

function firstDocumentedFix(context: FeatureContext): Fix | undefined {
  for (const problem of runRules(context).problems) {
    if (!DOCUMENTED_ENTRY_RULES.includes(problem.rule.id)) continue;
    const fix = ruleFixes(problem, context).find((f) => f.preferred);
    if (fix) return fix;
  }
  return undefined;
}
