// The diagnostics JSON from the validation worker to the main thread without a fresh buffer per keystroke. On this
// kind of machine the first write to fresh memory costs about 2.7 ms per MB (page faults), and an 8 MB string or
// buffer is fresh memory each time it is made: making the JSON as one string, measuring it and encoding it cost
// 80-170 ms per keystroke at 10,000 entries, several times the work itself. The worker writes the JSON a diagnostic
// at a time (small strings) into one shared buffer it keeps and grows, and the main thread copies it out (into
// memory of its own that it keeps too, publisher.ts) and hands the buffer back through a word in shared memory.
// While the main thread holds it, the worker answers with a buffer of its own, as before. A diagnostic equal to one
// of the previous list (most of them, after a keystroke) is written from that one's JSON, not serialised again.
import type { Diagnostic } from 'vscode-languageserver/node';
import { jsonBytes } from './rawJson';

/** Diagnostics JSON as it crosses from the worker: bytes of its own, or the first `length` bytes of the shared buffer. */
export type JsonHandOver = Uint8Array | { shared: SharedArrayBuffer; length: number };

const FREE = 0;
const HELD = 1;

/** The worker's side: `state[0]` says whether the main thread still holds the shared buffer. */
export class JsonOutbox {
  private buffer: Buffer | undefined;
  /** The previous list's diagnostics and their JSON, by message. */
  private previous = new Map<string, { diagnostic: Diagnostic; json: string }>();

  constructor(private readonly state: Int32Array) {}

  /** The JSON of `values` (exactly JSON.stringify's), in the shared buffer when the main thread has handed it back. */
  pack(values: Diagnostic[]): JsonHandOver {
    const known = this.previous;
    const current = new Map<string, { diagnostic: Diagnostic; json: string }>();
    const jsonOf = (diagnostic: Diagnostic) => {
      const key = typeof diagnostic.message === 'string' ? diagnostic.message : JSON.stringify(diagnostic.message);
      const before = known.get(key);
      const json = before && sameDiagnostic(before.diagnostic, diagnostic) ? before.json : JSON.stringify(diagnostic);
      current.set(key, { diagnostic, json });
      return json;
    };
    this.previous = current;
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
    values.forEach((value, i) => put(i === 0 ? jsonOf(value) : `,${jsonOf(value)}`));
    put(']');
    this.buffer = out;
    return { shared: out!.buffer as SharedArrayBuffer, length };
  }
}

/**
 * Whether two diagnostics serialise alike: the same members in the same order (toDiagnostic makes them so) with the
 * same values. Anything this does not know makes them differ.
 */
export function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return sameValue(a, b);
}

/** Deep equality of JSON values, member order included (it decides the JSON text). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (typeof (a as { toJSON?: unknown }).toJSON === 'function' || typeof (b as { toJSON?: unknown }).toJSON === 'function') return false;
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  if (keys.length !== otherKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== otherKeys[i] || !sameValue((a as Record<string, unknown>)[keys[i]], (b as Record<string, unknown>)[keys[i]])) return false;
  }
  return true;
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
