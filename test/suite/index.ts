// Entry point of the extension-host suite: the run() contract of @vscode/test-electron, also used by
// scripts/vscode/run-ext-tests.mjs through code-server's workbench payload.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // Each wait in a test gives up after 20 s with what it saw; the test's own limit is above the sum of its waits,
  // so mocha never abandons a test whose body still runs (and would then act in the middle of the next test).
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90_000, reporter: 'spec' });
  for (const name of fs.readdirSync(__dirname).filter((file) => file.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, name));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension test(s) failed`)) : resolve()));
  });
}
