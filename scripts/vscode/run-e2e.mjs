// Browser end-to-end tests: installs the packaged .vsix into a fresh extensions dir of code-server and
// drives the web workbench with playwright-core and Debian's Chromium (test/e2e/*.test.mjs).
// Usage: npm run package && npm run test:e2e   (env VSIX to pick another package)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureCodeServer } from './ensure-code-server.mjs';
import { startCodeServer, launchChromium } from './code-server.mjs';
import { checkoutChanges, checkoutStatus } from './suite-workspace.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const vsix = path.resolve(process.env.VSIX || path.join(root, `activemq-xml-${version}.vsix`));
const resultsDir = path.join(root, 'test-results');
const started = Date.now();
const log = (message) => console.log(`[run-e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

async function main() {
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first`);
  fs.mkdirSync(resultsDir, { recursive: true });
  const codeServer = ensureCodeServer();
  const statusBefore = checkoutStatus(root);
  const testFiles = fs.readdirSync(path.join(root, 'test', 'e2e')).filter((name) => name.endsWith('.test.mjs')).sort();
  let failures = 0;
  for (const file of testFiles) {
    const test = await import(pathToFileURL(path.join(root, 'test', 'e2e', file)).href);
    const server = await startCodeServer(codeServer, {
      userSettings: test.userSettings ?? {},
      beforeStart: ({ run }) => run(['--install-extension', vsix]),
    });
    log(`${file}: code-server on ${server.authority}, ${path.basename(vsix)} installed`);
    const browser = await launchChromium(server);
    const page = browser.pages()[0] ?? await browser.newPage();
    let passed = false;
    try {
      await test.run({ page, url: (folder) => `http://${server.authority}/?folder=${encodeURIComponent(folder)}`, root, resultsDir, log, workspace: server.home });
      passed = true;
      log(`PASS ${file}`);
    } catch (error) {
      failures += 1;
      log(`FAIL ${file}: ${error instanceof Error ? error.message : error}`);
      await page.screenshot({ path: path.join(resultsDir, `${path.basename(file, '.test.mjs')}-failure.png`) }).catch(() => {});
      printExtensionOutput(server.home);
    } finally {
      await browser.close().catch(() => {});
      server.stop({ keepLogAt: passed ? undefined : path.join(resultsDir, `${path.basename(file, '.test.mjs')}-code-server.log`) });
    }
  }
  // The tests work on copies in code-server's home; only UPDATE_SCREENSHOT=1 writes into the checkout, on purpose.
  const changed = process.env.UPDATE_SCREENSHOT ? undefined : checkoutChanges(statusBefore, checkoutStatus(root));
  if (changed) {
    failures += 1;
    log(`FAIL: ${changed}`);
  }
  log(`${testFiles.length - failures} passed, ${failures} failed`);
  process.exitCode = failures > 0 ? 1 : 0;
}

/**
 * A failure's screenshot and code-server log stay on the machine that ran it; CI shows only this output. So the
 * extension's own output channel (the language server's messages, a failed request's stack) is printed here.
 */
function printExtensionOutput(home) {
  const logs = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/ActiveMQ XML\.log$/.test(entry.name)) logs.push(full);
    }
  };
  try { walk(home); } catch { /* the home went */ }
  if (logs.length === 0) console.log('(no "ActiveMQ XML" output channel log was written)');
  for (const file of logs) {
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    console.log(`--- the last ${Math.min(lines.length, 60)} of ${lines.length} lines of ${path.relative(home, file)}`);
    for (const line of lines.slice(-60)) console.log(`  ${line}`);
  }
}

main().catch((error) => { console.error(error); process.exitCode = 1; });
