// The main thread's side of the validation worker: one job at a time, only the newest version of each document
// waits, and a newer version stops the run of an older one. The stop is a word in shared memory that the worker
// reads between rules (base/cancellation.ts): the run ends within one rule's time, and the worker keeps its parse of
// the document for the next version. Without a worker script (a build without it, a worker that fails to start)
// jobs run on the main thread, as before.
//
// The worker's heap is capped: V8 otherwise lets an isolate's heap grow to several times what it holds before it
// collects, and a 10,000-entry analysis (about 70 MB live) took the server to 520-670 MB. The cap is raised ahead
// of a text that is expected to need more (its size says roughly how much), and a worker that runs out of its heap
// anyway is started again with twice the cap and runs the job again.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { AnalysisJob, AnalysisOutcome, AnalysisWorkerData, ForgetJob, WorkerMessage } from './analysisWorker';
import { jsonBytes } from './rawJson';
import { handBack, handedOverBytes } from './sharedJson';
import type { EncodedText } from '../node/compactDocument';

/**
 * The worker's first old-generation cap, in MB (ACTIVEMQ_XML_WORKER_HEAP_MB overrides it, for tests). V8 lets the
 * heap grow to near its cap before a full collection: while typing into a 10,000-entry config (about 80 MB live,
 * under the 97 MB its size asks for) the server's peak memory was 206-249 MB with 128 (most runs above 240) and
 * 211-227 MB with 100, the keystroke no slower (docs/performance.md, ninth session).
 */
export const INITIAL_WORKER_HEAP_MB = 100;
/**
 * Heap an analysis needs per MB of text, measured: a 10,000-entry config (1.2 MB) holds about 70 MB while analysed,
 * plus the parse kept for the next version.
 */
const HEAP_MB_PER_TEXT_MB = 80;
/**
 * The worker's young generation, in MB (two semi-spaces and their large objects; V8's default is 48): each version's
 * analysis dies young but for what the next version keeps. With the main thread's capped too (serverProcess.ts) and
 * fewer runs started in a burst (scheduler.ts), the server's peak memory at 10,000 entries went from a median of
 * 310 MB to 267 MB with no slower keystroke; 8 MB and less promote what would have died, and the old generation then
 * grows by more than they save (docs/performance.md, seventh session). The server's own process flag
 * `--max-semi-space-size=2` (serverProcess.ts) overrides it (V8's Heap::ConfigureHeap reads the flag after the
 * isolate's limits), so the worker has 2 MB semi-spaces too: this applies to a server started without the flag. Giving
 * the worker 4 MB again took the peak memory up by about 10 MB (docs/performance.md, ninth session).
 */
const WORKER_YOUNG_GENERATION_MB = 12;
/** Above this cap a job that still runs out of heap runs on the main thread, which has no cap. */
const MAX_WORKER_HEAP_MB = 4096;

/** A validation that failed publishes no findings (the log says why), as a failed rule would. */
const FAILED: ReceivedOutcome = { json: jsonBytes([]), reason: '', failures: [], ms: 0 };

export type AnalysisRequest = Omit<AnalysisJob, 'id'>;

/** An outcome as the main thread reads it: the JSON's bytes are valid until the callbacks it resolves have run. */
export type ReceivedOutcome = Omit<AnalysisOutcome, 'json'> & { json: Uint8Array };

interface Pending {
  job: AnalysisJob;
  /** Resolves with the outcome, or undefined when a newer version superseded the job. */
  resolve: (outcome: ReceivedOutcome | undefined) => void;
}

export class ValidationWorker {
  private worker: Worker | undefined;
  private broken: boolean;
  private running: Pending | undefined;
  private readonly waiting = new Map<string, Pending>();
  private nextId = 1;
  /** Shared with the worker: the id of the last job it should stop. */
  private readonly stop = new Int32Array(new SharedArrayBuffer(4));
  /** Shared with the worker: whether this thread still holds the buffer the worker writes its JSON in. */
  private readonly outbox = new Int32Array(new SharedArrayBuffer(4));

  constructor(
    private readonly script: string,
    private readonly inProcess: (request: AnalysisRequest) => ReceivedOutcome,
    /**
     * A version's text again, if it is still its document's: a posted job's text went to the worker (transferred,
     * so that this thread holds no copy while the job runs), and a job run again or on this thread needs it.
     */
    private readonly textOf: (uri: string, version: number) => EncodedText | undefined,
    private readonly log: (message: string) => void,
    private heapLimitMb = INITIAL_WORKER_HEAP_MB,
    /** Whether the cap is raised ahead of a large text (off: the cap only doubles when the worker runs out). */
    private readonly capBySize = true,
  ) {
    this.broken = !existsSync(script);
  }

  /** The outcome of analysing a version, or undefined when a newer version of the document came first. */
  analyse(request: AnalysisRequest): Promise<ReceivedOutcome | undefined> {
    return new Promise((resolve) => {
      // The same version under the same environment is already on its way (didOpen also fires a content change).
      const same = (p: Pending | undefined) => p?.job.uri === request.uri && p.job.version === request.version && p.job.environment.epoch === request.environment.epoch;
      if (same(this.running) || same(this.waiting.get(request.uri))) return resolve(undefined);
      this.waiting.get(request.uri)?.resolve(undefined);
      this.waiting.set(request.uri, { job: { ...request, id: this.nextId++ }, resolve });
      if (this.running?.job.uri === request.uri && this.running.job.version < request.version) this.cancelRunning();
      this.pump();
    });
  }

  /** Whether an analysis of the document is waiting or running. */
  isBusyWith(uri: string): boolean {
    return this.waiting.has(uri) || this.running?.job.uri === uri;
  }

