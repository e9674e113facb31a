// Runs work that yields between its steps (the service's lintInSteps) on the main thread, one step per turn of the
// event loop: a keystroke or a hover that arrives meanwhile waits for one step (one rule), not for the whole run.
// The run is dropped as soon as `stale()` says its result is no longer wanted.
import { logFailure } from './guard';

export function runInSteps(name: string, steps: Iterator<unknown>, stale: () => boolean, log: (message: string) => void): void {
  const step = () => {
    if (stale()) return;
    try {
      if (!steps.next().done) setImmediate(step);
    } catch (error) {
      logFailure(log, name, error);
    }
  };
  setImmediate(step);
}
