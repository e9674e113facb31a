// How the language server's process is started: the VS Code client passes these options (client/src/extension.ts),
// and bench/lsp.ts starts the server with them too, so that what it measures is what users run.

/**
 * Node options for the server process. `--max-semi-space-size=2` (MB) caps the main thread's young generation,
 * which V8 otherwise grows to 16 MB per semi-space while a large config is typed into, though the main thread keeps
 * little of what it makes then. It cannot be set from inside the process (`v8.setFlagsFromString` at start-up leaves
 * the young generation as it is). A cap this small works only because the main thread no longer makes a string of
 * the whole text per edit (node/compactDocument.ts): with vscode-languageserver's TextDocument each edit's text
 * outlived a scavenge, was promoted and piled up, and 2 MB was worse than the default.
 *
 * `--single-threaded-gc`: each thread collects its own heap, with no helper threads. On a machine of two cores the
 * helpers of the worker's collections (concurrent marking, parallel scavenges) took the processor from the main
 * thread writing the diagnostics and from the editor reading them: the 10,000-entry keystroke took 142-184 ms
 * without it and 134-144 ms with it, over nine runs each (bench/lsp.ts), the hovers answered meanwhile as fast.
 * docs/performance.md, seventh to ninth sessions, has the measurements.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2', '--single-threaded-gc'];

/**
 * Environment for the server process, added to the client's. `MALLOC_ARENA_MAX=2` (glibc; other C libraries ignore
 * it): by default glibc gives each thread that allocates its own arena (up to eight per core), and the worker, the
 * collector's helper threads and libuv's pool each keep freed memory in theirs; with two, the server's peak memory at
 * 10,000 entries was about 20 MB lower in bench/lsp.ts, with no slower keystroke.
 */
export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
