// What the extension-host suite runs on, and the proof that it left the checkout alone. The suite edits, saves and
// reverts documents, so it gets fresh copies in a temporary folder: <tmp>/fixtures (the workspace VS Code opens,
// from test/suite/fixtures) and <tmp>/examples (beside it, as the suite expects). `git status --porcelain` before
// and after the run must agree: a test that wrote into a tracked file fails the run.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Copies the fixtures and examples into a new temporary folder; `dispose()` removes it. */
export function copySuiteWorkspace(root) {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'activemq-xml-suite-'));
  const workspace = path.join(base, 'fixtures');
  fs.cpSync(path.join(root, 'test', 'suite', 'fixtures'), workspace, { recursive: true });
  fs.cpSync(path.join(root, 'examples'), path.join(base, 'examples'), { recursive: true });
  return { workspace, dispose: () => fs.rmSync(base, { recursive: true, force: true }) };
}

/**
 * `git status --porcelain` of the checkout, with a digest of the tracked files' changes (so that a further change
 * to a file that was already modified shows too), or undefined outside a git checkout (a source tarball).
 */
export function checkoutStatus(root) {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const digest = createHash('sha256').update(git('diff', 'HEAD', '--binary')).digest('hex').slice(0, 16);
    return `${git('status', '--porcelain', '--untracked-files=all')}tracked changes ${digest}\n`;
  } catch {
    return undefined;
  }
}

/** A message naming what changed in the checkout between two statuses, or undefined when nothing did. */
export function checkoutChanges(before, after) {
  if (before === undefined || after === undefined || before === after) return undefined;
  const was = new Set(before.split('\n'));
  const changed = after.split('\n').filter((line) => line && !was.has(line));
  const gone = before.split('\n').filter((line) => line && !after.split('\n').includes(line));
  return `the run changed the checkout (git status --porcelain): ${[...changed.map((l) => `now ${l}`), ...gone.map((l) => `was ${l}`)].join('; ')}`;
}
