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
   * else in a buffer of its own. Each value's JSON is made once, as UTF-8 bytes: the service hands the same diagnostic
   * object back while it is unchanged (toDiagnostic), so a keystroke in a large config serialises the few that
   * changed, and the list is those bytes copied one after another. (Joining the values' JSON strings a hundred at a
   * time and encoding each join made 8 MB of short-lived strings per keystroke at 10,000 entries: four young
   * collections on the worker, and twice the time.) The values must not change once packed.
   */
  pack(values: object[]): JsonHandOver {
    const shared = Atomics.compareExchange(this.state, 0, FREE, HELD) === FREE;
    const parts = values.map(jsonBytesOf);
    let needed = 2 + Math.max(0, parts.length - 1);
    for (const part of parts) needed += part.length;
    let out = shared ? this.buffer : undefined;
    if (!out || needed > out.length) out = newBuffer(needed, shared);
    let length = 0;
    out[length++] = OPEN_BRACKET;
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) out[length++] = COMMA;
      out.set(parts[i], length);
      length += parts[i].length;
    }
    out[length++] = CLOSE_BRACKET;
    if (!shared) return out.subarray(0, length);
    this.buffer = out;
    return { shared: out.buffer as SharedArrayBuffer, length };
  }
}

const OPEN_BRACKET = 0x5b;
const COMMA = 0x2c;
const CLOSE_BRACKET = 0x5d;

const packed = new WeakMap<object, Uint8Array>();

/** A value's JSON as UTF-8, in memory of its own (a slice of Node's shared pool would keep the whole pool alive). */
function jsonBytesOf(value: object): Uint8Array {
  let bytes = packed.get(value);
  if (bytes === undefined) {
    const json = JSON.stringify(value);
    const buffer = Buffer.allocUnsafeSlow(Buffer.byteLength(json, 'utf8'));
    buffer.write(json, 0, 'utf8');
    packed.set(value, (bytes = buffer));
  }
  return bytes;
}

/** Memory for `needed` bytes: shared, with room to grow (it is kept; pages never written cost nothing), or its own. */
function newBuffer(needed: number, shared: boolean): Buffer {
  return shared ? Buffer.from(new SharedArrayBuffer(Math.max(1 << 16, needed + (needed >> 2)))) : Buffer.allocUnsafeSlow(needed);
}

/** The main thread's side: the bytes of a hand-over, valid until `handBack`. */
export function handedOverBytes(json: JsonHandOver): Uint8Array {
  return json instanceof Uint8Array ? json : new Uint8Array(json.shared, 0, json.length);
}

/** Gives the shared buffer back to the worker (the main thread has copied what it needs). */
export function handBack(state: Int32Array): void {
  Atomics.store(state, 0, FREE);
}
