// Runs the mocha suite (out/test/suite/index.js, the @vscode/test-electron run() contract) inside
// code-server's real Node extension host. The web workbench takes extensionDevelopmentPath and
// extensionTestsPath from its `payload` URL parameter and reports the end through
// window.codeAutomationExit(code); the extension host's console arrives through codeAutomationLog.
// The suite runs on fresh copies of the fixtures and examples (suite-workspace.mjs), with files.autoSave off: the
// web workbench defaults it to afterDelay (1 s), which saved an edit a test meant to revert whenever that test
// waited longer than a second. The run fails if the checkout's git status changed.
// Usage: npm run test:vscode   (env TIMEOUT_MS, VERBOSE=1 for the browser console)
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import util from 'node:util';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer } from './ensure-code-server.mjs';
import { startCodeServer, launchChromium } from './code-server.mjs';
import { checkoutChanges, checkoutStatus, copySuiteWorkspace } from './suite-workspace.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TIMEOUT_MS = Number(process.env.TIMEOUT_MS || 150_000);
// workbench noise of an offline run, forwarded with the extension host's log
const NOISE = /open-vsx\.org|^\s+at |Creating a socket|connection token|grace time|Service Worker|AgentHost|AccountPolicyGate|builtin extensions cache/;

const started = Date.now();
const log = (message) => console.log(`[run-ext-tests ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

async function main() {
  const codeServer = ensureCodeServer();
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(root, 'scripts', 'vscode', 'build-suite.mjs')], { cwd: root, stdio: 'inherit' });
  const statusBefore = checkoutStatus(root);
  const suite = copySuiteWorkspace(root);
  const server = await startCodeServer(codeServer, {
    serverArgs: ['--vscode-option', 'enable-smoke-test-driver'],
    userSettings: { 'files.autoSave': 'off' },
  });
  log(`code-server up on ${server.authority}`);
  const remote = (absolutePath) => `vscode-remote://${server.authority}${absolutePath}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(path.join(root, 'out', 'test', 'suite', 'index.js'))],
  ];
  const url = `http://${server.authority}/?folder=${encodeURIComponent(suite.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  let exitCode = 1;
  const browser = await launchChromium(server);
  try {
    const page = browser.pages()[0] ?? await browser.newPage();
    let finish;
    const finished = new Promise((resolve) => { finish = resolve; });
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = util.format(...args);
      if (!NOISE.test(line)) console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    if (process.env.VERBOSE) page.on('console', (message) => console.log('[browser]', message.text().slice(0, 400)));
    await page.goto(url);
    const timer = setTimeout(() => finish('timeout'), TIMEOUT_MS);
    const result = await finished;
    clearTimeout(timer);
    if (result === 'timeout') {
      log(`no result within ${TIMEOUT_MS / 1000} s`);
      exitCode = 124;
    } else {
      exitCode = Number(result);
      log(`extension tests finished with exit code ${exitCode}`);
    }
  } finally {
    await browser.close().catch(() => {});
    server.stop({ keepLogAt: exitCode === 0 ? undefined : path.join(root, 'test-results', 'code-server-ext-tests.log') });
    suite.dispose();
  }
  const changed = checkoutChanges(statusBefore, checkoutStatus(root));
  if (changed) {
    log(`FAIL: ${changed}`);
    exitCode = exitCode || 1;
  }
  process.exitCode = exitCode;
}

main().catch((error) => { console.error(error); process.exitCode = 1; });
