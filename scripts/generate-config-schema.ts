// Writes schemas/activemq-lint.schema.json from the rules (the test suite checks the file is current).
// Run: node --import tsx scripts/generate-config-schema.ts
import { writeFileSync } from 'node:fs';
import { configSchema } from './configSchema';

writeFileSync('schemas/activemq-lint.schema.json', configSchema());
console.log('wrote schemas/activemq-lint.schema.json');
