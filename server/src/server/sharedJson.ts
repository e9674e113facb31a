// The diagnostics JSON from the validation worker to the main thread without a fresh buffer per keystroke. On this
// kind of machine the first write to fresh memory costs about 2.7 ms per MB (page faults), and an 8 MB string or
// buffer is fresh memory each time it is made: making the JSON as one string, measuring it and encoding it into a
// new buffer cost 80-170 ms per keystroke at 10,000 entries, several times the work itself. The worker writes the
// JSON into one shared buffer it keeps (grown when needed), and the main thread copies it out (into memory of its
// own that it keeps too, publisher.ts) and hands the buffer back through a word in shared memory.
// While the main thread holds it, the worker answers with a buffer of its own, as before.

/** Diagnostics JSON as it crosses from the worker: bytes of its own, or the first `length` bytes of the shared buffer. */
export type JsonHandOver = Uint8Array | { shared: SharedArrayBuffer; length: number };

const FREE = 0;
const HELD = 1;

/** The worker's side: `state[0]` says whether the main thread still holds the shared buffer. */
export class JsonOutbox {
  private buffer: Buffer | undefined;

  constructor(private readonly state: Int32Array) {}

  /**
   * The JSON of `values` (exactly JSON.stringify's), in the shared buffer when the main thread has handed it back,
   * else in a buffer of its own. Written a hundred values at a time: one string of the whole list is fresh memory
   * again (8 MB), and one write per value means ten thousand writes; in between took a third less than either. Each
   * value's JSON is made once: the service hands the same diagnostic object back while it is unchanged (toDiagnostic),
   * so a keystroke in a large config serialises the few that changed. The values must not change once packed.
   */
  pack(values: object[]): JsonHandOver {
    const shared = Atomics.compareExchange(this.state, 0, FREE, HELD) === FREE;
    let out = shared ? this.buffer : undefined;
    let length = 0;
    const put = (text: string) => {
      // A UTF-16 unit is at most three bytes of UTF-8; pages never written cost no memory.
      const needed = length + text.length * 3;
      if (!out || needed > out.length) out = grown(out, length, needed, shared);
      length += out.write(text, length, 'utf8');
    };
    put('[');
    for (let i = 0; i < values.length; i += VALUES_PER_WRITE) {
      const chunk = values.slice(i, i + VALUES_PER_WRITE).map(jsonOf).join(',');
      put(i === 0 ? chunk : `,${chunk}`);
    }
    put(']');
    if (!shared) return out!.subarray(0, length);
    this.buffer = out;
    return { shared: out!.buffer as SharedArrayBuffer, length };
  }
}

const packed = new WeakMap<object, string>();

function jsonOf(value: object): string {
  let json = packed.get(value);
  if (json === undefined) packed.set(value, (json = JSON.stringify(value)));
  return json;
}

/** About 85 KB of JSON at a time for pattern-overlap's findings: below V8's large-object size, so young memory. */
const VALUES_PER_WRITE = 100;

/** A larger buffer with the first `used` bytes of `old`: shared memory, or (`shared` false) a buffer to transfer. */
function grown(old: Buffer | undefined, used: number, needed: number, shared: boolean): Buffer {
  const size = Math.max(needed, 2 * (old?.length ?? 0), 1 << 16);
  const buffer = shared ? Buffer.from(new SharedArrayBuffer(size)) : Buffer.allocUnsafeSlow(size);
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
