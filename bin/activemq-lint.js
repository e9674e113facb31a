#!/usr/bin/env node
'use strict';
// Entry point of the activemq-lint command: the bundled CLI in dist/ (built by `npm run build`, also on `npm ci`).
require('../dist/cli.js').main();
