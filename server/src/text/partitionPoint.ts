// Binary search, once: the first index of a sorted sequence whose item is no longer "before" what is looked for.

/**
 * The first index in [0, count) for which `before(i)` is false, or `count` when there is none; `before` must be true
 * for a prefix of the indices and false after it (a sorted sequence and a threshold).
 */
export function partitionPoint(count: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
