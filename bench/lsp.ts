// LSP latency against the real server process (dist/server.js over stdio, or BENCH_LSP_SERVER), each figure also as
// a ratio to a bare @xmldom/xmldom parse of the same text measured in the same run (issue #18's table):
// - 10,000 entries: one keystroke → the diagnostics of that version (published, or confirmed unchanged);
// - 10,000 entries: hovers sent every 50 ms between a keystroke and its diagnostics (while the server debounces and
//   validates), on keystrokes of their own (so that answering them does not slow the keystroke figure);
// - 30 entries: keystroke → diagnostics, in ms;
// - the server's peak RSS (VmHWM: the main thread and the validation worker together, read once the main thread holds
//   the last version typed);
// - the diagnostics JSON per keystroke at 10,000 entries;
// then hover/completion p50/p95 on a settled document and a typing replay (300 edits at 50 per second), and the
// transport's floor: the same keystroke against a server that does nothing but send back the diagnostics the real
// one published (what moving and reading that JSON costs this client, whatever the analysis costs).
// BENCH_LSP_RUNS keystrokes per size (default 15): medians and min-max spread; BENCH_LSP_NODE_ARGS node options for the
// server after those the VS Code client gives it (e.g. --trace-gc). Figures are printed, never asserted.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DOMParser } from '@xmldom/xmldom';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { generateConfig } from './generateConfig';
import { median, ms, percentile, ratio, table } from './measure';
import { SERVER_ENVIRONMENT, SERVER_NODE_OPTIONS } from '../server/src/node/serverProcess';

const ENTRIES = Number(process.env.BENCH_LSP_ENTRIES ?? 10000);
const SMALL_ENTRIES = 30;
const RUNS = Number(process.env.BENCH_LSP_RUNS ?? 15);
const SERVER = process.env.BENCH_LSP_SERVER ?? 'dist/server.js';
/**
 * Node options for the server process: those the VS Code client starts it with, then BENCH_LSP_NODE_ARGS
 * (space-separated, e.g. `-r ./heap-logger.js`; a later V8 flag wins, so --max-semi-space-size=16 measures V8's
 * default). Nothing that writes to stdout (--trace-gc does): the server's stdout is the protocol, and the run hangs.
 */
const NODE_ARGS = [...SERVER_NODE_OPTIONS, ...(process.env.BENCH_LSP_NODE_ARGS ?? '').split(' ').filter(Boolean)];
/** The server's environment: the client's additions, where this process's environment does not set them otherwise. */
const SERVER_ENV: NodeJS.ProcessEnv = { ...SERVER_ENVIRONMENT, ...process.env };

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) / 1024;
}

const sleep = (delayMs: number) => new Promise((resolve) => setTimeout(resolve, delayMs));

function bareParseMs(text: string): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Median and min-max of a list of milliseconds, and the same as ratios to `base`. */
function spread(values: number[], base?: number): string {
  const sorted = [...values].sort((a, b) => a - b);
  const figure = `${ms(median(values))} (${ms(sorted[0])}-${ms(sorted[sorted.length - 1])})`;
  if (base === undefined) return figure;
  return `${ratio(median(values) / base)} (${ratio(sorted[0] / base)}-${ratio(sorted[sorted.length - 1] / base)}) = ${figure}`;
}

/** One open document: its text, edits as single-character insertions, and positions. */
class BenchDocument {
  version = 1;
  constructor(readonly uri: string, public text: string) {}

  positionAt(offset: number) {
    const before = this.text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - before.lastIndexOf('\n') - 1 };
  }

  insert(connection: ProtocolConnection, char: string, offset: number): number {
    const position = this.positionAt(offset);
    this.text = this.text.slice(0, offset) + char + this.text.slice(offset);
    this.version++;
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri, version: this.version },
      contentChanges: [{ range: { start: position, end: position }, text: char }],
    });
    return this.version;
  }
}

