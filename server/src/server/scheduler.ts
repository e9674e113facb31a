// Validation scheduling: debounced per document while typing, so that a burst of keystrokes validates once, and
// always for the latest version (a run for an older version is dropped before it publishes).

export class Debouncer {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly delayMs: number) {}

  schedule(key: string, run: () => void): void {
    this.cancel(key);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      run();
    }, this.delayMs));
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
