// The connection over stdin/stdout (`--stdio`, how the VS Code client starts the server), made here rather than by
// vscode-languageserver so that its writer can write already-serialised diagnostics as they are (rawJson.ts). It does
// what the library does for --stdio besides: console output goes to the client's log (stdout is the protocol), and
// the server ends with its input.
import { Console } from 'node:console';
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageReader, type Connection } from 'vscode-languageserver/node';
import { RawAwareMessageWriter } from './rawJson';

export function createStdioConnection(): Connection {
  const writer = new RawAwareMessageWriter(process.stdout);
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), writer);
  // Every console method that would write to stdout writes to stderr instead; the usual ones go to the client's log.
  const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr });
  for (const [name, method] of Object.entries(toStderr)) if (typeof method === 'function') Object.assign(console, { [name]: method.bind(toStderr) });
  const toLog = (send: (message: string) => void) => (...args: unknown[]) => send(format(...args));
  console.log = toLog((m) => connection.console.log(m));
  console.info = toLog((m) => connection.console.info(m));
  console.debug = toLog((m) => connection.console.log(m));
  console.warn = toLog((m) => connection.console.warn(m));
  console.error = toLog((m) => connection.console.error(m));
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  const end = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  return connection;
}
