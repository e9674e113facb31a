// Meaning and security rules: what the security setup really grants at run time.
import type { Rule } from './types';

export const MEANING_RULES: readonly Rule[] = [];
