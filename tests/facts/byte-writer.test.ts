// The compiled set's writer keeps its bytes in chunks: together they are the texts' UTF-8, and
// each offset it returns is where the next text starts.
import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../src/facts/byte-writer.js';

describe('ByteWriter', () => {
  it('gives the UTF-8 of the texts in order, in chunks, with the length after each', () => {
    const texts = ['', 'a', 'Кыргызстан', '😀x', 'y'.repeat(200_000), ...Array.from({ length: 5_000 }, (_, i) => `{"n":${i},"s":"ш${'z'.repeat(i % 97)}"}`), 'é'.repeat(3_000_000)];
    const w = new ByteWriter();
    const ends = texts.map((t) => w.text(t));
    const chunks = w.result();
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length > 0)).toBe(true);
    expect(Buffer.concat(chunks).equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
    let at = 0;
    texts.forEach((t, i) => {
      at += Buffer.byteLength(t, 'utf8');
      expect(ends[i]).toBe(at);
    });
  });

  it('gives no chunks when nothing was written', () => {
    expect(new ByteWriter().result()).toEqual([]);
  });
});
