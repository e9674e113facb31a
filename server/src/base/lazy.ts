// A value computed on first use and then kept: the shared analyses of a parse, a client check's readings, a side
// file read once per rule run.

/** Computes on the first call, then answers the same. */
export function lazy<T>(compute: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => (cached ??= { value: compute() }).value;
}
