// Where the next occurrence of a character lies, for a reader that moves forward through a text. Each answer is
// remembered, so that asking again from a later offset before that occurrence costs nothing: 100,000 attributes
// in one tag no longer each search to the end of the tag.

export class ForwardSearch {
  /** The offset the remembered answer was searched from (above every offset: nothing remembered). */
  private searchedFrom = Infinity;
  /** The remembered answer: the first occurrence at or after `searchedFrom`, or -1 for none. */
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  /** The first occurrence at or after `from`, or -1. */
  next(from: number): number {
    const remembered = from >= this.searchedFrom && (this.found < 0 || this.found >= from);
    if (!remembered) {
      this.searchedFrom = from;
      this.found = this.text.indexOf(this.char, from);
    }
    return this.found;
  }

  /** Whether an occurrence lies in [start, end). */
  within(start: number, end: number): boolean {
    const at = this.next(start);
    return at >= 0 && at < end;
  }
}
