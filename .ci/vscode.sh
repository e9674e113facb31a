#!/bin/bash
# CI step after `npm test`: the extension in a real VS Code (code-server, offline) and a headless browser.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/step.sh
step "code-server, Node 24, chromium (installed, or cached: see the next lines)"
node scripts/vscode/ensure-code-server.mjs
step "package the .vsix (minified, no source maps)"
npm run package
ls -l ./*.vsix
node scripts/vscode/check-vsix.mjs ./*.vsix
step "extension-host suite (mocha inside code-server)"
npm run test:vscode
step "browser end-to-end tests (playwright-core + chromium)"
npm run test:e2e
step "done"
