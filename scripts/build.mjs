// Bundles the client, the server (and its validation worker) and the CLI into dist/, one file each. A development build carries source
// maps; `--production` (the .vsix, the CLI package) is minified and has none, so no bundle points at a map that
// is not shipped.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

export const BUNDLES = {
  client: { entryPoints: [path.join(root, 'client/src/extension.ts')], external: ['vscode'] },
  server: { entryPoints: [path.join(root, 'server/src/server.ts')] },
  // The server's validation thread (server/src/server/validationWorker.ts starts it from beside dist/server.js).
  analysisWorker: { entryPoints: [path.join(root, 'server/src/server/analysisWorker.ts')] },
  cli: { entryPoints: [path.join(root, 'server/src/cli.ts')] },
};

/** Builds the named bundles into outdir (dist/ by default) as `<name>.js`. */
export async function bundle({ production = false, outdir = path.join(root, 'dist'), only = Object.keys(BUNDLES) } = {}) {
  // A map left by an earlier development build would no longer match its bundle.
  if (production) for (const name of only) rmSync(path.join(outdir, `${name}.js.map`), { force: true });
  await Promise.all(only.map((name) => build({
    ...BUNDLES[name],
    outfile: path.join(outdir, `${name}.js`),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: production,
    sourcemap: !production,
    logLevel: 'warning',
    define: { PACKAGE_VERSION: JSON.stringify(version) },
  })));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await bundle({ production: process.argv.includes('--production') });
}
