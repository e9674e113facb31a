#!/bin/bash
# CI step after `npm test`: the extension in a real VS Code (code-server, offline) and a headless browser.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { echo; echo "=== $* ($(date -u +%H:%M:%S))"; }
step "install code-server $(node -e 'import("./scripts/vscode/ensure-code-server.mjs").then(m=>console.log(m.CODE_SERVER_VERSION))'), Node 24, chromium (cached)"
node scripts/vscode/ensure-code-server.mjs
step "package the .vsix"
npm run package
ls -l ./*.vsix
step "extension-host suite (mocha inside code-server)"
npm run test:vscode
step "browser end-to-end tests (playwright-core + chromium)"
npm run test:e2e
step "done"
