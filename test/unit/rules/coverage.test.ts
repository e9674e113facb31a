// Every rule has its own test file of ruleTester cases: the ids are read from the documentation (docs/rules.md's
// headings, and the client-* checks of docs/alfresco.md's table while they are documented there), so the check does
// not depend on how the registry is laid out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const RULE_TESTS = __dirname;

function documentedRuleIds(): string[] {
  const rules = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
  const ids = [...rules.matchAll(/^### ([a-z][a-z0-9-]*)\s*$/gm)].map((m) => m[1]);
  const alfresco = join(ROOT, 'docs/alfresco.md');
  if (existsSync(alfresco)) ids.push(...[...readFileSync(alfresco, 'utf8').matchAll(/^\| `(client-[a-z-]+)` \|/gm)].map((m) => m[1]));
  return [...new Set(ids)].sort();
}

const OWN_FILES = new Set(['coverage.test.ts']);

test('the documentation names the rules (at least the 40 broker rules and the 9 client checks)', () => {
  const ids = documentedRuleIds();
  assert.ok(ids.length >= 49, `${ids.length} ids: ${ids.join(', ')}`);
  assert.ok(ids.includes('xml-syntax') && ids.includes('client-url-syntax'));
});

test('every documented rule has test/unit/rules/<rule-id>.test.ts running ruleTester on that id with invalid cases', () => {
  const missing: string[] = [];
  for (const id of documentedRuleIds()) {
    const file = join(RULE_TESTS, `${id}.test.ts`);
    if (!existsSync(file)) {
      missing.push(`${id}: no ${id}.test.ts`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const call = text.indexOf(`ruleTester('${id}', {`);
    if (call < 0) missing.push(`${id}: ${id}.test.ts does not call ruleTester('${id}', ...)`);
    else if (!/invalid: \[\s*\{/.test(text.slice(call))) missing.push(`${id}: no invalid case`);
  }
  assert.deepEqual(missing, []);
});

test('every test file in test/unit/rules is a documented rule\'s', () => {
  const ids = new Set(documentedRuleIds());
  const strays = readdirSync(RULE_TESTS).filter((name) => name.endsWith('.test.ts') && !OWN_FILES.has(name) && !ids.has(name.slice(0, -'.test.ts'.length)));
  assert.deepEqual(strays, []);
});
