// Fuzz: every corpus file, example and fixture, mutated the way editing and corruption break files (truncation,
// deleted or duplicated tags and attributes, flipped characters, stray `<` `&` `"`, random non-ASCII), with a
// fixed seed and a bounded number of cases. The service never throws, always answers, and every range it returns
// lies inside the document; fix all settles (a second run finds nothing more) and the status always answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Position, Range, SelectionRange } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service/languageService';
import { corpusFiles } from '../corpus';
import { seededRandom } from '../helpers';

const CASES_PER_FILE = Number(process.env.FUZZ_CASES ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);

const random = seededRandom;

const NOISE = ['<', '&', '"', "'", '>', '/>', '</', '<!--', ']]>', '${', '\u00e9', '\u{1F600}', '\uD800', '\r', '\u2028', '\t', '\0',
  '<!-- activemq-lint-ignore -->', '<!-- activemq-lint-disable wildcard-syntax, x: why -->', '<!-- activemq-lint-enable -->', '<!-- activemq-lint-'];

function mutate(text: string, rnd: () => number): string {
  const at = () => Math.floor(rnd() * (text.length + 1));
  switch (Math.floor(rnd() * 7)) {
    case 0:
      return text.slice(0, at());
    case 1: {
      // Delete a tag.
      const start = text.indexOf('<', at());
      const end = text.indexOf('>', start);
      return start < 0 || end < 0 ? text.slice(1) : text.slice(0, start) + text.slice(end + 1);
    }
    case 2: {
      // Duplicate a tag.
      const start = text.indexOf('<', at());
      const end = text.indexOf('>', start);
      return start < 0 || end < 0 ? text + text : text.slice(0, end + 1) + text.slice(start, end + 1) + text.slice(end + 1);
    }
    case 3: {
      // Delete or duplicate an attribute.
      const eq = text.indexOf('="', at());
      if (eq < 0) return text;
      const nameStart = text.lastIndexOf(' ', eq) + 1;
      const valueEnd = text.indexOf('"', eq + 2) + 1;
      const attr = text.slice(nameStart, valueEnd);
      return rnd() < 0.5 ? text.slice(0, nameStart) + text.slice(valueEnd) : text.slice(0, valueEnd) + ' ' + attr + text.slice(valueEnd);
    }
    case 4: {
      // Flip characters.
      const chars = text.split('');
      for (let k = 0; k < 1 + rnd() * 5; k++) {
        const i = Math.floor(rnd() * chars.length);
        chars[i] = String.fromCharCode(chars[i]?.charCodeAt(0) ^ (1 << Math.floor(rnd() * 7)) || 65);
      }
      return chars.join('');
    }
    default: {
      const i = at();
      return text.slice(0, i) + NOISE[Math.floor(rnd() * NOISE.length)] + text.slice(i);
    }
  }
}

function sources(): { name: string; text: string }[] {
  const files = corpusFiles().map((f) => ({ name: f.name, text: f.text }));
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  for (const path of [...walk('examples'), ...walk('test/fixtures')]) {
    if (/\.(xml|properties)$/.test(path)) files.push({ name: path, text: readFileSync(path, 'utf8') });
  }
  return files;
}

function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function assertInside(range: Range | undefined, lengths: number[], what: string): void {
  if (!range) return;
  for (const p of [range.start, range.end] as Position[]) {
    assert.ok(p.line >= 0 && p.line < lengths.length, `${what}: line ${p.line} outside ${lengths.length} lines`);
    assert.ok(p.character >= 0 && p.character <= lengths[p.line], `${what}: character ${p.character} outside line ${p.line} of ${lengths[p.line]}`);
  }
}

test(`fuzz: ${CASES_PER_FILE} mutations of every corpus file, example and fixture (seed ${SEED})`, () => {
  const service = getLanguageService();
  const rnd = random(SEED);
  let cases = 0;
  for (const source of sources()) {
    for (let k = 0; k < CASES_PER_FILE; k++) {
      const text = mutate(rnd() < 0.3 ? mutate(source.text, rnd) : source.text, rnd);
      const what = `${source.name} case ${k}`;
      const lengths = lineLengths(text);
      const doc = service.parse(text, `file:///fuzz/${cases}.xml`);
      const diagnostics = service.validate(doc);
      for (const d of diagnostics) assertInside(d.range, lengths, `${what} diagnostic ${d.code}`);
      const context = service.context(doc);
      const position = doc.positionAt(Math.floor(rnd() * (text.length + 1)));
      const hover = service.hover(context, position);
      assertInside(hover?.range, lengths, `${what} hover`);
      for (const item of service.completion(context, position).items) {
        const edit = item.textEdit;
        assertInside(edit && 'range' in edit ? edit.range : undefined, lengths, `${what} completion`);
      }
      for (const s of service.documentSymbols(context)) assertInside(s.range, lengths, `${what} symbol`);
      for (const action of service.codeActions(context, { start: position, end: position }, diagnostics, ['quickfix', 'source.fixAll'])) {
        for (const edits of Object.values(action.edit?.changes ?? {})) for (const e of edits) assertInside(e.range, lengths, `${what} fix`);
      }
      for (const h of service.documentHighlights(context, position)) assertInside(h.range, lengths, `${what} highlight`);
      for (const l of service.definition(context, position)) assertInside(l.range, lengths, `${what} definition`);
      for (const l of service.documentLinks(context)) assertInside(l.range, lengths, `${what} link`);
      for (const f of service.foldingRanges(context)) assert.ok(f.startLine < f.endLine && f.endLine < lengths.length, `${what} fold ${f.startLine}-${f.endLine}`);
      for (const r of service.linkedEditingRanges(context, position)?.ranges ?? []) assertInside(r, lengths, `${what} linked editing`);
      for (let r: SelectionRange | undefined = service.selectionRanges(context, [position])[0]; r; r = r.parent) assertInside(r.range, lengths, `${what} selection`);
      assert.ok(service.documentStatus(text, `file:///fuzz/${cases}.xml`).label.length > 0, `${what} status`);
      const fixed = service.fixText(text, `file:///fuzz/fixed/${cases}.xml`);
      assert.equal(service.fixText(fixed.text, `file:///fuzz/fixed/${cases}.xml`).fixed, 0, `${what} fix all is not stable`);
      service.forget(`file:///fuzz/fixed/${cases}.xml`);
      service.forget(`file:///fuzz/${cases}.xml`);
      cases++;
    }
  }
  assert.ok(cases > 1000, `only ${cases} cases`);
});
