// How the language server's process is started: the VS Code client passes these options (client/src/extension.ts),
// and bench/lsp.ts starts the server with them too, so that what it measures is what users run.

/**
 * Node options for the server process. `--max-semi-space-size=4` (MB) caps the main thread's young generation,
 * which V8 otherwise grows to 16 MB per semi-space while a large config is typed into, though the main thread keeps
 * little of what it makes then (each edit's text, the diagnostics it hands on). It cannot be set from inside the
 * process (`v8.setFlagsFromString` at start-up leaves the young generation as it is). Measured with bench/lsp.ts and
 * the worker's young generation capped too (validationWorker.ts): docs/performance.md, seventh session.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=4'];
