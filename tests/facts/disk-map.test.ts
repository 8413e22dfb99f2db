// The compiled set's string-keyed table: every key found with its numbers, entries in key order
// (prefix ranges), a key given twice keeping its last numbers.
import { describe, expect, it } from 'vitest';
import { buildDiskMap, DiskMap } from '../../src/facts/disk-map.js';

describe('buildDiskMap', () => {
  it('finds every key, keeps the entries in key order and answers prefix ranges', () => {
    const keys = Array.from({ length: 3_000 }, (_, i) => `k${(i * 7919) % 3_000}-${i % 3 === 0 ? 'ш' : 'x'}`);
    const m = new DiskMap(buildDiskMap(keys, keys.map((_, i) => i), keys.map((_, i) => i * 2)));
    expect(m.size).toBe(3_000);
    keys.forEach((k, i) => expect(m.get(k)).toEqual([i, i * 2]));
    expect(m.get('absent')).toBeUndefined();
    const sorted = [...keys].sort();
    expect(Array.from({ length: m.size }, (_, i) => m.keyAt(i))).toEqual(sorted);
    const [from, to] = m.rangeOf('k12');
    expect(to - from).toBe(sorted.filter((k) => k.startsWith('k12')).length);
  });

  it('keeps the last numbers of a key given twice, as a Map would', () => {
    const m = new DiskMap(buildDiskMap(['b', 'a', 'b', 'c', 'a'], [1, 2, 3, 4, 5], [0, 0, 0, 0, 9]));
    expect(m.size).toBe(3);
    expect([m.get('a'), m.get('b'), m.get('c')]).toEqual([[5, 9], [3, 0], [4, 0]]);
  });
});
