// Bytes appended as they are made, for the compiled fact-set file: each record's JSON is encoded
// as soon as it is written. Keeping the texts until one join and one encode held some 100 MB of
// strings alive at 100,000 entities, which the garbage collector copied and promoted; written at
// once, each text dies young. The bytes stay in chunks, written to the file one after another:
// one buffer grown by doubling, or a copy of the chunks into one, would copy them all again.

const FIRST = 64 * 1024;
const LARGEST = 4 * 1024 * 1024;

export class ByteWriter {
  private readonly full: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(FIRST);
  private used = 0;
  private before = 0;

  /** Bytes written so far. */
  get length(): number {
    return this.before + this.used;
  }

  /** Appends `text` as UTF-8; returns the length after it. */
  text(text: string): number {
    // At most three bytes per UTF-16 unit; a chunk never holds part of a text.
    const most = text.length * 3;
    if (this.used + most > this.chunk.length) this.next(most);
    this.used += this.chunk.write(text, this.used);
    return this.length;
  }

  /** What was written, in order (views of the writer's chunks, which it does not write to again). */
  result(): Buffer[] {
    const out = [...this.full, this.chunk.subarray(0, this.used)].filter((b) => b.length > 0);
    this.full.length = 0;
    this.chunk = Buffer.alloc(0);
    this.before = 0;
    this.used = 0;
    return out;
  }

  private next(most: number): void {
    if (this.used > 0) this.full.push(this.chunk.subarray(0, this.used));
    this.before += this.used;
    this.chunk = Buffer.allocUnsafe(Math.max(most, Math.min(this.chunk.length * 2, LARGEST)));
    this.used = 0;
  }
}
