// npm run bench (CLI part): the activemq-lint process on generated 10,000- and 30,000-entry configs against a process
// that only reads the file and parses it with @xmldom/xmldom (`new DOMParser().parseFromString`), in CPU time of
// the whole process (user + system, start-up included), as issue #18 states its reaches: CLI / bare parse at 30,000
// entries ≤ 1.6x, CLI growth 10,000 → 30,000 entries ≤ 3.5x. Figures are printed, never asserted.
//
// Each process reports its own CPU time as it exits (a preloaded module, the same for both kinds of process). The
// processes take turns round by round, so that a ratio holds when the machine drifts; each ratio is taken within a
// round, and the median and range over the rounds are printed.
//
// At 30,000 entries two more CLI runs per round show where the CLI's CPU goes beyond the bare parse: with every rule
// off but xml-syntax (the decode, both parses, the model and the report), and with every rule on but pattern-overlap.
// A third pair of processes (bare parse and CLI) reads a 30,000-entry config of the same shape whose entries share no
// destination: in the realistic mix every entry overlaps a broad one and gets a finding, so the pair separates what a
// file costs from what its findings cost.
import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { generateConfig } from './generateConfig';
import { median, ratio, table } from './measure';
import { RULES } from '../server/src/rules/registry';

const rounds = Number(process.env.BENCH_CLI_RUNS ?? 5);
const SIZES = [10000, 30000];
const LARGEST = SIZES[SIZES.length - 1];
/** CLI options of the breakdown runs (at the largest size), by the name the figures print. */
const PARTS: Record<string, string[]> = {
  'parse, model and report (every rule off but xml-syntax)': RULES.filter((r) => r.id !== 'xml-syntax').flatMap((r) => ['--rule', `${r.id}=off`]),
  'every rule but pattern-overlap': ['--rule', 'pattern-overlap=off'],
};
// Run from the checkout's root, as `npm run bench` does; BENCH_CLI names another build's bin (to compare two builds).
const CLI = resolve(process.env.BENCH_CLI ?? 'bin/activemq-lint.js');
const XMLDOM = resolve('node_modules/@xmldom/xmldom');

const dir = mkdtempSync(join(os.tmpdir(), 'activemq-xml-bench-cli-'));
const cpuFile = join(dir, 'cpu.json');
const preload = join(dir, 'cpu.cjs');
writeFileSync(preload, `process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeFileSync(${JSON.stringify(cpuFile)}, JSON.stringify((u.user + u.system) / 1000)); });\n`);
const bare = join(dir, 'bare.cjs');
writeFileSync(bare, `const { DOMParser } = require(${JSON.stringify(XMLDOM)});\nconst text = require('fs').readFileSync(process.argv[2], ` +
  `'utf8');\nnew DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');\n`);

/** A node process with `args`, which must end as the CLI does on a file it read (0 or 1: with or without errors). */
function node(args: string[], options: SpawnSyncOptionsWithStringEncoding): SpawnSyncReturns<string> {
  const result = spawnSync(process.execPath, args, options);
  if (result.error) throw result.error;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return result;
}

/** CPU milliseconds and wall milliseconds of one process. */
function run(args: string[]): { cpu: number; wall: number } {
  rmSync(cpuFile, { force: true });
  const start = performance.now();
  // The CLI's report goes nowhere: what is measured is the work, not a terminal's speed.
  node(['--require', preload, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = performance.now() - start;
  return { cpu: JSON.parse(readFileSync(cpuFile, 'utf8')) as number, wall };
}

/** How many findings the CLI reports for a file (an untimed run, JSON output). */
function findingCount(path: string): number {
  return (JSON.parse(node([CLI, '--format', 'json', path], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout) as unknown[]).length;
}

function spread(values: number[]): string {
  return `${ratio(median(values))} (${ratio(Math.min(...values))}-${ratio(Math.max(...values))})`;
}

try {
  const files = new Map(SIZES.map((size) => {
    const path = join(dir, `activemq-${size}.xml`);
    writeFileSync(path, generateConfig(size));
    return [size, path];
  }));
  const disjoint = join(dir, `activemq-${LARGEST}-disjoint.xml`);
  writeFileSync(disjoint, generateConfig(LARGEST, { disjoint: true }));
  const measured = new Map<string, { cpu: number; wall: number }[]>();
  const record = (key: string, figures: { cpu: number; wall: number }) => measured.set(key, [...(measured.get(key) ?? []), figures]);
  // One untimed round first (disk cache, the bundle's first load).
  for (const path of [...files.values(), disjoint]) {
    run([bare, path]);
    run([CLI, path]);
  }
  for (let round = 0; round < rounds; round++) {
    for (const size of SIZES) {
      record(`bare ${size}`, run([bare, files.get(size)!]));
      record(`cli ${size}`, run([CLI, files.get(size)!]));
    }
    for (const [part, options] of Object.entries(PARTS)) record(part, run([CLI, ...options, files.get(LARGEST)!]));
    record('bare disjoint', run([bare, disjoint]));
    record('cli disjoint', run([CLI, disjoint]));
  }
  console.log(`\nactivemq-lint process vs bare-parse process — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, ${rounds} rounds\n`);
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms`;
  console.log(table(['entries', 'bare parse CPU', 'CLI CPU', 'bare parse wall', 'CLI wall'], SIZES.map((size) => {
    const b = measured.get(`bare ${size}`)!;
    const c = measured.get(`cli ${size}`)!;
    return [String(size), ms(b.map((f) => f.cpu)), ms(c.map((f) => f.cpu)), ms(b.map((f) => f.wall)), ms(c.map((f) => f.wall))];
  })));
  const perRound = (f: (i: number) => number) => Array.from({ length: rounds }, (_, i) => f(i));
  const cpu = (key: string, i: number) => measured.get(key)![i].cpu;
  const wall = (key: string, i: number) => measured.get(key)![i].wall;
  console.log(`\nCLI / bare parse, 30,000 entries, CPU: ${spread(perRound((i) => cpu('cli 30000', i) / cpu('bare 30000', i)))} (reach ≤ 1.60x); ` +
    `wall: ${spread(perRound((i) => wall('cli 30000', i) / wall('bare 30000', i)))}`);
  console.log(`CLI / bare parse, 10,000 entries, CPU: ${spread(perRound((i) => cpu('cli 10000', i) / cpu('bare 10000', i)))}`);
  console.log(`CLI growth 10,000 → 30,000 entries, CPU: ${spread(perRound((i) => cpu('cli 30000', i) / cpu('cli 10000', i)))} (reach ≤ 3.50x); ` +
    `bare parse growth: ${spread(perRound((i) => cpu('bare 30000', i) / cpu('bare 10000', i)))}`);
  for (const part of Object.keys(PARTS)) {
    console.log(`CLI with ${part} / bare parse, ${LARGEST} entries, CPU: ${spread(perRound((i) => cpu(part, i) / cpu(`bare ${LARGEST}`, i)))}`);
  }
  console.log(`CLI / bare parse, ${LARGEST} entries sharing no destination (${findingCount(disjoint)} findings against ` +
    `${findingCount(files.get(LARGEST)!)}), CPU: ${spread(perRound((i) => cpu('cli disjoint', i) / cpu('bare disjoint', i)))}`);
  console.log('(median (range) over the rounds of the ratio within each round)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
