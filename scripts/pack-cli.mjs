// Packs activemq-lint as an npm package of its own: the repository's package.json is the VS Code extension's
// manifest, so dist-cli/ gets a manifest of the CLI's (name activemq-lint, a bin, no dependencies), the minified
// CLI bundle, the bin script, LICENSE and scripts/cli-package/README.md, and `npm pack` runs there.
// Usage: node scripts/pack-cli.mjs   (writes activemq-lint-<version>.tgz into the repository's root, prints its path)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist-cli');
const extension = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

export function cliManifest() {
  return {
    name: 'activemq-lint',
    version: extension.version,
    description: 'Lint Apache ActiveMQ Classic activemq.xml broker configs for security mistakes: authentication, authorization entries, wildcards, advisories, transports.',
    license: extension.license,
    bin: { 'activemq-lint': 'bin/activemq-lint.js' },
    files: ['bin/activemq-lint.js', 'dist/cli.js'],
    engines: { node: extension.engines.node },
    keywords: ['activemq', 'activemq.xml', 'lint', 'linter', 'jms', 'broker', 'security', 'sarif'],
    homepage: extension.homepage,
    bugs: extension.bugs,
    repository: extension.repository,
  };
}

async function main() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, 'bin'), { recursive: true });
  await bundle({ production: true, outdir: path.join(out, 'dist'), only: ['cli'] });
  copyFileSync(path.join(root, 'bin', 'activemq-lint.js'), path.join(out, 'bin', 'activemq-lint.js'));
  copyFileSync(path.join(root, 'LICENSE'), path.join(out, 'LICENSE'));
  copyFileSync(path.join(root, 'scripts', 'cli-package', 'README.md'), path.join(out, 'README.md'));
  writeFileSync(path.join(out, 'package.json'), JSON.stringify(cliManifest(), null, 2) + '\n');
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', root], { cwd: out, encoding: 'utf8' }));
  console.log(path.join(root, packed.filename));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
