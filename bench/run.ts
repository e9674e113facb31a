// npm run bench: parse, model and analysis timings on generated configs, as medians and ratios to a bare
// @xmldom/xmldom parse of the same text. Figures are printed, never asserted.
import { DOMParser } from '@xmldom/xmldom';
import os from 'node:os';
import { analyseOverlaps, coverageAll } from '../server/src/destinations';
import { parseDocument } from '../server/src/model/parsedDocument';
import { entryInput } from '../server/src/service/analysis';
import { getLanguageService } from '../server/src/service/languageService';
import { generateConfig } from './generateConfig';
import { ms, ratio, table, time } from './measure';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 7);

console.log(`activemq-xml benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, median of ${runs} runs\n`);

const rows: string[][] = [];
const baseline = new Map<number, { parse: number; model: number; overlap: number; full: number }>();
for (const size of sizes) {
  const text = generateConfig(size);
  const parse = time(runs, () => new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml'));
  const model = time(runs, () => parseDocument(text));
  const doc = parseDocument(text);
  const inputs = doc.model.entries.map(entryInput);
  const overlap = time(runs, () => {
    analyseOverlaps(inputs);
    coverageAll({ entries: inputs });
  });
  const full = time(Math.min(runs, 5), () => getLanguageService().lint(parseDocument(text)));
  baseline.set(size, { parse, model, overlap, full });
  rows.push([
    String(size),
    `${(text.length / 1024).toFixed(0)} KB`,
    ms(parse),
    ms(model),
    ratio(model / parse),
    ms(overlap),
    ratio(overlap / parse),
    ms(full),
    ratio(full / parse),
  ]);
}
console.log(table(['entries', 'size', 'xmldom parse', 'model build', 'model/parse', 'overlap+coverage', 'overlap/parse', 'full validation', 'full/parse'], rows));

const growth = (key: 'model' | 'overlap' | 'full', from: number, to: number) => {
  const a = baseline.get(from);
  const b = baseline.get(to);
  return a && b ? ratio(b[key] / a[key]) : 'n/a';
};
console.log(`\ngrowth 1,000 → 10,000 entries: model ${growth('model', 1000, 10000)}, overlap ${growth('overlap', 1000, 10000)}, full ${growth('full', 1000, 10000)}`);
if (baseline.has(50000)) console.log(`growth 10,000 → 50,000 entries: model ${growth('model', 10000, 50000)}, full ${growth('full', 10000, 50000)}`);
