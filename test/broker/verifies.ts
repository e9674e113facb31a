// A broker-backed test that shows a rule's claim about run time. The rule ids and the test's name are literals in
// the call, so scripts/fidelity.ts reads them from the test files' source: docs/fidelity.md can only name tests
// that exist, under the name the test runner prints.
import { test } from 'node:test';

export interface VerifyOptions {
  /**
   * Why the linter does not yet say what the broker does (the test still runs and prints its failure, but does not
   * fail the run, and docs/fidelity.md does not count it as verification).
   */
  todo?: string;
}

export function verifies(ruleIds: readonly string[], name: string, body: () => Promise<void>, options: VerifyOptions = {}): void {
  test(name, options.todo ? { todo: options.todo } : {}, body);
}