  /** The version of the document being analysed now, if one is. */
  runningVersion(uri: string): number | undefined {
    return this.running?.job.uri === uri ? this.running.job.version : undefined;
  }

  /** A closed document: its waiting job is dropped and its run cancelled. */
  forget(uri: string): void {
    this.worker?.postMessage({ forget: uri } satisfies ForgetJob);
    this.waiting.get(uri)?.resolve(undefined);
    this.waiting.delete(uri);
    if (this.running?.job.uri === uri) this.cancelRunning();
    this.pump();
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  /**
   * Stops the running job: the worker ends it at its next rule and answers "cancelled", which is ignored like any
   * late answer; the next job is posted at once and waits in the worker's queue until then.
   */
  private cancelRunning(): void {
    const running = this.running;
    if (!running) return;
    if (this.worker) Atomics.store(this.stop, 0, running.job.id);
    running.resolve(undefined);
    this.running = undefined;
  }

  private pump(): void {
    if (this.running) return;
    const next = this.waiting.values().next();
    if (next.done) return;
    const pending = next.value;
    this.waiting.delete(pending.job.uri);
    this.running = pending;
    this.makeRoomFor(pending.job.text.length);
    const worker = this.started();
    if (worker) this.post(worker, pending);
    else setImmediate(() => this.runInProcess(pending));
  }

  /**
   * Posts a job with its text's bytes transferred: a copy kept here until the job is done would outlive this
   * thread's scavenges and pile up until a full collection, as the strings of TextDocument did.
   */
  private post(worker: Worker, pending: Pending): void {
    const job = this.withText(pending);
    if (job) worker.postMessage(job, [job.text.bytes.buffer as ArrayBuffer]);
  }

  /** The job with its text (made again if it went to a worker), or undefined (and the job finished) if it is stale. */
  private withText(pending: Pending): AnalysisJob | undefined {
    const { job } = pending;
    if (job.text.bytes.byteLength > 0 || job.text.length === 0) return job;
    const text = this.textOf(job.uri, job.version);
    if (text) return (pending.job = { ...job, text });
    this.finish(pending, undefined);
    return undefined;
  }

  private runInProcess(pending: Pending): void {
    if (this.running !== pending) return;
    let outcome = FAILED;
    try {
      const job = this.withText(pending);
      if (!job) return;
      outcome = this.inProcess(job);
    } catch (error) {
      this.log(`activemq-xml: validation of ${pending.job.uri} failed: ${String((error as Error)?.stack ?? error)}`);
    }
    this.finish(pending, outcome);
  }

  private finish(pending: Pending, outcome: ReceivedOutcome | undefined): void {
    if (this.running !== pending) return;
    this.running = undefined;
    pending.resolve(outcome);
    this.pump();
  }

  /**
   * Raises the heap cap to what a text of this length is expected to need (a worker started with a smaller one is
   * replaced), so that a large document does not first run out of heap once per doubling.
   */
  private makeRoomFor(textLength: number): void {
    if (!this.capBySize) return;
    let needed = this.heapLimitMb;
    while (needed < MAX_WORKER_HEAP_MB && needed < (textLength / (1024 * 1024)) * HEAP_MB_PER_TEXT_MB) needed *= 2;
    if (needed === this.heapLimitMb) return;
    this.heapLimitMb = needed;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private retryWithLargerHeap(): void {
    const pending = this.running;
    this.worker = undefined;
    this.heapLimitMb *= 2;
    this.log(`activemq-xml: the validation worker ran out of heap${pending ? ` on ${pending.job.uri}` : ''}; starting it again with ${this.heapLimitMb} MB`);
    const worker = pending && this.started();
    if (worker) this.post(worker, pending);
  }

  private started(): Worker | undefined {
    if (this.worker || this.broken) return this.worker;
    // A new worker writes into a shared buffer of its own: the word of the one it replaces says nothing about it.
    handBack(this.outbox);
    const workerData: AnalysisWorkerData = { stop: this.stop.buffer as SharedArrayBuffer, outbox: this.outbox.buffer as SharedArrayBuffer };
    const worker = new Worker(this.script, { workerData, resourceLimits: { maxOldGenerationSizeMb: this.heapLimitMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    worker.on('message', (message: WorkerMessage) => {
      if ('log' in message) return this.log(message.log);
      // The shared buffer goes back once the callbacks of this outcome (which copy what they publish) have run,
      // whatever becomes of it (a late answer too).
      if ('outcome' in message && !(message.outcome.json instanceof Uint8Array)) setImmediate(() => handBack(this.outbox));
      const pending = this.running;
      if (pending?.job.id !== message.id) return; // a cancelled run's late answer
      if ('cancelled' in message) return; // stopped by a newer version after all (its run was already dropped)
      if ('error' in message) {
        this.log(`activemq-xml: validation of ${pending.job.uri} failed: ${message.error}`);
        return this.finish(pending, FAILED);
      }
      this.finish(pending, { ...message.outcome, json: handedOverBytes(message.outcome.json) });
    });
    worker.on('error', (error) => {
      if (this.worker !== worker) return;
      if ((error as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY' && this.heapLimitMb < MAX_WORKER_HEAP_MB) return this.retryWithLargerHeap();
      this.log(`activemq-xml: the validation worker failed (${String(error?.stack ?? error)}); validating on the main thread from now on`);
      this.broken = true;
      this.worker = undefined;
      const pending = this.running;
      if (pending) setImmediate(() => this.runInProcess(pending));
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return; // replaced after running out of heap, or disposed
      this.worker = undefined;
      const pending = this.running;
      if (!pending) return;
      this.log(`activemq-xml: the validation worker stopped (exit code ${code}) while validating ${pending.job.uri}`);
      this.finish(pending, FAILED);
    });
    // The server exits with its client; an idle worker must not keep it alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
