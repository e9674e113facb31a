// Writes docs/fidelity.md from the broker tests' verifies() calls and the differential figures.
// Run: node --import tsx scripts/generate-fidelity-doc.ts   (the test suite checks the file is current)
import { writeFileSync } from 'node:fs';
import { fidelityMarkdown } from './fidelity';

writeFileSync('docs/fidelity.md', fidelityMarkdown());
console.log('wrote docs/fidelity.md');
