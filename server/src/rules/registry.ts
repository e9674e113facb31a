// Every rule the linter knows, grouped by its declared category, in the order their findings are listed. The rule
// modules come from index.generated.ts (scripts/generate-rule-index.ts); docs/rules.md is generated from their docs.
import { RULE_MODULES } from './index.generated';
import type { Rule, RuleCategory } from './types';

export const CATEGORY_ORDER: readonly RuleCategory[] = ['structure', 'meaning', 'security', 'transport', 'client'];

// file-not-read comes last: it reports the files the rules before it asked for and did not get.
const RUNS_LAST = 'file-not-read';

export const RULES: readonly Rule[] = CATEGORY_ORDER.flatMap((category) =>
  RULE_MODULES.filter((rule) => rule.category === category && rule.id !== RUNS_LAST),
).concat(RULE_MODULES.filter((rule) => rule.id === RUNS_LAST));

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
