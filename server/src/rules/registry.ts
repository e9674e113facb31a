// Every rule the linter knows, in the order their findings are listed. Adding a rule: one module, one line in
// its category's list, its tests, and its docs (docs/rules.md is generated from the rules' own docs).
import { internalError } from './internal-error';
import { MEANING_RULES } from './meaningRules';
import { STRUCTURE_RULES } from './structureRules';
import { TRANSPORT_RULES } from './transportRules';
import type { Rule } from './types';
import { xmlEntities } from './xml-entities';
import { xmlSyntax } from './xml-syntax';

export const RULES: readonly Rule[] = [xmlSyntax, xmlEntities, internalError, ...STRUCTURE_RULES, ...MEANING_RULES, ...TRANSPORT_RULES];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
