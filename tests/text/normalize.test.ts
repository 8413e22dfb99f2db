import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForMatch, foldWithOffsets } from '../../src/text/normalize.js';

describe('foldForMatch', () => {
  it('lowercases and folds ё to е', () => {
    expect(foldForMatch('Королёв ЁЛКА Straße')).toBe('королев елка straße');
  });

  it('folds dashes, minus, NBSP and thin spaces, curly quotes and guillemets', () => {
    expect(foldForMatch('a–b—c−5\u00A0000\u202F1\u2009x')).toBe('a-b-c-5 000 1 x');
    expect(foldForMatch('«Да» „Ja“ “Yes” ‘no’ Jumʼat')).toBe('"да" "ja" "yes" \'no\' jum\'at');
  });

  it('is length-preserving: every offset in the folded text is the same offset in the original', () => {
    const s = 'İstanbul ǅ 😀 𐐀 Ё\u0308 ﬃ';
    const f = foldForMatch(s);
    expect(f.length).toBe(s.length);
    expect(f.slice(0, 1)).toBe('i'); // İ lowercases to two units; folded to one
    expect(f).toContain('😀');
    expect(f.indexOf('ﬃ')).toBe(s.indexOf('ﬃ')); // would expand under NFKC/lowercasing: kept
  });

  it('folds characters that compose to a quote or space like the quote or space itself (idempotent)', () => {
    // U+1FFD GREEK OXIA composes to U+00B4 ACUTE ACCENT, U+1FEF GREEK VARIA to the backtick,
    // U+2000 EN QUAD to U+2002 EN SPACE.
    for (const [ch, folded] of [['\u1FFD', "'"], ['\u1FEF', "'"], ['\u2000', ' '], ['\u00B4', "'"]] as const) {
      expect(foldForMatch(ch)).toBe(folded);
      expect(foldForMatch(foldForMatch(ch))).toBe(folded);
    }
  });

  it('is idempotent and length-preserving on every BMP character', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const f = foldForMatch(String.fromCharCode(c));
      if (f.length !== 1 || foldForMatch(f) !== f) bad.push(c.toString(16));
    }
    expect(bad).toEqual([]);
  });

  it('keeps lone surrogates', () => {
    expect(foldForMatch('a\uD800b\uDC00')).toBe('a\uD800b\uDC00');
  });

  it('property: same length, idempotent, lowercase ASCII letters unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 100 }), (a, b) => {
        for (const s of [a, b]) {
          const f = foldForMatch(s);
          expect(f.length).toBe(s.length);
          expect(foldForMatch(f)).toBe(f);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles long strings (no call-stack overflow)', () => {
    const s = 'Ё'.repeat(300_000);
    expect(foldForMatch(s)).toBe('е'.repeat(300_000));
  });
});

describe('foldWithOffsets', () => {
  it('composes decomposed letters and maps offsets back', () => {
    const s = 'Короле\u0308в и Королёв';
    const { text, toOriginal } = foldWithOffsets(s);
    expect(text).toBe('королев и королев');
    const second = text.lastIndexOf('королев');
    expect(toOriginal(second)).toBe(s.lastIndexOf('Королёв'));
    expect(toOriginal(text.indexOf(' и'))).toBe(s.indexOf(' и'));
    expect(toOriginal(text.length)).toBe(s.length);
  });

  it('equals foldForMatch when nothing composes', () => {
    const s = 'Putin met Japarov – 4,1 %';
    const r = foldWithOffsets(s);
    expect(r.text).toBe(foldForMatch(s));
    expect(r.toOriginal(5)).toBe(5);
  });

  it('property: offsets map monotonically into the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (s) => {
        const { text, toOriginal } = foldWithOffsets(s);
        let prev = 0;
        for (let i = 0; i <= text.length; i++) {
          const o = toOriginal(i);
          expect(o).toBeGreaterThanOrEqual(prev);
          expect(o).toBeLessThanOrEqual(s.length);
          prev = o;
        }
        expect(toOriginal(text.length)).toBe(s.length);
      }),
      { numRuns: 200 },
    );
  });
});
