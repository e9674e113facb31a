// The extension's manifest agrees with its code: every command the client registers is contributed (and the other
// way round), and every walkthrough step's media and command links exist and are packaged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const clientSource = readdirSync('client/src').map((f) => readFileSync(join('client/src', f), 'utf8')).join('\n');
const contributed = (manifest.contributes.commands as { command: string }[]).map((c) => c.command).sort();

test('the commands the client registers are the commands the manifest contributes', () => {
  const registered = [...clientSource.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(registered, contributed);
});

test('restricted mode is declared limited, and a workspace cannot widen the files it may read (docs/files.md)', () => {
  const untrusted = manifest.capabilities.untrustedWorkspaces;
  assert.equal(untrusted.supported, 'limited');
  assert.match(untrusted.description, /no file beside a config is read/);
  assert.deepEqual(untrusted.restrictedConfigurations, ['activemqXml.files.allowOutside']);
  assert.equal(manifest.contributes.configuration.properties['activemqXml.files.allowOutside'].type, 'array');
  assert.match(clientSource, /trusted: workspace\.isTrusted/);
  assert.match(clientSource, /onDidGrantWorkspaceTrust/);
});

test('every walkthrough step has packaged media and links only to commands that exist', () => {
  const ignore = readFileSync('.vscodeignore', 'utf8');
  for (const walkthrough of manifest.contributes.walkthroughs) {
    for (const step of walkthrough.steps) {
      const media = step.media.markdown as string;
      assert.ok(existsSync(media), `${step.id}: ${media} is missing`);
      assert.ok(ignore.includes(`!${media.split('/')[0]}/**`), `${step.id}: ${media} is not packaged (.vscodeignore)`);
      for (const [, command] of (step.description as string).matchAll(/\(command:([\w.]+)\)/g)) {
        assert.ok(contributed.includes(command) || command.startsWith('workbench.'), `${step.id}: unknown command ${command}`);
      }
    }
  }
});
