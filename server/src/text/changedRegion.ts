// Where two versions of a text differ: everything before their common prefix's end and after their common suffix's
// start is the same in both. Incremental parsing and the mapping of positions between versions share it.

export interface ChangedRegion {
  /** The end of the common prefix (the same offset in both texts). */
  start: number;
  /** Where the common suffix starts in the old text. */
  oldEnd: number;
  /** Where the common suffix starts in the new text. */
  newEnd: number;
}

/** Texts are compared a block at a time first: a block's equality is one memory compare, a character's a call. */
const BLOCK = 1024;

export function changedRegion(oldText: string, newText: string): ChangedRegion {
  const shorter = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start + BLOCK <= shorter && oldText.slice(start, start + BLOCK) === newText.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  const room = shorter - start;
  let suffix = 0;
  while (suffix + BLOCK <= room && oldText.slice(oldText.length - suffix - BLOCK, oldText.length - suffix) === newText.slice(newText.length - suffix - BLOCK, newText.length - suffix)) suffix += BLOCK;
  while (suffix < room && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

const LINE_BREAK = /[\r\n]/;

/**
 * Whether the edit between two texts may have added or removed a line break: one in the changed region of either,
 * or beside it (an edit between a CR and its LF splits one line break in two). When not, every line keeps its number.
 */
export function mayMoveLines(oldText: string, newText: string, { start, oldEnd, newEnd }: ChangedRegion): boolean {
  return LINE_BREAK.test(oldText.slice(Math.max(0, start - 1), oldEnd + 1)) || LINE_BREAK.test(newText.slice(Math.max(0, start - 1), newEnd + 1));
}

