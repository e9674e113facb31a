// The command's process runs each analysis once, so V8's optimising compiler (on its helper threads) can cost more
// than the code it makes saves. Without inlining its jobs are smaller: at 10,000 to 30,000 entries the process then
// takes 13-20 % less CPU and 8-10 % less time, measured alternating run by run (docs/performance.md, tenth session);
// a small config does not run long enough to optimise anything. The language server keeps V8's defaults: it runs
// the same analyses on every keystroke, where inlined code pays off.
import { setFlagsFromString } from 'node:v8';

/** Only the compiler's inlining: V8 reads it per compile job, so it may change once the process runs (not a GC flag). */
const CLI_V8_FLAGS = '--no-turbo-inlining';

/** For the command's own process only (not a test or a host that imports the CLI): before any work is done. */
export function tuneCompilerForOneRun(): void {
  setFlagsFromString(CLI_V8_FLAGS);
}
