// Inputs built to make regexes backtrack, and random text: every finder must finish, never
// throw, and return spans that lie inside the text. These assert finishing, not timings.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNumbers } from '../../src/language/numbers.js';
import { findQuantities } from '../../src/language/quantities.js';
import { findPeriods } from '../../src/language/periods.js';
import { findDates } from '../../src/language/dates.js';
import type { Span } from '../../src/types.js';

const LANGS = ['en', 'ru', 'de', 'id'];

const finders: Array<[string, (text: string, lang: string) => Array<{ span: Span }>]> = [
  ['findNumbers', findNumbers],
  ['findQuantities', findQuantities],
  ['findPeriods', (t, l) => findPeriods(t, l, '2025-11-26')],
  ['findDates', (t, l) => findDates(t, l, '2025-11-26')],
];

function checkSpans(text: string, found: Array<{ span: Span }>): void {
  let prev = -1;
  for (const f of found) {
    expect(f.span.start).toBeGreaterThanOrEqual(0);
    expect(f.span.end).toBeLessThanOrEqual(text.length);
    expect(f.span.start).toBeLessThan(f.span.end);
    expect(f.span.start).toBeGreaterThanOrEqual(prev);
    prev = f.span.start;
  }
}

const N = 100_000;
const adversarial: Record<string, string> = {
  'digit run': '1'.repeat(N),
  'comma groups': '1,'.repeat(N / 2),
  'dot groups': '1.'.repeat(N / 2),
  'space groups': '111 '.repeat(N / 4),
  'nbsp groups': '1\u00a0'.repeat(N / 2),
  'long word': 'a'.repeat(N),
  'long Cyrillic word': 'м'.repeat(N),
  'punctuation': '.,;:-–—()/'.repeat(N / 10),
  'spaces': ' '.repeat(N),
  'dashes between digits': '1-'.repeat(N / 2),
  'scale words': 'млрд '.repeat(N / 5),
  'number words': 'two '.repeat(N / 4),
  'compound-like word': 'zwei'.repeat(N / 4),
  'hedges': 'more than '.repeat(N / 10),
  'months': 'May '.repeat(N / 4),
  'years': '2024 '.repeat(N / 5),
  'dates': '12.10.'.repeat(N / 6),
  'currency': '$'.repeat(N),
  'surrogates': '😀1'.repeat(N / 3),
};

describe('adversarial 100k-character inputs finish', () => {
  for (const [name, text] of Object.entries(adversarial)) {
    it(name, () => {
      for (const lang of LANGS) {
        for (const [, find] of finders) {
          const found = find(text, lang);
          expect(Array.isArray(found)).toBe(true);
        }
      }
    });
  }
});

// Random text from pieces that matter to the finders, so the properties reach the parsers.
const piece = fc.constantFrom(
  '1', '12', '2024', '1,800', '4,1', '4.1', '360.000', '3–3,5', '-', '−', ' ', '\u00a0', '.', ',', '%', '$', 'US$', 'Rp',
  'млрд', 'тысяч', 'долларов', 'сомов за доллар', 'Mrd.', 'Prozent', 'miliar', 'persen', 'billion', 'percent',
  'about ', 'около ', 'knapp ', 'sekitar ', 'more than ', 'двух', 'zwei', 'tiga puluh', 'thirty', 'a third',
  '8 May', 'мая', 'Mai', 'Mei', 'Monday, ', 'в среду, ', 'am Montag, dem ', 'Senin (8/5)', '12.10.2023',
  'in ', 'в ', 'im ', 'pada ', 'first half of ', 'первом полугодии ', 'ersten Halbjahr ', 'semester pertama ',
  'last year', 'в прошлом году', 'im Vorjahr', 'tahun lalu', 'January to September', 'январь–сентябрь',
);
const mixed = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

describe('properties', () => {
  for (const [name, find] of finders) {
    it(`${name}: no throw and spans inside the text, on arbitrary Unicode`, () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...LANGS), (text, lang) => {
          checkSpans(text, find(text, lang));
        }),
        { numRuns: 150 },
      );
    });

    it(`${name}: no throw and spans inside the text, on number-like text`, () => {
      fc.assert(
        fc.property(mixed, fc.constantFrom(...LANGS), (text, lang) => {
          checkSpans(text, find(text, lang));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('numbers: raw is the span text and values are finite', () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom(...LANGS), (text, lang) => {
        for (const n of findNumbers(text, lang)) {
          expect(text.slice(n.span.start, n.span.end)).toBe(n.raw);
          expect(Number.isFinite(n.value)).toBe(true);
          expect(n.decimals).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('quantities: the span covers the number, raw is the span text', () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom(...LANGS), (text, lang) => {
        for (const q of findQuantities(text, lang)) {
          expect(text.slice(q.span.start, q.span.end)).toBe(q.raw);
          expect(q.span.start).toBeLessThanOrEqual(q.number.span.start);
          expect(q.span.end).toBeGreaterThanOrEqual(q.number.span.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('periods are in fact-set period syntax', () => {
    const syntax = /^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2])(\.\.\d{4}-(0[1-9]|1[0-2]))?)?$/;
    fc.assert(
      fc.property(mixed, fc.constantFrom(...LANGS), (text, lang) => {
        for (const p of findPeriods(text, lang, '2025-11-26')) expect(p.period).toMatch(syntax);
      }),
      { numRuns: 300 },
    );
  });

  it('dates: resolved dates exist and a merged weekday lies inside the span', () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom(...LANGS), (text, lang) => {
        for (const d of findDates(text, lang, '2025-11-26')) {
          if (d.kind !== 'date') continue;
          if (d.resolved) expect(new Date(`${d.resolved}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d.resolved);
          if (d.weekdaySpan) {
            expect(d.weekdaySpan.start).toBe(d.span.start);
            expect(d.dateSpan.end).toBe(d.span.end);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
