// Where the parser and the model collect the few items of a short list before copying them out at their exact
// number: an array grown by push keeps room for 17, and a large config has tens of thousands of these lists
// (an element's attributes, an entry's destination attributes, a group list's tokens).

export class ListCollector<T> {
  private readonly items: T[] = [];

  /**
   * Where a new list starts. Lists may nest (an inner one is taken before the outer one goes on), and taking from
   * a mark leaves alone anything a build that failed halfway may have left below it.
   */
  mark(): number {
    return this.items.length;
  }

  push(item: T): void {
    this.items.push(item);
  }

  /** The first item collected since `mark` that satisfies `test`. */
  find(mark: number, test: (item: T) => boolean): T | undefined {
    for (let i = mark; i < this.items.length; i++) if (test(this.items[i])) return this.items[i];
    return undefined;
  }

  /** The items collected since `mark`, in an array of their exact number; the collector forgets them. */
  take(mark: number): T[] {
    const items = this.items.slice(mark);
    this.items.length = mark;
    return items;
  }
}
