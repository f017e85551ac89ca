/**
 * A set of strings numbered in insertion order, for the tally's hot paths (a unit id per
 * ballot, a ballot id per ballot). An open-addressing table over an `Int32Array` with FNV-1a
 * hashing: on a million keys it is two to three times faster than a `Map`/`Set` of strings and
 * allocates nothing per key.
 */
export class StringIndex {
  private readonly keys: string[] = [];
  private table: Int32Array;
  private mask: number;

  /** @param expected how many keys to size the table for (it grows as needed). */
  constructor(expected = 8) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Builds an index of `keys`, numbered 0, 1, 2, … in order (later duplicates keep the first). */
  static of(keys: Iterable<string>, expected?: number): StringIndex {
    const index = new StringIndex(expected);
    for (const k of keys) index.add(k);
    return index;
  }

  /** How many distinct keys are held. */
  get size(): number {
    return this.keys.length;
  }

  /** The number of `key`, or `undefined` if absent. */
  get(key: string): number | undefined {
    const table = this.table;
    const mask = this.mask;
    let slot = hash(key) & mask;
    for (;;) {
      const v = table[slot]!;
      if (v === 0) return undefined;
      if (this.keys[v - 1] === key) return v - 1;
      slot = (slot + 1) & mask;
    }
  }

  /** Whether `key` is held. */
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Adds `key` if absent. Returns `true` if it was added, `false` if it was already there. */
  add(key: string): boolean {
    if ((this.keys.length + 1) * 2 > this.table.length) this.grow();
    const table = this.table;
    const mask = this.mask;
    let slot = hash(key) & mask;
    for (;;) {
      const v = table[slot]!;
      if (v === 0) {
        this.keys.push(key);
        table[slot] = this.keys.length;
        return true;
      }
      if (this.keys[v - 1] === key) return false;
      slot = (slot + 1) & mask;
    }
  }

  /** The key numbered `n`. */
  keyAt(n: number): string | undefined {
    return this.keys[n];
  }

  private grow(): void {
    const size = this.table.length * 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < this.keys.length; i++) {
      let slot = hash(this.keys[i]!) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = i + 1;
    }
    this.table = table;
    this.mask = mask;
  }
}

/** FNV-1a over UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
