// The README's screenshot shows the example's problem counts in VS Code's status bar. The e2e writes them beside
// the picture (docs/images/screenshot.json, UPDATE_SCREENSHOT=1) and fails when the editor's differ; this test
// catches the same drift without a browser: the linter's counts on the example must be the ones pictured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runCli } from '../../server/src/cli';

test('the README screenshot shows the example\'s current problem counts (errors, warnings, infos; hints are not counted)', () => {
  const pictured = JSON.parse(readFileSync('docs/images/screenshot.json', 'utf8')) as { file: string; statusBar: Record<string, number> };
  const problems = JSON.parse(runCli(['--format', 'json', pictured.file]).stdout) as { severity: string }[];
  const count = (severity: string) => problems.filter((p) => p.severity === severity).length;
  assert.deepEqual({ errors: count('error'), warnings: count('warning'), infos: count('info') }, pictured.statusBar,
    'the example\'s counts changed: refresh the screenshot with npm run package && UPDATE_SCREENSHOT=1 npm run test:e2e');
});
