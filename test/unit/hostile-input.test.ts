// Hostile input: entity tricks are neither expanded nor read, oversized files are skipped with one message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/service/languageService';
import type { FileAccess } from '../../server/src/base/files';
import { lint, NS } from '../helpers';

function billionLaughs(): string {
  const decls = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) decls.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE beans [\n${decls.join('\n')}\n]>\n<beans>\n<broker xmlns="${NS}" brokerName="&lol9;"/>\n</beans>\n`;
}

test('a nested-entity expansion ("billion laughs") is not expanded and gets a clear diagnostic', () => {
  const text = billionLaughs();
  const before = process.memoryUsage().heapUsed;
  const { doc, reported } = lint(text);
  // Unexpanded: the attribute keeps its reference as written instead of a 10^9-character string.
  assert.equal(doc.model.broker?.attributes.find((a) => a.name === 'brokerName')?.value, '&lol9;');
  assert.ok(process.memoryUsage().heapUsed - before < 50 * 1024 * 1024);
  const entities = reported.filter((r) => r.rule === 'xml-entities');
  assert.equal(entities.length, 1);
  assert.equal(entities[0].text, '<!DOCTYPE');
  assert.match(entities[0].message, /billion laughs/);
});

test('an external entity pointing at a local file is not read and gets a clear diagnostic', () => {
  const text = `<?xml version="1.0"?>\n<!DOCTYPE beans [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>\n<beans><broker xmlns="${NS}" brokerName="&secret;"/></beans>\n`;
  const reads: string[] = [];
  const refuse = (path: string) => (reads.push(path), { ok: false as const, path, reason: 'no such file', missing: true });
  const spy: FileAccess = { folder: '/config', read: refuse, find: refuse };
  const { doc, reported } = lint(text, undefined, spy);
  assert.equal(doc.model.broker?.attributes.find((a) => a.name === 'brokerName')?.value, '&secret;');
  assert.ok(!reads.some((p) => p.includes('passwd')), reads.join(','));
  const entity = reported.find((r) => r.rule === 'xml-entities');
  assert.match(entity!.message, /external entity/);
});

test('a file above activemqXml.maxFileSizeKB gets one file-too-large error (its severity a rule setting) and nothing else', () => {
  const service = getLanguageService();
  const filler = `<!-- ${'x'.repeat(2048)} -->\n`.repeat(600);
  const text = `<beans><broker xmlns="${NS}"><plugins><authorizationPlugin/></plugins></broker>${filler}</beans>`;
  const diagnostics = service.validateText(text, 'file:///big.xml', { maxFileSizeKB: 1024 });
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].code, 'file-too-large');
  assert.equal(diagnostics[0].severity, 1, 'an error by default: a file not analysed must not pass');
  assert.match(String(diagnostics[0].message), /above the size limit of 1024 KB/);
  assert.equal(service.validateText(text, 'file:///big.xml', { maxFileSizeKB: 1024, rules: { 'file-too-large': 'warning' } })[0].severity, 2);
  assert.deepEqual(service.validateText(text, 'file:///big.xml', { maxFileSizeKB: 1024, rules: { 'file-too-large': 'off' } }), []);
  assert.ok(service.validateText(text, 'file:///big.xml', { maxFileSizeKB: 4096 }).every((d) => d.code !== 'file-too-large'));
});
