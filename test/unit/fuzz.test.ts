// Fuzz: every corpus file, example and fixture, mutated the way editing and corruption break files (truncation,
// deleted or duplicated tags and attributes, flipped characters, stray `<` `&` `"`, random non-ASCII), with a
// fixed seed and a bounded number of cases. The service never throws, always answers, and every range it returns
// lies inside the document; fix all settles (a second run finds nothing more) and the status always answers. The
// CLI gets configs in every encoding damaged byte by byte, and every kind of special file as the config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Position, Range, SelectionRange } from 'vscode-languageserver-types';
import { runCli } from '../../server/src/cli';
import { decodeXml, encodeXml, firstInvalidUtf8, roundTripProblem } from '../../server/src/parser/decode';
import { getLanguageService } from '../../server/src/service/languageService';
import { CORPUS_DIR, corpusFiles, needsCorpus } from '../corpus';
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

/** A place just after a start tag's `>` (or the start of the text). */
function afterSomeTag(text: string, rnd: () => number): number {
  const gt = text.indexOf('>', Math.floor(rnd() * text.length));
  return gt < 0 ? 0 : gt + 1;
}

const HOSTILE: ((text: string, rnd: () => number) => string)[] = [
  function deepNesting(text, rnd) {
    const depth = 1000 + Math.floor(rnd() * 20_000);
    const name = ['a', 'authorizationPlugin', 'map', 'amq:x', 'entry'][Math.floor(rnd() * 5)];
    const at = afterSomeTag(text, rnd);
    const closed = rnd() < 0.7;
    return text.slice(0, at) + `<${name}>`.repeat(depth) + (closed ? `</${name}>`.repeat(depth) : '') + text.slice(at);
  },
  function manyAttributes(text, rnd) {
    const count = 1000 + Math.floor(rnd() * 20_000);
    const tag = text.indexOf('<broker');
    const at = tag < 0 ? 1 : tag + '<broker'.length;
    const repeat = rnd() < 0.5;
    const attributes = Array.from({ length: count }, (_, i) => ` ${repeat ? 'a' : `a${i}`}=${rnd() < 0.1 ? "'" : '"'}v${i}"`).join('');
    return text.slice(0, at) + attributes + text.slice(at);
  },
  function forbiddenCharacters(text, rnd) {
    const chars = ['\0', '\u0001', '\u000B', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '&#0;', '&#x1;', '&#xFFFF;'];
    let out = text;
    for (let k = 0; k < 1 + rnd() * 40; k++) {
      const i = Math.floor(rnd() * (out.length + 1));
      out = out.slice(0, i) + chars[Math.floor(rnd() * chars.length)] + out.slice(i);
    }
    return out;
  },
  function internalSubsetEntities(text, rnd) {
    const declarations = [
      '<!ENTITY q "ORDERS">', '<!ENTITY n "&q;.&q;">', '<!ENTITY r "x&r;">', '<!ENTITY m "<plugins/>">', '<!ENTITY lt2 "a&#60;b">',
      '<!ENTITY e SYSTEM "file:///etc/passwd">', '<!ENTITY l0 "lol">',
      ...Array.from({ length: 6 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`),
    ];
    const names = ['q', 'n', 'r', 'm', 'lt2', 'e', 'l3', 'l6', 'undeclared'];
    let out = text.replace(/^(\uFEFF?<\?xml[^>]*\?>)?/, (decl) => `${decl}<!DOCTYPE beans [ ${declarations.join(' ')} ]>\n`);
    for (let k = 0; k < 1 + rnd() * 10; k++) {
      const quote = out.indexOf('="', Math.floor(rnd() * out.length));
      if (quote < 0) continue;
      out = out.slice(0, quote + 2) + `&${names[Math.floor(rnd() * names.length)]};` + out.slice(quote + 2);
    }
    return out;
  },
];

/** The corpus (where it is beside the checkout: the test that needs it says so), the examples and the fixtures. */
function sources(): { name: string; text: string }[] {
  const files = (existsSync(CORPUS_DIR) ? corpusFiles() : []).map((f) => ({ name: f.name, text: f.text }));
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

/** Runs every feature on `text` and checks that each answers with ranges inside the document. */
function exercise(service: ReturnType<typeof getLanguageService>, text: string, what: string, rnd: () => number, cases: number): void {
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
}

test(`fuzz: ${CASES_PER_FILE} mutations of every corpus file, example and fixture (seed ${SEED})`, needsCorpus(), () => {
  const service = getLanguageService();
  const rnd = random(SEED);
  let cases = 0;
  for (const source of sources()) {
    for (let k = 0; k < CASES_PER_FILE; k++) {
      const text = mutate(rnd() < 0.3 ? mutate(source.text, rnd) : source.text, rnd);
      exercise(service, text, `${source.name} case ${k}`, rnd, cases);
      cases++;
    }
  }
  assert.ok(cases > 1000, `only ${cases} cases`);
});

const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'iso-8859-1', 'windows-1252'] as const;

/** A config's text as bytes in an encoding its declaration (or byte order mark) names, or undefined if it does not fit. */
function encoded(text: string, encoding: (typeof ENCODINGS)[number], rnd: () => number): Buffer | undefined {
  const body = text.replace(/^\uFEFF?(<\?xml[^?]*\?>)?/, '');
  const bom = encoding.startsWith('utf-16') || rnd() < 0.3;
  const result = encodeXml(`<?xml version="1.0" encoding="${encoding.startsWith('utf-16') ? 'UTF-16' : encoding}"?>${body}`, encoding, bom);
  return 'bytes' in result ? result.bytes : undefined;
}

/** Byte-level damage: a random byte flipped, inserted, deleted, or the end cut off (half a character, say). */
function damage(bytes: Buffer, rnd: () => number): Buffer {
  const at = Math.floor(rnd() * (bytes.length + 1));
  const byte = Buffer.from([Math.floor(rnd() * 256)]);
  switch (Math.floor(rnd() * 4)) {
    case 0: return Buffer.concat([bytes.subarray(0, at), byte, bytes.subarray(at + 1)]);
    case 1: return Buffer.concat([bytes.subarray(0, at), byte, bytes.subarray(at)]);
    case 2: return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
    default: return bytes.subarray(0, at);
  }
}

test(`fuzz: configs in every encoding, damaged byte by byte, through the CLI (seed ${SEED})`, () => {
  const rnd = random(SEED);
  let cases = 0;
  // 40 configs (the corpus's first where it is beside the checkout; else the examples and fixtures alone).
  const configs = sources().filter((s) => s.name.endsWith('.xml')).slice(0, 40);
  for (const source of configs) {
    for (const encoding of ENCODINGS) {
      const clean = encoded(source.text, encoding, rnd);
      if (!clean) continue;
      const bytes = rnd() < 0.2 ? clean : damage(rnd() < 0.3 ? damage(clean, rnd) : clean, rnd);
      const what = `${source.name} in ${encoding}, case ${cases}`;
      const decoded = decodeXml(bytes);
      for (const p of decoded.problems) assert.ok(p.offset >= 0 && p.offset <= decoded.text.length, `${what}: problem at ${p.offset}`);
      assert.equal(firstInvalidUtf8(bytes) === -1, isUtf8(bytes), `${what}: UTF-8 validity`);
      if (decoded.problems.length === 0 && (ENCODINGS as readonly string[]).includes(decoded.encoding)) {
        assert.equal(roundTripProblem(bytes, decoded), undefined, `${what}: decoded without a problem, so the bytes come back`);
      }
      const result = runCli(['--format', 'json', '--stdin-filename', `fuzz-${cases}.xml`, '-'], () => ({ kind: 'bytes', bytes }));
      assert.ok(result.exitCode === 0 || result.exitCode === 1, `${what}: exit ${result.exitCode} ${result.stderr}`);
      const lengths = lineLengths(decoded.text);
      for (const p of JSON.parse(result.stdout) as { line: number; column: number; endLine: number; endColumn: number; code: string }[]) {
        assertInside({ start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.endLine - 1, character: p.endColumn - 1 } }, lengths, `${what} ${p.code}`);
      }
      cases++;
    }
  }
  // Most configs fit every encoding (ISO-8859-1 and windows-1252 refuse the few with other characters).
  assert.ok(cases > configs.length * 2, `only ${cases} cases from ${configs.length} configs`);
});

test('fuzz: every kind of special file as the config ends at once with exit 2, the reason, and the file listed', { skip: process.platform === 'win32' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'activemq-lint-special-'));
  const fifo = join(dir, 'fifo.xml');
  spawnSync('mkfifo', [fifo]);
  const socket = join(dir, 'socket.xml');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  symlinkSync('/dev/zero', join(dir, 'zero-link.xml'));
  symlinkSync(join(dir, 'loop.xml'), join(dir, 'loop.xml'));
  symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.xml'));
  try {
    for (const path of ['/dev/null', '/dev/zero', '/dev/urandom', fifo, socket, dir, join(dir, 'zero-link.xml'), join(dir, 'loop.xml'), join(dir, 'dangling.xml')]) {
      const result = runCli(['--format', 'json', path]);
      assert.equal(result.exitCode, 2, path);
      assert.match(result.stderr, /cannot read .*: (it is|no such file|too many symbolic links)/, path);
      assert.deepEqual(JSON.parse(result.stdout).map((p: { file: string; code: string }) => [p.file, p.code]), [[path, 'not-analysed']], path);
    }
  } finally {
    server.close();
  }
});

test(`fuzz: hostile shapes (deep nesting, many attributes, forbidden characters, internal-subset entities) in examples (seed ${SEED})`, () => {
  const service = getLanguageService();
  const rnd = random(SEED + 1);
  const bases = sources().filter((s) => s.name.startsWith('examples') && s.name.endsWith('.xml'));
  let cases = 0;
  for (const base of bases) {
    for (const generate of HOSTILE) {
      const text = generate(base.text, rnd);
      exercise(service, text, `${base.name} ${generate.name} case ${cases}`, rnd, cases);
      // A document that still parses as a broker must be analysed by every rule: none may fail on these shapes.
      assert.deepEqual(service.validate(service.parse(text, `file:///fuzz/h${cases}.xml`)).filter((d) => d.code === 'internal-error'), [], `${base.name} ${generate.name}`);
      service.forget(`file:///fuzz/h${cases}.xml`);
      cases++;
    }
  }
  assert.ok(cases >= HOSTILE.length, `only ${cases} cases`);
});
