// A unified diff of a file before and after --fix, for --fix-dry-run: what would change, for a person (or
// `git apply` / `patch -p1`) to review first. Fixes replace text within lines, so the lines usually pair up one
// to one; when the line count changes, the changed stretch between the common start and end is one hunk.

const CONTEXT = 3;

interface Change {
  /** 0-based index of the first changed line, before and after. */
  before: number;
  after: number;
  removed: string[];
  added: string[];
}

/**
 * The changed stretches between two line lists. `same` compares lines by key (the last line's key also says
 * whether a line break ends it, so that a file losing its final line break shows that line as changed).
 */
function changes(before: string[], after: string[], same: (b: number, a: number) => boolean): Change[] {
  if (before.length !== after.length) {
    let start = 0;
    while (start < before.length && start < after.length && same(start, start)) start++;
    let tail = 0;
    while (tail < before.length - start && tail < after.length - start && same(before.length - 1 - tail, after.length - 1 - tail)) tail++;
    return [{ before: start, after: start, removed: before.slice(start, before.length - tail), added: after.slice(start, after.length - tail) }];
  }
  const found: Change[] = [];
  for (let i = 0; i < before.length; i++) {
    if (same(i, i)) continue;
    const last = found[found.length - 1];
    if (last && last.before + last.removed.length === i) {
      last.removed.push(before[i]);
      last.added.push(after[i]);
    } else {
      found.push({ before: i, after: i, removed: [before[i]], added: [after[i]] });
    }
  }
  return found;
}

/** A hunk's range: 1-based start and count; an empty range names the line before it (0 at the top). */
function range(start: number, count: number): string {
  return count === 0 ? `${start},0` : `${start + 1},${count}`;
}

const NO_LINE_BREAK = '\\ No newline at end of file';

/** A hunk that reaches the end of a text without a final line break says so after that text's last line. */
function markMissingLineBreaks(hunk: string[], before: boolean, after: boolean): void {
  const lastOf = (skip: string) => hunk.reduce((last, line, i) => (line.startsWith(skip) ? last : i), -1);
  const lastBefore = lastOf('+');
  const lastAfter = lastOf('-');
  // Insert from the back, so the first insertion does not move the second place.
  const places = [...new Set([before ? lastBefore : -1, after ? lastAfter : -1])].filter((i) => i >= 0).sort((x, y) => y - x);
  for (const i of places) hunk.splice(i + 1, 0, NO_LINE_BREAK);
}

/** The unified diff between two texts, labelled a/PATH and b/PATH; empty when they are equal. */
export function unifiedDiff(path: string, beforeText: string, afterText: string): string {
  if (beforeText === afterText) return '';
  // A final line break ends the last line; it does not start an empty one.
  const lines = (text: string) => (text === '' ? [] : (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n'));
  const before = lines(beforeText);
  const after = lines(afterText);
  const hunks: string[] = [];
  const ends = (list: string[], i: number, text: string) => i === list.length - 1 && !text.endsWith('\n');
  const all = changes(before, after, (b, a) => before[b] === after[a] && ends(before, b, beforeText) === ends(after, a, afterText));
  for (let i = 0; i < all.length; ) {
    // Changes closer than twice the context share one hunk, as diff -u does.
    let j = i;
    while (j + 1 < all.length && all[j + 1].before - (all[j].before + all[j].removed.length) <= 2 * CONTEXT) j++;
    const first = all[i];
    const last = all[j];
    const start = Math.max(0, first.before - CONTEXT);
    const hunk: string[] = before.slice(start, first.before).map((l) => ` ${l}`);
    for (let k = i; k <= j; k++) {
      const change = all[k];
      if (k > i) hunk.push(...before.slice(all[k - 1].before + all[k - 1].removed.length, change.before).map((l) => ` ${l}`));
      hunk.push(...change.removed.map((l) => `-${l}`), ...change.added.map((l) => `+${l}`));
    }
    const endBefore = Math.min(before.length, last.before + last.removed.length + CONTEXT);
    hunk.push(...before.slice(last.before + last.removed.length, endBefore).map((l) => ` ${l}`));
    const beforeCount = hunk.filter((l) => !l.startsWith('+')).length;
    const afterCount = hunk.filter((l) => !l.startsWith('-')).length;
    const afterStart = start + (first.after - first.before);
    if (endBefore === before.length) markMissingLineBreaks(hunk, !beforeText.endsWith('\n'), !afterText.endsWith('\n'));
    hunks.push(`@@ -${range(start, beforeCount)} +${range(afterStart, afterCount)} @@\n${hunk.join('\n')}\n`);
    i = j + 1;
  }
  // git's labels: a/ and b/ before a relative path (an absolute one loses its leading slash, as with -p1 from /).
  const label = path.split('\\').join('/').replace(/^\/+/, '');
  return `--- a/${label}\n+++ b/${label}\n${hunks.join('')}`;
}
