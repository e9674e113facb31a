// Writes docs/fidelity.md from test/broker/fidelityData.ts (the test suite checks the file is current).
// Run: node --import tsx scripts/generate-fidelity-doc.ts
import { writeFileSync } from 'node:fs';
import { fidelityMarkdown } from './fidelityMarkdown';

writeFileSync('docs/fidelity.md', fidelityMarkdown());
console.log('wrote docs/fidelity.md');
