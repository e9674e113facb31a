// npm run bench: parse, model and analysis timings on generated configs, as medians and ratios to a bare
// @xmldom/xmldom parse of the same text. Figures are printed, never asserted.
//
// Each size is measured in a child process of its own (no heap left over from another size), after an untimed
// warm-up round on a small config (no size measured on code the JIT has not optimised yet); the bare parse and
// the model build take turns, so that their ratio holds when the machine drifts.
import { DOMParser } from '@xmldom/xmldom';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { analyseOverlaps, coverageAll, parseDestination, PatternIndex, type MapEntryInput } from '../server/src/destinations';
import { parseDocument } from '../server/src/model/parsedDocument';
import { entryInput } from '../server/src/service/analysis';
import { getLanguageService } from '../server/src/service/languageService';
import { generateConfig } from './generateConfig';
import { median, ms, ratio, table, time, timeTogether, timeWithSetup } from './measure';

interface Figures {
  parse: number;
  model: number;
  overlap: number;
  coverage: number;
  full: number;
}

const runs = Number(process.env.BENCH_RUNS ?? 7);

function measure(size: number, rounds: number): Figures {
  const text = generateConfig(size);
  const bareParse = () => new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
  // Patterns are parsed afresh for every run (they keep their split segments and normal forms, which the
  // analysis must pay for) without re-parsing the document, whose garbage would be collected on the analysis' clock.
  const inputs = parseDocument(text).model.entries.map(entryInput);
  const freshInputs = (): MapEntryInput[] => inputs.map((entry) => ({ ...entry, patterns: entry.patterns.map((p) => parseDestination(p.text, p.kind)) }));
  const { parse, model } = timeTogether(rounds, { parse: { run: bareParse }, model: { run: () => parseDocument(text) } });
  // The analyses in loops of their own: taking turns with a parse, they would pay for collecting its garbage.
  // The overlap analysis: the pattern index and every entry's overlaps.
  const overlap = timeWithSetup(rounds, freshInputs, (fresh) => analyseOverlaps(fresh, undefined, PatternIndex.of(fresh)));
  // Coverage on the index the overlap analysis built, as the language service shares it.
  const coverage = timeWithSetup(
    rounds,
    () => {
      const fresh = freshInputs();
      const index = PatternIndex.of(fresh);
      analyseOverlaps(fresh, undefined, index);
      return { fresh, index };
    },
    ({ fresh, index }) => {
      // Every entry's, as the CLI's pattern-overlap asks for them (coverageAll computes each when asked).
      const all = coverageAll({ entries: fresh }, index);
      return fresh.map((e) => all.get(e.id));
    },
  );
  const full = time(Math.min(rounds, 5), () => getLanguageService().lint(parseDocument(text)));
  return { parse, model, overlap, coverage, full };
}

const sizeArgument = process.argv.indexOf('--size');
if (sizeArgument > 0) {
  // A child: warm up, measure one size, hand the figures back as JSON.
  measure(1000, 3);
  console.log(JSON.stringify(measure(Number(process.argv[sizeArgument + 1]), runs)));
} else {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
  // The sizes the growth reach compares are measured in alternating rounds (1,000, 10,000, 1,000, 10,000, ...), so
  // that the machine drifting between two child processes does not pass for growth; larger sizes once.
  const repeats = Number(process.env.BENCH_REPEATS ?? 3);
  console.log(`activemq-xml benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} ` +
    `x${os.cpus().length}, medians of at least ${runs} runs (up to 200 for fast ones), one process per size and round, ${repeats} alternating rounds of sizes up to 10,000\n`);
  const rounds = new Map<number, Figures[]>(sizes.map((size) => [size, []]));
  for (let round = 0; round < repeats; round++) {
    for (const size of sizes) {
      if (round > 0 && size > 10000) continue;
      const output = execFileSync(process.execPath, [...process.execArgv, '--expose-gc', process.argv[1], '--size', String(size)], { encoding: 'utf8', maxBuffer: 1 << 20 });
      rounds.get(size)!.push(JSON.parse(output.trim().split('\n').pop()!) as Figures);
    }
  }
  const keys: (keyof Figures)[] = ['parse', 'model', 'overlap', 'coverage', 'full'];
  const figures = new Map<number, Figures>(
    sizes.map((size) => [size, Object.fromEntries(keys.map((key) => [key, median(rounds.get(size)!.map((f) => f[key]))])) as unknown as Figures]),
  );
  const rows = sizes.map((size) => {
    const f = figures.get(size)!;
    const kb = `${(generateConfig(size).length / 1024).toFixed(0)} KB`;
    return [String(size), kb, ms(f.parse), ms(f.model), ratio(f.model / f.parse), ms(f.overlap), ratio(f.overlap / f.parse), ms(f.coverage), ms(f.full), ratio(f.full / f.parse)];
  });
  console.log(table(['entries', 'size', 'xmldom parse', 'model build', 'model/parse', 'overlap analysis', 'overlap/parse', 'coverage', 'full validation', 'full/parse'], rows));
  // Growth round by round (each round's two sizes ran one after the other): the median, and the range over rounds.
  const growth = (key: keyof Figures, from: number, to: number) => {
    const a = rounds.get(from) ?? [];
    const b = rounds.get(to) ?? [];
    const each = b.map((f, i) => (a[i] ? f[key] / a[i][key] : NaN)).filter((g) => !Number.isNaN(g));
    if (each.length === 0) return 'n/a';
    return each.length === 1 ? ratio(each[0]) : `${ratio(median(each))} (${ratio(Math.min(...each))}-${ratio(Math.max(...each))})`;
  };
  // The bare parse's own growth shows what this machine adds beyond linear (garbage collection of larger heaps).
  console.log(`\ngrowth 1,000 → 10,000 entries, median (range) of ${repeats} rounds: xmldom parse ${growth('parse', 1000, 10000)}, model ` +
    `${growth('model', 1000, 10000)}, overlap ${growth('overlap', 1000, 10000)}, coverage ${growth('coverage', 1000, 10000)}, full ${growth('full', 1000, 10000)}`);
  if (figures.has(50000)) console.log(`growth 10,000 → 50,000 entries (first round): xmldom parse ${growth('parse', 10000, 50000)}, model ` +
    `${growth('model', 10000, 50000)}, overlap ${growth('overlap', 10000, 50000)}, full ${growth('full', 10000, 50000)}`);
}
