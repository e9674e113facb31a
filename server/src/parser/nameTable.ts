// One string per distinct name read from the text. A large config repeats a handful of element and attribute
// names tens of thousands of times; sharing one string each keeps them out of the heap the garbage collector
// copies, and a shared string's hash is computed once for every Set and Map lookup the rules make.

const INITIAL_SLOTS = 256;

export class NameTable {
  private slots: (string | undefined)[] = new Array(INITIAL_SLOTS).fill(undefined);
  private count = 0;

  /** The string `text.slice(start, end)`, the same object every time the same name is read. */
  intern(text: string, start: number, end: number): string {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const length = end - start;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const candidate = this.slots[slot];
      if (candidate === undefined) {
        const name = text.slice(start, end);
        this.slots[slot] = name;
        if (++this.count * 2 > this.slots.length) this.grow();
        return name;
      }
      if (candidate.length === length && text.startsWith(candidate, start)) return candidate;
    }
  }

  /** Doubles the table, so that it stays at most half full and every probe ends soon. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Array(old.length * 2).fill(undefined);
    this.count = 0;
    for (const name of old) if (name !== undefined) this.intern(name, 0, name.length);
  }
}
