// The validation worker's entry (bundled as dist/analysisWorker.js): the same pure facade as the main thread, run on
// its own thread so that a long validation never holds up a hover. It keeps each open document's last parse (not
// its analyses) until the document is closed, so that the next version is parsed from it (reparseDocument). It
// answers each job with the diagnostics as UTF-8 JSON in a buffer it shares with the main thread (sharedJson.ts), which
// the main thread compares with what it published (to skip an unchanged list) and writes to the client as it is.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { format } from 'node:util';
import { getLanguageService, isCancelled } from '../service/languageService';
import type { Settings, XmldomVerdict } from '../service/languageService';
import { Environments, type EditorConfinement } from './environments';
import { analyseXml } from './xmlAnalysis';
import { JsonOutbox, type JsonHandOver } from './sharedJson';
import { decodeText, type EncodedText } from '../node/compactDocument';

/** What the worker needs to rebuild the main thread's environments; `epoch` changes whenever those are cleared. */
export interface WorkerEnvironment {
  epoch: number;
  userSettings: Settings;
  confinement: EditorConfinement;
}

export interface AnalysisJob {
  id: number;
  uri: string;
  version: number;
  /** The text as its units (the main thread never makes it a string: node/compactDocument.ts). */
  text: EncodedText;
  environment: WorkerEnvironment;
}

export interface AnalysisOutcome {
  /** The diagnostics, as the UTF-8 JSON the main thread publishes (never parsed there over stdio). */
  json: JsonHandOver;
  reason: string;
  failures: string[];
  /** How long the analysis took on the worker: the adaptive debounce's measure. */
  ms: number;
  /** xmldom's verdict on the text (when parsed): the main thread's parse of this version does not run xmldom again. */
  verdict?: XmldomVerdict;
}

/** A closed document: the worker drops what it holds of it. */
export interface ForgetJob {
  forget: string;
}

/**
 * What the worker is started with: `stop[0]` holds the id of the last job the main thread wants stopped, `outbox[0]`
 * whether the main thread still holds the buffer the worker shares its JSON in (sharedJson.ts).
 */
export interface AnalysisWorkerData {
  stop: SharedArrayBuffer;
  outbox: SharedArrayBuffer;
}

export type WorkerMessage = { id: number; outcome: AnalysisOutcome } | { id: number; error: string } | { id: number; cancelled: true } | { log: string };

function serve(port: NonNullable<typeof parentPort>, data: AnalysisWorkerData): void {
  // Each job reads only the parse of its own version: the next version's parse may take its tree over.
  const service = getLanguageService({ readsLatestParseOnly: true });
  const stop = new Int32Array(data.stop);
  const outbox = new JsonOutbox(new Int32Array(data.outbox));
  let current: WorkerEnvironment | undefined;
  const post = (message: WorkerMessage) => port.postMessage(message);
  // A worker's stdout is the process's, which over --stdio is the protocol: console output goes to the log instead.
  const toLog = (...args: unknown[]) => post({ log: format(...args) });
  Object.assign(console, { log: toLog, info: toLog, debug: toLog, warn: toLog, error: toLog });
  const environments = new Environments(() => current!.userSettings, () => current!.confinement, (log) => post({ log }));
  port.on('message', (job: AnalysisJob | ForgetJob) => {
    if ('forget' in job) return service.forget(job.forget);
    if (current?.epoch !== job.environment.epoch) environments.clear();
    current = job.environment;
    const start = performance.now();
    try {
      // Jobs are posted in id order and the main thread stops only its newest one, so every job up to a stopped id
      // was stopped (or has answered already).
      const cancellation = { get isCancellationRequested() { return Atomics.load(stop, 0) >= job.id; } };
      const text = decodeText(job.text);
      // The bytes go while they are young: referenced for the whole run, they would wait for a full collection.
      (job as { text?: EncodedText }).text = undefined;
      const analysis = analyseXml(service, environments.for(job.uri), job.uri, text, job.version, cancellation);
      const json = outbox.pack(analysis.diagnostics);
      const outcome: AnalysisOutcome = { json, reason: analysis.reason, failures: analysis.failures, ms: performance.now() - start, verdict: analysis.verdict };
      // A buffer of its own goes over without a copy; the shared one is shared.
      port.postMessage({ id: job.id, outcome } satisfies WorkerMessage, json instanceof Uint8Array ? [json.buffer as ArrayBuffer] : []);
    } catch (error) {
      if (isCancelled(error)) return post({ id: job.id, cancelled: true });
      post({ id: job.id, error: String((error as Error)?.stack ?? error) });
      service.forget(job.uri);
    } finally {
      // The parse is kept for the next version; its analyses (as large again) are not needed any more.
      service.releaseAnalyses(job.uri);
    }
  });
}

if (parentPort) serve(parentPort, workerData as AnalysisWorkerData);
