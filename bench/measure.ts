// Timing helpers for the benchmarks: medians of repeated runs, printed as figures and ratios.
import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Fast calls are repeated until about this long has been measured, so that their medians settle too. */
const BUDGET_MS = 1500;
const MAX_RUNS = 200;

/** Median milliseconds of at least `runs` calls after one warm-up call. */
export function time(runs: number, fn: () => unknown): number {
  return timeWithSetup(runs, () => undefined, fn);
}

/**
 * Like `time`, with a fresh untimed `setup()` result for every call (so nothing one call caches helps the next).
 * At least `runs` calls, more for fast ones (see BUDGET_MS).
 */
export function timeWithSetup<T>(runs: number, setup: () => T, fn: (input: T) => unknown): number {
  return timeTogether(runs, { only: { setup, run: fn } }).only;
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}x`;
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * Before each timed call: two young-generation collections (when node runs with --expose-gc), so that the call
 * starts with an empty young generation and pays for the collections its own allocation causes, not for the
 * garbage of the call before it or for promoting what its untimed setup made (an object is promoted on its
 * second collection). Without this, whether a call inherits a nearly full young generation is chance.
 */
const gc = (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc;
function settleYoungGeneration(): void {
  gc?.({ type: 'minor' });
  gc?.({ type: 'minor' });
}

/** One measured task: `setup` (untimed, fresh for every call) and the timed `run`. */
export interface Task<T = unknown> {
  setup?: () => T;
  run: (input: T) => unknown;
}

/**
 * Median milliseconds of each task, the tasks taking turns round by round, so that all of them see the same heap
 * and machine conditions and their ratios hold even when the machine drifts. At least `runs` rounds, more when
 * a round is fast (see BUDGET_MS); one untimed round first.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each task has its own input type
export function timeTogether<K extends string>(runs: number, tasks: Record<K, Task<any>>): Record<K, number> {
  const names = Object.keys(tasks) as K[];
  const once = (name: K): number => {
    const task = tasks[name];
    const input = task.setup?.();
    settleYoungGeneration();
    const start = performance.now();
    task.run(input);
    return performance.now() - start;
  };
  const round = names.reduce((sum, name) => sum + once(name), 0);
  const total = Math.max(runs, Math.min(MAX_RUNS, Math.floor(BUDGET_MS / Math.max(round, 0.01))));
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < total; i++) for (const name of names) samples[name].push(once(name));
  return Object.fromEntries(names.map((name) => [name, median(samples[name])])) as Record<K, number>;
}
