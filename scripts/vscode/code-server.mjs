// Starts code-server on 127.0.0.1 with a free port and a private HOME/XDG_*/TMPDIR, and stops it
// (the whole process group) and removes that folder afterwards. Shared by run-ext-tests and run-e2e.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Settings that keep the workbench quiet and offline. */
const QUIET_USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'chat.disableAIFeatures': true,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (response) => { response.resume(); resolve(response.statusCode); }).on('error', reject);
  });
}

/** A private home for code-server, VS Code and Chromium (they all write into HOME, XDG_* and TMPDIR). */
export function privateEnvironment(home, nodeBinary) {
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, 'xdg-config'),
    XDG_DATA_HOME: path.join(home, 'xdg-data'),
    XDG_CACHE_HOME: path.join(home, 'xdg-cache'),
    TMPDIR: home, // VS Code's vscode-ipc-*.sock land in TMPDIR
    PATH: `${path.dirname(nodeBinary)}:${process.env.PATH}`,
  };
}

/**
 * @param {{node: string, entry: string}} codeServer paths from ensure-code-server
 * @param {{userSettings?: object, serverArgs?: string[], beforeStart?: (ctx: {run: (args: string[]) => void}) => void}} options
 */
export async function startCodeServer(codeServer, options = {}) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'activemq-xml-cs-'));
  const env = privateEnvironment(home, codeServer.node);
  const userDataDir = path.join(home, 'user-data');
  const extensionsDir = path.join(home, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_USER_SETTINGS, ...options.userSettings }, null, 2));
  const commonArgs = ['--config', '/dev/null', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  const runCodeServer = (args) => execFileSync(codeServer.node, [codeServer.entry, ...commonArgs, ...args], { env, stdio: 'inherit' });
  options.beforeStart?.({ run: runCodeServer });

  const port = await freePort();
  const logPath = path.join(home, 'code-server.log');
  const logFd = fs.openSync(logPath, 'w');
  const child = spawn(codeServer.node, [codeServer.entry, ...commonArgs,
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ...(options.serverArgs ?? [])],
  { env, detached: true, stdio: ['ignore', logFd, logFd] }); // detached: its own process group, killed as one
  fs.closeSync(logFd);

  let stopped = false;
  const stop = ({ keepLogAt } = {}) => {
    if (stopped) return;
    stopped = true;
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    if (keepLogAt) { try { fs.copyFileSync(logPath, keepLogAt); } catch { /* no log */ } }
    fs.rmSync(home, { recursive: true, force: true });
  };
  process.on('exit', () => stop());
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stop(); process.exit(130); });

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) { const text = fs.readFileSync(logPath, 'utf8'); stop(); throw new Error(`code-server exited at start:\n${text}`); }
    try { if (await httpStatus(`http://127.0.0.1:${port}/healthz`) === 200) break; } catch { /* not listening yet */ }
    if (Date.now() > deadline) { stop(); throw new Error('code-server did not answer /healthz within 60 s'); }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { port, authority: `127.0.0.1:${port}`, home, env, logPath, stop };
}

/** Headless Debian Chromium with a fresh profile inside the code-server home. */
export async function launchChromium(server, viewport = { width: 1400, height: 900 }) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(path.join(server.home, 'chromium'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    env: server.env,
  });
}
