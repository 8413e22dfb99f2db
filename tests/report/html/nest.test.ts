// Overlapping claim spans as nested marks (src/report/html/nest.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestRanges, snapOffset, type Piece, type Range } from '../../../src/report/html/nest.js';

/** The pieces as a bracketed string: [id ...] for marks, < and > on first and last pieces. */
function show(text: string, pieces: Piece[]): string {
  return pieces
    .map((p) => (p.kind === 'text' ? text.slice(p.start, p.end) : `[${p.first ? '<' : ''}${p.id}:${show(text, p.children)}${p.last ? '>' : ''}]`))
    .join('');
}

/** For every character, the ids of the marks around it, sorted. */
function coverage(pieces: Piece[], out: Map<number, number[]> = new Map(), around: number[] = []): Map<number, number[]> {
  for (const p of pieces) {
    if (p.kind === 'text') {
      for (let i = p.start; i < p.end; i++) out.set(i, [...around].sort((a, b) => a - b));
    } else {
      coverage(p.children, out, [...around, p.id]);
    }
  }
  return out;
}

describe('nestRanges', () => {
  const text = 'abcdefghij';

  it('leaves text without ranges as one text piece', () => {
    expect(nestRanges(0, 10, [])).toEqual([{ kind: 'text', start: 0, end: 10 }]);
  });

  it('nests a range inside another and keeps disjoint ones side by side', () => {
    const pieces = nestRanges(0, 10, [{ start: 1, end: 8, id: 0 }, { start: 2, end: 4, id: 1 }, { start: 8, end: 10, id: 2 }]);
    expect(show(text, pieces)).toBe('a[<0:b[<1:cd>]efgh>][<2:ij>]');
  });

  it('splits a range that crosses the end of the one it starts in', () => {
    const pieces = nestRanges(0, 10, [{ start: 0, end: 5, id: 0 }, { start: 3, end: 8, id: 1 }]);
    expect(show(text, pieces)).toBe('[<0:abc[<1:de]>][1:fgh>]ij');
  });

  it('nests equal ranges (by id) and puts the longer of two with one start outside', () => {
    expect(show(text, nestRanges(0, 10, [{ start: 2, end: 4, id: 1 }, { start: 2, end: 4, id: 0 }]))).toBe('ab[<0:[<1:cd>]>]efghij');
    expect(show(text, nestRanges(0, 10, [{ start: 2, end: 4, id: 0 }, { start: 2, end: 7, id: 1 }]))).toBe('ab[<1:[<0:cd>]efg>]hij');
  });

  it('splits a range crossing two nested ones at each end it crosses', () => {
    const pieces = nestRanges(0, 10, [{ start: 0, end: 6, id: 0 }, { start: 1, end: 4, id: 1 }, { start: 3, end: 9, id: 2 }]);
    expect(show(text, pieces)).toBe('[<0:a[<1:bc[<2:d]>][2:ef]>][2:ghi>]j');
  });

  it('clips ranges to the window and marks clipped ends as neither first nor last', () => {
    const pieces = nestRanges(3, 7, [{ start: 0, end: 5, id: 0 }, { start: 6, end: 10, id: 1 }, { start: 8, end: 9, id: 2 }]);
    expect(show(text, pieces)).toBe('[0:de>]f[<1:g]');
  });

  it('drops empty ranges', () => {
    expect(show(text, nestRanges(0, 10, [{ start: 4, end: 4, id: 0 }]))).toBe(text);
  });

  it('keeps every character covered by exactly the ranges that cover it (property)', () => {
    const range = fc.tuple(fc.nat(20), fc.nat(20)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 8 }), fc.nat(20), fc.nat(20), (spans, a, b) => {
        const from = Math.min(a, b);
        const to = Math.max(a, b);
        const ranges: Range[] = spans.map((s, id) => ({ ...s, id }));
        const pieces = nestRanges(from, to, ranges);
        const cov = coverage(pieces);
        for (let i = from; i < to; i++) {
          expect(cov.get(i)).toEqual(ranges.filter((r) => r.start <= i && i < r.end).map((r) => r.id));
        }
        expect(cov.size).toBe(to - from);
        // Each range still inside the window has exactly one first and one last piece.
        const firsts = new Map<number, number>();
        const lasts = new Map<number, number>();
        const walk = (ps: Piece[]): void => {
          for (const p of ps) {
            if (p.kind !== 'mark') continue;
            expect(p.start).toBeLessThan(p.end);
            for (const c of p.children) {
              expect(c.start).toBeGreaterThanOrEqual(p.start);
              expect(c.end).toBeLessThanOrEqual(p.end);
            }
            if (p.first) firsts.set(p.id, (firsts.get(p.id) ?? 0) + 1);
            if (p.last) lasts.set(p.id, (lasts.get(p.id) ?? 0) + 1);
            walk(p.children);
          }
        };
        walk(pieces);
        for (const r of ranges) {
          const inside = r.end > r.start && r.start >= from && r.end <= to;
          if (inside) {
            expect(firsts.get(r.id)).toBe(1);
            expect(lasts.get(r.id)).toBe(1);
          }
        }
      }),
    );
  });
});

describe('snapOffset', () => {
  const text = 'a😀b'; // 😀 is two UTF-16 code units at 1..3

  it('moves an offset inside a surrogate pair to the pair start or end', () => {
    expect(snapOffset(text, 2, 'back')).toBe(1);
    expect(snapOffset(text, 2, 'forward')).toBe(3);
  });

  it('leaves offsets between characters and clamps those outside the text', () => {
    for (const o of [0, 1, 3, 4]) expect(snapOffset(text, o, 'back')).toBe(o);
    expect(snapOffset(text, -2, 'back')).toBe(0);
    expect(snapOffset(text, 9, 'forward')).toBe(4);
  });
});
