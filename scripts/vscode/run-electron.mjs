// Runs the same suite in a desktop VS Code through @vscode/test-electron, for machines that may
// download VS Code. That package is deliberately not a dependency here (offline machines use test:vscode).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let testElectron;
try {
  testElectron = await import('@vscode/test-electron');
} catch {
  console.error('test:electron needs @vscode/test-electron, which is not installed (and downloads VS Code at run time).\n'
    + 'Install it with `npm install --no-save @vscode/test-electron` on a machine with internet access, or run `npm run test:vscode` (offline, code-server).');
  process.exit(2);
}
execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [path.join(root, 'scripts', 'vscode', 'build-suite.mjs')], { cwd: root, stdio: 'inherit' });
try {
  await testElectron.runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'suite', 'index.js'),
    launchArgs: [path.join(root, 'test', 'suite', 'fixtures'), '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`extension tests failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
