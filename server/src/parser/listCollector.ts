// Where the parser and the model collect the few items of a short list before copying them out at their exact
// number: an array grown by push keeps room for 17, and a large config has tens of thousands of these lists
// (an element's attributes, an entry's destination attributes, a group list's tokens).

export class ListCollector<T> {
  private readonly items: (T | undefined)[] = [];
  /**
   * How many items are held. Kept apart from `items.length`: shortening an array makes V8 trim its store, and the
   * next push allocates a new one, a garbage store for every list collected.
   */
  private count = 0;

  /**
   * Where a new list starts. Lists may nest (an inner one is taken before the outer one goes on), and taking from
   * a mark leaves alone anything a build that failed halfway may have left below it.
   */
  mark(): number {
    return this.count;
  }

  push(item: T): void {
    if (this.count < this.items.length) this.items[this.count] = item;
    else this.items.push(item);
    this.count++;
  }

  /**
   * The first item collected since `mark` that satisfies `test(item, arg)`. The argument is passed rather than
   * captured so that callers can pass one module-level function instead of making a closure per call.
   */
  find<A>(mark: number, test: (item: T, arg: A) => boolean, arg: A): T | undefined {
    for (let i = mark; i < this.count; i++) if (test(this.items[i] as T, arg)) return this.items[i];
    return undefined;
  }

  /** The items collected since `mark`, in an array of their exact number; the collector forgets them. */
  take(mark: number): T[] {
    const items = this.items.slice(mark, this.count) as T[];
    // Forgotten slots let go of what they held, so that a finished build is not kept alive by its last list.
    for (let i = mark; i < this.count; i++) this.items[i] = undefined;
    this.count = mark;
    return items;
  }
}
