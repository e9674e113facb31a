// The diagnostics JSON from the validation worker to the main thread without a fresh buffer per keystroke. On this
// kind of machine the first write to fresh memory costs about 2.7 ms per MB (page faults), and an 8 MB string or
// buffer is fresh memory each time it is made: making the JSON as one string, measuring it and encoding it cost
// 80-170 ms per keystroke at 10,000 entries, several times the work itself. The worker writes the JSON a diagnostic
// at a time (small strings) into one shared buffer it keeps and grows, and the main thread copies it out (into
// memory of its own that it keeps too, publisher.ts) and hands the buffer back through a word in shared memory.
// While the main thread holds it, the worker answers with a buffer of its own, as before.
import { jsonBytes } from './rawJson';

/** Diagnostics JSON as it crosses from the worker: bytes of its own, or the first `length` bytes of the shared buffer. */
export type JsonHandOver = Uint8Array | { shared: SharedArrayBuffer; length: number };

const FREE = 0;
const HELD = 1;

/** The worker's side: `state[0]` says whether the main thread still holds the shared buffer. */
export class JsonOutbox {
  private buffer: Buffer | undefined;

  constructor(private readonly state: Int32Array) {}

  /** The JSON of `values` (exactly JSON.stringify's), in the shared buffer when the main thread has handed it back. */
  pack(values: unknown[]): JsonHandOver {
    if (Atomics.compareExchange(this.state, 0, FREE, HELD) !== FREE) return jsonBytes(values);
    let out = this.buffer;
    let length = 0;
    const put = (text: string) => {
      // A UTF-16 unit is at most three bytes of UTF-8.
      const needed = length + text.length * 3;
      if (!out || needed > out.length) out = grown(out, length, needed);
      length += out.write(text, length, 'utf8');
    };
    put('[');
    values.forEach((value, i) => put(i === 0 ? JSON.stringify(value) : `,${JSON.stringify(value)}`));
    put(']');
    this.buffer = out;
    return { shared: out!.buffer as SharedArrayBuffer, length };
  }
}

function grown(old: Buffer | undefined, used: number, needed: number): Buffer {
  const buffer = Buffer.from(new SharedArrayBuffer(Math.max(needed, 2 * (old?.length ?? 0), 1 << 16)));
  old?.copy(buffer, 0, 0, used);
  return buffer;
}

/** The main thread's side: the bytes of a hand-over, valid until `handBack`. */
export function handedOverBytes(json: JsonHandOver): Uint8Array {
  return json instanceof Uint8Array ? json : new Uint8Array(json.shared, 0, json.length);
}

/** Gives the shared buffer back to the worker (the main thread has copied what it needs). */
export function handBack(state: Int32Array): void {
  Atomics.store(state, 0, FREE);
}
