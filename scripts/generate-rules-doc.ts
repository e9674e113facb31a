// Writes docs/rules.md from the rules' own docs, so the documentation and the code cannot drift apart.
// Run: node --import tsx scripts/generate-rules-doc.ts   (the test suite checks the file is current)
import { writeFileSync } from 'node:fs';
import { rulesMarkdown } from './rulesMarkdown';

writeFileSync('docs/rules.md', rulesMarkdown());
console.log('wrote docs/rules.md');
