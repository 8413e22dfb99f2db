// Bytes appended as they are made, for the compiled fact-set file: each record's JSON is encoded
// into one growing buffer as soon as it is written. Keeping the texts until one join and one
// encode held some 100 MB of strings alive at 100,000 entities, which the garbage collector
// copied and promoted; written at once, each text dies young.

export class ByteWriter {
  private buf: Buffer;
  private used = 0;

  constructor(initial = 64 * 1024) {
    this.buf = Buffer.allocUnsafe(initial);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.used;
  }

  /** Appends `text` as UTF-8; returns the length after it. */
  text(text: string): number {
    // At most three bytes per UTF-16 unit.
    this.room(text.length * 3);
    this.used += this.buf.write(text, this.used);
    return this.used;
  }

  /** Appends bytes; returns the length after them. */
  bytes(bytes: Uint8Array): number {
    this.room(bytes.length);
    this.buf.set(bytes, this.used);
    this.used += bytes.length;
    return this.used;
  }

  /** What was written (a view of the writer's buffer, which it does not write to again). */
  result(): Buffer {
    const out = this.buf.subarray(0, this.used);
    this.buf = Buffer.alloc(0);
    this.used = 0;
    return out;
  }

  private room(more: number): void {
    if (this.used + more <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.used + more));
    this.buf.copy(next, 0, 0, this.used);
    this.buf = next;
  }
}
