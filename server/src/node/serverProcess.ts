// How the language server's process is started: the VS Code client passes these options (client/src/extension.ts),
// and bench/lsp.ts starts the server with them too, so that what it measures is what users run.

/**
 * Node options for the server process. `--max-semi-space-size=4` (MB) caps the main thread's young generation,
 * which V8 otherwise grows to 16 MB per semi-space while a large config is typed into, though the main thread keeps
 * little of what it makes then (each edit's text, the diagnostics it hands on). It cannot be set from inside the
 * process (`v8.setFlagsFromString` at start-up leaves the young generation as it is). With the worker's capped too
 * (validationWorker.ts), the peak memory at 10,000 entries went from a median of 310 MB to 267 MB in bench/lsp.ts;
 * 2 MB is worse than the default (each edit's text outlives a scavenge and is promoted): docs/performance.md, seventh
 * session.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=4'];
