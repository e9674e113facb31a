// Validation scheduling: debounced per document while typing, so that a burst of keystrokes validates once, and
// always for the latest version (a run for an older version is dropped before it publishes). The delay is not
// fixed: it follows how long the document's last analysis took, so a small config is analysed at once and a large
// one waits for a pause in the typing instead of starting (and cancelling) a long run on every keystroke.

export class Debouncer {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  schedule(key: string, delayMs: number, run: () => void): void {
    this.cancel(key);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      run();
    }, delayMs));
  }

  /** Whether a run is waiting for its delay (activemqXml/validationState reports it). */
  isScheduled(key: string): boolean {
    return this.timers.has(key);
  }

  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }
}

/** Analyses this fast need no debounce: the next keystroke cannot come before they are done. */
const AT_ONCE_MS = 40;
/** Never wait longer than this for a pause in the typing. */
const MAX_DELAY_MS = 200;

/**
 * The debounce delay for a document whose last analysis took `analysisMs` (undefined: never analysed yet): none for
 * quick analyses, then half the analysis time, capped. Half: a run started too early is cancelled by the next
 * keystroke, so waiting a fraction of its cost for a pause is cheaper than starting it on every key.
 */
export function adaptiveDelay(analysisMs: number | undefined): number {
  if (analysisMs === undefined || analysisMs <= AT_ONCE_MS) return 0;
  return Math.min(MAX_DELAY_MS, Math.round(analysisMs / 2));
}
