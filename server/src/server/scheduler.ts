// Validation scheduling: debounced per document while typing, so that a burst of keystrokes validates once, and
// always for the latest version (a run for an older version is dropped before it publishes). The delay is not
// fixed: it follows how long the document's last analysis took, so a small config is analysed at once and a large
// one, in a burst of keystrokes, waits a little for a pause in the typing. A run started too early costs little: the next version stops it at
// its next rule (validationWorker.ts), so the wait only saves the worker's work in a burst of keystrokes.

/** A scheduled run: a timer, or (no delay) an immediate. */
type Pending = { timer: NodeJS.Timeout } | { immediate: NodeJS.Immediate };

export class Debouncer {
  private readonly pending = new Map<string, Pending>();

  /**
   * Runs `run` after `delayMs`, instead of what was scheduled under `key`. No delay runs it once the current events
   * are handled (setImmediate): a zero timer of the server's main thread fired 9-15 ms late in 13 of 15 keystrokes
   * at 10,000 entries (bench/lsp.ts), the thread idle and waiting for the processor meanwhile, a tenth of the
   * keystroke's whole latency there (docs/performance.md, ninth session).
   */
  schedule(key: string, delayMs: number, run: () => void): void {
    this.cancel(key);
    const fire = () => {
      this.pending.delete(key);
      run();
    };
    this.pending.set(key, delayMs > 0 ? { timer: setTimeout(fire, delayMs) } : { immediate: setImmediate(fire) });
  }

  /** Whether a run is waiting for its delay (activemqXml/validationState reports it). */
  isScheduled(key: string): boolean {
    return this.pending.has(key);
  }

  cancel(key: string): void {
    const pending = this.pending.get(key);
    if (pending && 'timer' in pending) clearTimeout(pending.timer);
    else if (pending) clearImmediate(pending.immediate);
    this.pending.delete(key);
  }
}

/** Analyses this fast need no debounce: the next keystroke cannot come before they are done. */
const AT_ONCE_MS = 40;
/** Never wait longer than this for a pause in the typing. */
const MAX_DELAY_MS = 100;

/**
 * The debounce delay for a document whose last analysis took `analysisMs` (undefined: never analysed yet), on a
 * change that came `sincePreviousChangeMs` after the one before it (undefined: the first). None for quick analyses,
 * and none for a change after a pause longer than an analysis (nothing says that another keystroke follows: the
 * first key after a pause starts at once). In a burst, a quarter of the analysis time, or half as long again as the
 * burst's last interval if that is longer, capped: most keystrokes of the burst then start no run (a run a newer
 * version stops is work and memory for nothing: typing 50 characters a second into a 10,000-entry config started a
 * run every keystroke, each stopped by the next, and took the server's peak memory up by 40-60 MB), and the last one
 * waits at most that long.
 */
export function adaptiveDelay(analysisMs: number | undefined, sincePreviousChangeMs?: number): number {
  if (analysisMs === undefined || analysisMs <= AT_ONCE_MS) return 0;
  if (sincePreviousChangeMs === undefined || sincePreviousChangeMs > analysisMs) return 0;
  return Math.min(MAX_DELAY_MS, Math.max(Math.round(analysisMs / 4), Math.round(1.5 * sincePreviousChangeMs)));
}

/** When each document last changed, to tell a burst of keystrokes from a single one. */
export class ChangeClock {
  private readonly last = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  /** Records a change now; returns how long after the previous change of the document it came. */
  changed(key: string): number | undefined {
    const now = this.now();
    const previous = this.last.get(key);
    this.last.set(key, now);
    return previous === undefined ? undefined : now - previous;
  }

  forget(key: string): void {
    this.last.delete(key);
  }
}
