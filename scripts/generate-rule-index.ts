// Writes server/src/rules/index.generated.ts, the list of every rule module (the registry groups them by category).
// Run: node --import tsx scripts/generate-rule-index.ts   (the test suite checks the file is current)
import { writeFileSync } from 'node:fs';
import { RULE_INDEX_PATH, ruleIndexSource } from './ruleIndex';

writeFileSync(RULE_INDEX_PATH, ruleIndexSource());
console.log(`wrote ${RULE_INDEX_PATH}`);