/**
 * A server that answers every didChange with the given diagnostics for that version (its JSON written as it is, no
 * work): the keystroke figure of a server whose analysis took no time.
 */
const ECHO_SERVER = `
const body = require('fs').readFileSync(process.argv[1]);
const uri = JSON.stringify(process.argv[2]);
let pending = Buffer.alloc(0);
process.stdin.on('data', (chunk) => {
  pending = Buffer.concat([pending, chunk]);
  for (;;) {
    const end = pending.indexOf('\\r\\n\\r\\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\\d+)/i.exec(pending.subarray(0, end).toString('ascii'))[1]);
    if (pending.length < end + 4 + length) return;
    const message = JSON.parse(pending.subarray(end + 4, end + 4 + length).toString('utf8'));
    pending = pending.subarray(end + 4 + length);
    if (message.method !== 'textDocument/didChange') continue;
    const head = Buffer.from('{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":' + uri + ',"version":' + message.params.textDocument.version + ',"diagnostics":');
    const tail = Buffer.from('}}');
    process.stdout.write('Content-Length: ' + (head.length + body.length + tail.length) + '\\r\\n\\r\\n');
    process.stdout.write(head);
    process.stdout.write(body);
    process.stdout.write(tail);
  }
});`;

/** Keystroke → diagnostics times against ECHO_SERVER sending `diagnosticsJson` back. */
async function transportFloor(diagnosticsJson: string, document: BenchDocument, runs: number): Promise<number[]> {
  const dir = mkdtempSync(join(os.tmpdir(), 'activemq-xml-bench-echo-'));
  const file = join(dir, 'diagnostics.json');
  writeFileSync(file, diagnosticsJson);
  const echo = spawn(process.execPath, ['-e', ECHO_SERVER, file, document.uri], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(echo.stdout!), new StreamMessageWriter(echo.stdin!));
  let arrived: ((version: number) => void) | undefined;
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => arrived?.(params.version ?? 0));
  connection.listen();
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const t = performance.now();
      const version = document.insert(connection, 'x', document.text.indexOf('read="', document.text.length >> 1) + 6);
      await new Promise<void>((resolve) => (arrived = (v) => v === version && resolve()));
      times.push(performance.now() - t);
      await sleep(300);
    }
  } finally {
    connection.dispose();
    echo.kill();
    rmSync(dir, { recursive: true, force: true });
  }
  return times;
}

