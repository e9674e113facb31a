// .activemq-lint.json: what it sets, what it gets wrong said with its place and a suggestion, the rest kept; the
// user's or the command line's settings above it; its JSON schema current with the rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { layerSettings, parseProjectConfig } from '../../server/src/service/projectConfig';
import { RULES } from '../../server/src/rules/registry';
import { SEVERITY_SETTINGS } from '../../server/src/base/settings';
import { configSchema, manifestWithRuleSettings } from '../../scripts/configSchema';
import fc from 'fast-check';

const parse = (text: string) => parseProjectConfig(text, '/repo/.activemq-lint.json');

test('rules and brokerVersion are read; a byte order mark and $schema are fine', () => {
  const config = parse('\uFEFF{ "$schema": "./schema.json", "rules": { "unused-group": "off", "anonymous-access": "error" }, "brokerVersion": "5.18.3" }');
  assert.deepEqual(config.problems, []);
  assert.deepEqual(config.settings, { rules: { 'unused-group': 'off', 'anonymous-access': 'error' }, brokerVersion: '5.18.3' });
});

test('broken JSON is placed by line and column', () => {
  assert.deepEqual(parse('{\n  "rules": {,}\n}').problems, ["not valid JSON at line 2, column 13: Expected property name or '}'"]);
  // Cut off: the place is the end of the text.
  assert.match(parse('{\n"rules": ').problems[0], /^not valid JSON at line 2, column 10: /);
  assert.deepEqual(parse('[]').problems, ['must be a JSON object, e.g. { "rules": { "unused-group": "off" } }']);
});

test('each mistake is named with its place and the nearest right name, and the rest still applies', () => {
  const config = parse(JSON.stringify({
    rule: {},
    rules: { 'unused-grop': 'off', 'weak-password': 'warn', 'anonymous-access': 'error', 'pattern-overlap': 0 },
    brokerVersion: 'latest',
  }));
  assert.deepEqual(config.problems, [
    'rule: not a setting (did you mean "rules"?); the settings are "rules" and "brokerVersion"',
    'rules.unused-grop: no rule is called "unused-grop" (did you mean "unused-group"?); docs/rules.md lists them',
    'rules.weak-password: the severity must be off, hint, info, warning, error, not "warn"',
    'rules.pattern-overlap: the severity must be off, hint, info, warning, error, not 0',
    'brokerVersion: "latest" is not a version like "5.18.3"',
  ]);
  assert.deepEqual(config.settings, { rules: { 'anonymous-access': 'error' } });
  assert.deepEqual(parse('{ "rules": ["unused-group"] }').problems, ['rules: must be an object of rule ids and severities, e.g. { "unused-group": "off" }']);
});

test('the upper layer (editor setting or --rule) wins rule by rule; the project fills in the rest', () => {
  const project = parse('{ "rules": { "unused-group": "off", "anonymous-access": "error" }, "brokerVersion": "5.15.0" }');
  const layered = layerSettings(project, { rules: { 'unused-group': 'warning' }, maxFileSizeKB: 10 });
  assert.deepEqual(layered.rules, { 'unused-group': 'warning', 'anonymous-access': 'error' });
  assert.equal(layered.brokerVersion, '5.15.0');
  assert.equal(layered.maxFileSizeKB, 10);
  assert.equal(layerSettings(project, { brokerVersion: '6.1.0' }).brokerVersion, '6.1.0');
  assert.deepEqual(layerSettings(undefined, { rules: { a: 'off' } }), { rules: { a: 'off' } });
});

test('schemas/activemq-lint.schema.json and the activemqXml.rules setting are current (regenerate with: node --import tsx scripts/generate-config-schema.ts) and offer every rule and severity', () => {
  const text = readFileSync('schemas/activemq-lint.schema.json', 'utf8');
  assert.equal(text, configSchema());
  const schema = JSON.parse(text);
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), RULES.map((r) => r.id).sort());
  for (const rule of Object.values<{ enum: string[] }>(schema.properties.rules.properties)) assert.deepEqual(rule.enum, [...SEVERITY_SETTINGS]);
  const manifestText = readFileSync('package.json', 'utf8');
  assert.equal(manifestText, manifestWithRuleSettings(manifestText), 'the activemqXml.rules setting lists every rule (regenerate)');
  const manifest = JSON.parse(manifestText);
  assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.activemq-lint.json', url: './schemas/activemq-lint.schema.json' }]);
});

test('any text or JSON value: never a throw, and only known rules with valid severities get through', () => {
  const ids = RULES.map((r) => r.id);
  const anyRules = fc.dictionary(fc.oneof(fc.constantFrom(...ids), fc.string()), fc.oneof(fc.constantFrom(...SEVERITY_SETTINGS), fc.string(), fc.integer(), fc.constant(null)));
  const anyConfig = fc.oneof(
    fc.string(),
    fc.json(),
    fc.record({ rules: fc.oneof(anyRules, fc.json().map((j) => JSON.parse(j))), brokerVersion: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
  );
  fc.assert(fc.property(anyConfig, (text) => {
    const config = parseProjectConfig(text, '/x/.activemq-lint.json');
    assert.ok(config.problems.every((p) => typeof p === 'string' && p.length > 0));
    for (const [id, severity] of Object.entries(config.settings.rules ?? {})) {
      assert.ok(ids.includes(id) && (SEVERITY_SETTINGS as readonly string[]).includes(severity), `${id}: ${severity}`);
    }
  }), { seed: 20261130, numRuns: 500 });
});
