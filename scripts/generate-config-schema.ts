// Writes schemas/activemq-lint.schema.json and the activemqXml.rules setting's schema in package.json from the
// rules (the test suite checks both are current). Run: node --import tsx scripts/generate-config-schema.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { configSchema, manifestWithRuleSettings } from './configSchema';

writeFileSync('schemas/activemq-lint.schema.json', configSchema());
writeFileSync('package.json', manifestWithRuleSettings(readFileSync('package.json', 'utf8')));
console.log('wrote schemas/activemq-lint.schema.json and the activemqXml.rules schema in package.json');
