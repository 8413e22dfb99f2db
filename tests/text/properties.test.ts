// Property tests: for arbitrary Unicode the text primitives never throw and spans stay inside the text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paragraphs, sentences } from '../../src/text/sentences.js';

// Strings rich in the characters the splitter cares about, mixed with arbitrary code points.
const interesting = fc.constantFrom('.', '!', '?', '…', ' ', '\n', '\r\n', '\r', '«', '»', '"', 'г.', 'Mrd.', 'V.', '12.', '13.10.', 'Jan.', 'A', 'а', 'Б', '1', '\u00A0', '#', '- ', '😀', '\uD800');
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(interesting, { maxLength: 120 }).map((a) => a.join('')),
);

describe('sentences and paragraphs: properties', () => {
  it('never throw; spans are ordered, non-empty, trimmed and inside the range', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.constantFrom(undefined, 'en', 'ru', 'de', 'id', 'xx'), (s, a, b, lang) => {
        const from = Math.min(a, b) % (s.length + 1);
        const to = Math.max(from, Math.max(a, b) % (s.length + 1));
        for (const list of [paragraphs(s, from, to), sentences(s, { start: from, end: to }, lang)]) {
          let prev = from;
          for (const sp of list) {
            expect(sp.start).toBeGreaterThanOrEqual(prev);
            expect(sp.end).toBeGreaterThan(sp.start);
            expect(sp.end).toBeLessThanOrEqual(to);
            expect(s.slice(sp.start, sp.end).trim()).not.toBe('');
            expect(/^\s/u.test(s.slice(sp.start, sp.end))).toBe(false);
            prev = sp.end;
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('every sentence lies inside one paragraph and together they cover its text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const ps = paragraphs(s);
        const ss = sentences(s);
        for (const sp of ss) expect(ps.some((p) => p.start <= sp.start && sp.end <= p.end)).toBe(true);
        const letters = (x: string) => x.replace(/\s/gu, '');
        expect(ss.map((sp) => letters(s.slice(sp.start, sp.end))).join('')).toBe(ps.map((p) => letters(s.slice(p.start, p.end))).join(''));
      }),
      { numRuns: 300 },
    );
  });
});
