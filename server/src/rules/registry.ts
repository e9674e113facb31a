// Every rule the linter knows, in the order their findings are listed. Adding a rule: one module, one line in
// its category's list, its tests, and its docs (docs/rules.md is generated from the rules' own docs).
import { fileNotRead } from './file-not-read';
import { fileTooLarge } from './file-too-large';
import { internalError } from './internal-error';
import { MEANING_RULES } from './meaningRules';
import { STRUCTURE_RULES } from './structureRules';
import { TRANSPORT_RULES } from './transportRules';
import type { Rule } from './types';
import { xmlEntities } from './xml-entities';
import { xmlSyntax } from './xml-syntax';

// file-not-read comes last: it reports the files the rules before it asked for and did not get.
export const RULES: readonly Rule[] = [
  xmlSyntax, xmlEntities, internalError, fileTooLarge, ...STRUCTURE_RULES, ...MEANING_RULES, ...TRANSPORT_RULES, fileNotRead,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
