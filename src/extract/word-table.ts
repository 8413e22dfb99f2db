// The words a process has seen, each with a number and its lookup key. Text words repeat
// (Zipf), so the tokenizer finds most words here by a hash it computes over the text in place:
// no slice, no case fold, and no hashing of a fresh string by a Map for every token. The number
// lets later stages keep per-word results in arrays (see NameMatcher.cutsOf). Words are hashed
// with hashRange (hash.ts).

export class WordTable {
  /** Open addressing: the word number in each slot, -1 for an empty one. */
  private slots = new Int32Array(1 << 12).fill(-1);
  private readonly hashes: number[] = [];
  readonly texts: string[] = [];
  readonly keys: string[] = [];

  constructor(private readonly max: number) {}

  get size(): number {
    return this.texts.length;
  }

  /** Number of the word text[start, end) with hash `hash`, or -1 when it is not in the table. */
  find(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const id = slots[s]!;
      if (id < 0) return -1;
      if (this.hashes[id] === hash) {
        const w = this.texts[id]!;
        if (w.length === end - start && text.startsWith(w, start)) return id;
      }
    }
  }

  /** Adds a word not in the table; -1 when the table is full (the caller then goes without). */
  add(word: string, key: string, hash: number): number {
    if (this.texts.length >= this.max) return -1;
    const id = this.texts.length;
    this.texts.push(word);
    this.keys.push(key);
    this.hashes.push(hash);
    // At most half full, so a probe for a missing word ends soon.
    if (2 * this.texts.length > this.slots.length) this.grow();
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let s = this.hashes[id]! & mask;
    while (this.slots[s]! >= 0) s = (s + 1) & mask;
    this.slots[s] = id;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let id = 0; id < this.texts.length; id++) this.place(id);
  }
}
