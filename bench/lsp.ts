// LSP latency against the real server process (dist/server.js over stdio) on a generated 10,000-entry config:
// didOpen → diagnostics, one keystroke's didChange → diagnostics for that version, hover and completion
// p50/p95, and a typing replay (300 single-character edits at 50 per second) with the server's RSS before and
// after. Figures are printed, never asserted.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { generateConfig } from './generateConfig';
import { median, ms, percentile, table } from './measure';

const URI = 'file:///bench/activemq.xml';
const ENTRIES = Number(process.env.BENCH_LSP_ENTRIES ?? 10000);

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function main(): Promise<void> {
  const server = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection: ProtocolConnection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const waiters: { version: number; resolve: () => void }[] = [];
  let published: PublishDiagnosticsParams | undefined;
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published = params;
    for (const w of [...waiters]) {
      if (params.uri === URI && (params.version ?? -1) >= w.version) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ validate: { trigger: 'onType' } })));
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const diagnosticsFor = (version: number) => new Promise<void>((resolve) => waiters.push({ version, resolve }));

  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  connection.sendNotification('initialized', {});

  let text = generateConfig(ENTRIES);
  const rssStart = rssOf(server.pid!);
  let t = performance.now();
  let version = 1;
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'xml', version, text } });
  await diagnosticsFor(version);
  const openMs = performance.now() - t;

  // One keystroke inside a group list near the middle of the file.
  const editAt = text.indexOf('read="', text.length >> 1) + 6;
  const lineOf = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - before.lastIndexOf('\n') - 1 };
  };
  const keystroke = async (char: string, offset: number) => {
    const position = lineOf(offset);
    text = text.slice(0, offset) + char + text.slice(offset);
    version++;
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version },
      contentChanges: [{ range: { start: position, end: position }, text: char }],
    });
  };
  t = performance.now();
  await keystroke('x', editAt);
  await diagnosticsFor(version);
  const changeMs = performance.now() - t;

  const hoverTimes: number[] = [];
  const completionTimes: number[] = [];
  for (let i = 0; i < 60; i++) {
    const offset = text.indexOf('authorizationEntry ', Math.floor(((i + 1) / 62) * text.length)) + 3;
    const position = lineOf(offset);
    t = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position });
    hoverTimes.push(performance.now() - t);
    const valueOffset = text.indexOf('read="', offset) + 6;
    t = performance.now();
    await connection.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: lineOf(valueOffset) });
    completionTimes.push(performance.now() - t);
  }

  // Typing: 300 characters at 50 per second into one attribute value.
  const rssBeforeTyping = rssOf(server.pid!);
  const typingStart = performance.now();
  let typedAt = text.indexOf('write="', text.length >> 2) + 7;
  for (let i = 0; i < 300; i++) {
    await keystroke(String.fromCharCode(97 + (i % 26)), typedAt++);
    await new Promise((r) => setTimeout(r, 20));
  }
  const lastVersion = version;
  await diagnosticsFor(lastVersion);
  const settleMs = performance.now() - typingStart - 300 * 20;
  const rssAfterTyping = rssOf(server.pid!);
  const finalVersion = published?.version;

  console.log(`LSP against dist/server.js, ${ENTRIES} entries (${(text.length / 1024).toFixed(0)} KB), ${new Date().toISOString().slice(0, 10)}, node ${process.version}\n`);
  console.log(table(['measure', 'value'], [
    ['didOpen → diagnostics', ms(openMs)],
    ['didChange (one keystroke) → diagnostics of that version', ms(changeMs)],
    ['hover p50 / p95', `${ms(median(hoverTimes))} / ${ms(percentile(hoverTimes, 95))}`],
    ['completion p50 / p95', `${ms(median(completionTimes))} / ${ms(percentile(completionTimes, 95))}`],
    ['typing: 300 edits at 50/s, diagnostics for the last version after the last edit', ms(Math.max(0, settleMs))],
    ['typing: version of the final diagnostics / last version', `${finalVersion} / ${lastVersion}`],
    ['server RSS at open / before typing / after typing', `${rssStart.toFixed(0)} / ${rssBeforeTyping.toFixed(0)} / ${rssAfterTyping.toFixed(0)} MB`],
  ]));
  connection.dispose();
  server.kill();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