async function main(): Promise<void> {
  const server = spawn(process.execPath, [...NODE_ARGS, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: SERVER_ENV });
  const connection: ProtocolConnection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  // Diagnostics of a version are there when the server publishes them, or says they are unchanged (a server
  // without activemqXml/analysed publishes every version).
  const waiters: { uri: string; version: number; resolve: () => void }[] = [];
  const analysed = new Map<string, number>();
  const jsonSizes: number[] = [];
  let published: PublishDiagnosticsParams | undefined;
  const reached = (uri: string, version: number) => {
    analysed.set(uri, Math.max(version, analysed.get(uri) ?? 0));
    for (const w of [...waiters]) {
      if (w.uri === uri && version >= w.version) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published = params;
    reached(params.uri, params.version ?? 0);
    // Measured after the waiters have taken their time: the bench's own serialisation is not the server's latency.
    setImmediate(() => jsonSizes.push(JSON.stringify(params).length));
  });
  connection.onNotification('activemqXml/analysed', (params: { uri: string; version: number }) => reached(params.uri, params.version));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ validate: { trigger: 'onType' } })));
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const diagnosticsFor = (uri: string, version: number) => new Promise<void>((resolve) => ((analysed.get(uri) ?? 0) >= version ? resolve() : waiters.push({ uri, version, resolve })));

  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { analysedNotifications: true } });
  connection.sendNotification('initialized', {});

  // 30 entries first, so that the large document's memory does not weigh on it.
  const small = new BenchDocument('file:///bench/small/activemq.xml', generateConfig(SMALL_ENTRIES));
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri: small.uri, languageId: 'xml', version: 1, text: small.text } });
  await diagnosticsFor(small.uri, 1);
  const smallTimes: number[] = [];
  for (let i = 0; i < Math.max(RUNS, 10); i++) {
    const t = performance.now();
    const version = small.insert(connection, 'x', small.text.indexOf('read="', small.text.length >> 1) + 6);
    await diagnosticsFor(small.uri, version);
    smallTimes.push(performance.now() - t);
    await sleep(100);
  }
  const smallBare = bareParseMs(small.text);

  const big = new BenchDocument('file:///bench/activemq.xml', generateConfig(ENTRIES));
  const bare = bareParseMs(big.text);
  const rssStart = status(server.pid!, 'VmRSS');
  let t = performance.now();
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri: big.uri, languageId: 'xml', version: 1, text: big.text } });
  await diagnosticsFor(big.uri, 1);
  const openMs = performance.now() - t;
  const peakAtOpen = status(server.pid!, 'VmHWM');
  // The first request builds the main thread's context of the opened version.
  t = performance.now();
  await connection.sendRequest('textDocument/hover', { textDocument: { uri: big.uri }, position: big.positionAt(big.text.indexOf('authorizationEntry ') + 3) });
  const firstHoverMs = performance.now() - t;

  // Keystrokes inside a group list near the middle, alone (their diagnostics' time), then each with hovers on other
  // entries until that version's diagnostics (the hovers' time).
  const keystrokeTimes: number[] = [];
  const hoverWhileValidating: number[] = [];
  const keystrokeJson: number[] = [];
  for (let run = 0; run < 2 * RUNS; run++) {
    const withHovers = run >= RUNS;
    const sizesBefore = jsonSizes.length;
    t = performance.now();
    const version = big.insert(connection, 'x', big.text.indexOf('read="', big.text.length >> 1) + 6);
    let done = false;
    const settled = diagnosticsFor(big.uri, version).then(() => {
      if (!withHovers) keystrokeTimes.push(performance.now() - t);
      done = true;
    });
    for (let i = 0; withHovers && !done; i++) {
      const offset = big.text.indexOf('authorizationEntry ', Math.floor(((i % 50) + 1) / 52 * big.text.length)) + 3;
      const h = performance.now();
      await connection.sendRequest('textDocument/hover', { textDocument: { uri: big.uri }, position: big.positionAt(offset) });
      if (!done) hoverWhileValidating.push(performance.now() - h);
      await Promise.race([settled, sleep(50)]);
    }
    await settled;
    await sleep(300);
    keystrokeJson.push(jsonSizes.slice(sizesBefore).reduce((a, b) => a + b, 0));
  }

  const hoverTimes: number[] = [];
  const completionTimes: number[] = [];
  for (let i = 0; i < 60; i++) {
    const offset = big.text.indexOf('authorizationEntry ', Math.floor(((i + 1) / 62) * big.text.length)) + 3;
    t = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri: big.uri }, position: big.positionAt(offset) });
    hoverTimes.push(performance.now() - t);
    const valueOffset = big.text.indexOf('read="', offset) + 6;
    t = performance.now();
    await connection.sendRequest('textDocument/completion', { textDocument: { uri: big.uri }, position: big.positionAt(valueOffset) });
    completionTimes.push(performance.now() - t);
  }

  // Typing: 300 characters at 50 per second into one attribute value.
  const rssBeforeTyping = status(server.pid!, 'VmRSS');
  const peakBeforeTyping = status(server.pid!, 'VmHWM');
  let typedAt = big.text.indexOf('write="', big.text.length >> 2) + 7;
  // Timed from the last edit's sending: the loop's own pace (sleep overshoot, positions) is not the server's.
  let lastEditSent = 0;
  for (let i = 0; i < 300; i++) {
    big.insert(connection, String.fromCharCode(97 + (i % 26)), typedAt++);
    lastEditSent = performance.now();
    await sleep(20);
  }
  const lastVersion = big.version;
  await diagnosticsFor(big.uri, lastVersion);
  const settleMs = performance.now() - lastEditSent;
  const rssAfterTyping = status(server.pid!, 'VmRSS');
  const peakAfterTyping = status(server.pid!, 'VmHWM');
  // The main thread parses the last version for requests once the typing has paused: the peak includes that.
  type Progress = { heldVersion: number | null; catchingUp: boolean };
  const caughtUp = async () => {
    const state = await connection.sendRequest<Progress>('activemqXml/validationProgress', { uri: big.uri });
    return state.heldVersion === lastVersion && !state.catchingUp;
  };
  while (!(await caughtUp())) await sleep(50);
  const peakRss = status(server.pid!, 'VmHWM');

  console.log(`LSP against ${SERVER} (node options: ${NODE_ARGS.join(' ')}; environment: ${Object.keys(SERVER_ENVIRONMENT).map((k) => `${k}=${SERVER_ENV[k]}`).join(' ')})`);
  console.log(`${ENTRIES} entries (${(big.text.length / 1024).toFixed(0)} KB), ${RUNS} keystrokes, ${new Date().toISOString().slice(0, 10)}, node ${process.version}\n`);
  console.log(`bare xmldom parse of the same text: ${ms(bare)} (${ENTRIES} entries), ${ms(smallBare)} (${SMALL_ENTRIES} entries)\n`);
  console.log(table(['measure', 'ratio to the bare parse: median (min-max) = ms', 'reach'], [
    [`${ENTRIES} entries: keystroke → diagnostics of that version`, spread(keystrokeTimes, bare), '≤ 1.0x'],
    [`${ENTRIES} entries: hover sent while the server debounces/validates (${hoverWhileValidating.length} hovers)`, spread(hoverWhileValidating, bare), '≤ 0.25x'],
    [`${SMALL_ENTRIES} entries: keystroke → diagnostics`, spread(smallTimes), '≤ 60 ms'],
    [`server peak RSS (VmHWM, main thread + worker)`, `${peakRss.toFixed(0)} MB`, '≤ 250 MB'],
    [`${ENTRIES} entries: diagnostics JSON per keystroke (median)`, `${(median(keystrokeJson) / 1024 / 1024).toFixed(2)} MB`, 'proportional to what is wrong'],
  ]));
  console.log();
  console.log(table(['measure', 'value'], [
    ['didOpen → diagnostics', ms(openMs)],
    ['first hover after open (builds the main thread\'s context)', ms(firstHoverMs)],
    ['settled document: hover p50 / p95', `${ms(median(hoverTimes))} / ${ms(percentile(hoverTimes, 95))}`],
    ['settled document: completion p50 / p95', `${ms(median(completionTimes))} / ${ms(percentile(completionTimes, 95))}`],
    ['typing: 300 edits at 50/s, diagnostics for the last version after the last edit', ms(Math.max(0, settleMs))],
    ['typing: version of the last published diagnostics / last version', `${published?.version} / ${lastVersion}`],
    ['server RSS at open / before typing / after typing', `${rssStart.toFixed(0)} / ${rssBeforeTyping.toFixed(0)} / ${rssAfterTyping.toFixed(0)} MB`],
    ['server peak RSS after open / before typing / after typing / caught up', [peakAtOpen, peakBeforeTyping, peakAfterTyping, peakRss].map((v) => v.toFixed(0)).join(' / ') + ' MB'],
  ]));
  connection.dispose();
  server.kill();

  const floor = await transportFloor(JSON.stringify(published?.diagnostics ?? []), big, RUNS);
  console.log(`\nTransport floor: the same keystroke against a server that only sends back these ${published?.diagnostics.length} diagnostics ` +
    `(${(median(keystrokeJson) / 1024 / 1024).toFixed(2)} MB): ${spread(floor, bare)}; the real server spends the rest analysing.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
