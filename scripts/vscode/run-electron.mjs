// Runs the same suite in a desktop VS Code through @vscode/test-electron (a devDependency), which downloads VS Code
// at run time: for machines with internet access (offline machines use test:vscode, code-server). Like test:vscode,
// on fresh copies of the fixtures and examples, failing if the checkout's git status changed.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { checkoutChanges, checkoutStatus, copySuiteWorkspace } from './suite-workspace.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [path.join(root, 'scripts', 'vscode', 'build-suite.mjs')], { cwd: root, stdio: 'inherit' });
const statusBefore = checkoutStatus(root);
const suite = copySuiteWorkspace(root);
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'suite', 'index.js'),
    launchArgs: [suite.workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`extension tests failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  suite.dispose();
}
const changed = checkoutChanges(statusBefore, checkoutStatus(root));
if (changed) {
  console.error(changed);
  process.exitCode = 1;
}
