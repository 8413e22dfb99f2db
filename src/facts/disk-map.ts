// A string-keyed hash table laid out as bytes, for the compiled fact-set cache: a lookup reads a
// slot, an entry and a key where they lie, so a run that asks for ten keys of 100,000 builds no
// Map of them. Each key maps to two numbers (a list's offset and length, a record's index...).
// Entries are sorted by key, so the keys sharing a prefix are one run of entries (rangeOf).
//
// Layout, all little-endian uint32: count, slot count (a power of two), the slots (entry index
// + 1, or 0 for none), the entries (key offset, key length, a, b), then the keys' UTF-8 bytes.
import { hashRange } from '../hash.js';

/** The word table's FNV-1a over the UTF-16 units of a key (computed on the JS string, nothing encoded), unsigned. */
export function keyHash(key: string): number {
  return hashRange(key, 0, key.length) >>> 0;
}

const ENTRY = 16;

/**
 * The table's bytes for keys[i] → (a[i], b[i]), keys in any order; a key given twice keeps its
 * last value. Parallel arrays rather than a Map of pairs: a 100,000-entity set has maps of
 * 100,000 keys, and the pairs were so much garbage.
 */
export function buildDiskMap(keys: readonly string[], a: ArrayLike<number>, b: ArrayLike<number>): Buffer {
  const order = Array.from(keys.keys());
  // By key; of equal keys the last given first, so it is the one kept.
  order.sort((i, j) => {
    const x = keys[i]!;
    const y = keys[j]!;
    return x < y ? -1 : x > y ? 1 : j - i;
  });
  const kept = order.filter((x, k) => k === 0 || keys[x] !== keys[order[k - 1]!]);
  const count = kept.length;
  let slots = 1;
  while (slots < count * 2) slots *= 2;
  const table = new Uint32Array(2 + slots + count * 4);
  table[0] = count;
  table[1] = slots;
  const head = table.byteLength;
  const sorted: string[] = [];
  let at = head;
  for (let i = 0; i < count; i++) {
    const x = kept[i]!;
    const k = keys[x]!;
    sorted.push(k);
    let s = keyHash(k) & (slots - 1);
    while (table[2 + s] !== 0) s = (s + 1) & (slots - 1);
    table[2 + s] = i + 1;
    const e = 2 + slots + i * 4;
    const length = Buffer.byteLength(k, 'utf8');
    table[e] = at;
    table[e + 1] = length;
    table[e + 2] = a[x]!;
    table[e + 3] = b[x]!;
    at += length;
  }
  const out = Buffer.allocUnsafe(at);
  // Typed arrays are in the machine's byte order; the file is little-endian.
  const tableBytes = Buffer.from(table.buffer, 0, head);
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) tableBytes.swap32();
  tableBytes.copy(out, 0);
  out.write(sorted.join(''), head, 'utf8');
  return out;
}

/** Reads a table built by buildDiskMap; throws RangeError on bytes that are not one. */
export class DiskMap {
  private readonly count: number;
  private readonly slots: number;
  private readonly entries: number;

  constructor(private readonly bytes: Buffer) {
    this.count = bytes.readUInt32LE(0);
    this.slots = bytes.readUInt32LE(4);
    this.entries = 8 + this.slots * 4;
    if ((this.slots & (this.slots - 1)) !== 0 || this.slots < this.count || this.entries + this.count * ENTRY > bytes.length) {
      throw new RangeError('not a disk map');
    }
  }

  get size(): number {
    return this.count;
  }

  /** The two numbers stored for `key`, or undefined. */
  get(key: string): readonly [number, number] | undefined {
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.valueAt(i);
  }

  /** The key of entry i (entries are in key order). */
  keyAt(i: number): string {
    const e = this.entries + i * ENTRY;
    const at = this.bytes.readUInt32LE(e);
    return this.bytes.toString('utf8', at, at + this.bytes.readUInt32LE(e + 4));
  }

  valueAt(i: number): readonly [number, number] {
    const e = this.entries + i * ENTRY;
    return [this.bytes.readUInt32LE(e + 8), this.bytes.readUInt32LE(e + 12)];
  }

  /** Entries [from, to) whose keys start with `prefix`. */
  rangeOf(prefix: string): [number, number] {
    const from = this.lowerBound(prefix);
    let lo = from;
    let hi = this.count;
    // The first key after `from` that does not start with the prefix.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keyAt(mid).startsWith(prefix)) lo = mid + 1;
      else hi = mid;
    }
    return [from, lo];
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keyAt(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The entry number of `key`, or -1. */
  indexOf(key: string): number {
    const mask = this.slots - 1;
    // At most `count` probes: a damaged table cannot loop.
    for (let s = keyHash(key) & mask, n = 0; n <= this.count; s = (s + 1) & mask, n++) {
      const i = this.bytes.readUInt32LE(8 + s * 4);
      if (i === 0) return -1;
      if (i > this.count) throw new RangeError('damaged disk map');
      if (this.keyAt(i - 1) === key) return i - 1;
    }
    return -1;
  }
}
