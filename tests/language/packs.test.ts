// The per-language data files: valid against their schemas, consistent, and enough on their
// own — a language is added by adding files, so every language that has them must work.
import { describe, expect, it } from 'vitest';
import { availableLangs, loadPack } from '../../src/language/pack.js';
import { packProblems, type PackProblem } from '../../src/language/pack-schema.js';
import { findNumbers, numberRules, type NumbersPack } from '../../src/language/numbers.js';
import { findQuantities } from '../../src/language/quantities.js';
import { findPeriods, type PeriodsPack } from '../../src/language/periods.js';
import { formText } from '../../src/language/phrase-pattern.js';

const LANGS = ['de', 'en', 'id', 'ru'];

/** The schema check loadPack runs, shaped like an ajv validate function (its problems in .errors). */
function validator(name: string) {
  const validate = (data: unknown): boolean => {
    validate.errors = packProblems(data, name);
    return validate.errors.length === 0;
  };
  validate.errors = [] as PackProblem[];
  return validate;
}

describe('numbers.json', () => {
  const validate = validator('numbers');

  it('exists for en, ru, de and id', () => {
    expect(availableLangs('numbers')).toEqual(expect.arrayContaining(LANGS));
  });

  it('every numbers.json matches its schema', () => {
    for (const lang of availableLangs('numbers')) {
      expect(validate(loadPack(lang, 'numbers')), `${lang}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('the schema rejects a malformed pack', () => {
    expect(validate({ decimal: [',,'], group: [], negative: [], rangeJoiners: [], scales: [], words: [], units: [], hedges: [] })).toBe(false);
    expect(validate({ decimal: [','], group: [], negative: [], rangeJoiners: [], scales: [], words: [{ kind: 'add', forms: ['x'] }], units: [], hedges: [] })).toBe(false);
    expect(validate({ decimal: [','], group: [], negative: [], rangeJoiners: [], scales: [], words: [], units: [{ unit: 'dollar' }], hedges: [] })).toBe(false);
  });

  it('decimal and group separators do not overlap; scales are powers of ten', () => {
    for (const lang of availableLangs('numbers')) {
      const pack = loadPack<NumbersPack>(lang, 'numbers')!;
      for (const c of pack.decimal) expect(pack.group, `${lang}: "${c}"`).not.toContain(c);
      for (const s of pack.scales) expect(Number.isInteger(Math.log10(s.value)), `${lang}: ${s.value}`).toBe(true);
    }
  });

  it('a unit form names one unit only', () => {
    for (const lang of availableLangs('numbers')) {
      const pack = loadPack<NumbersPack>(lang, 'numbers')!;
      for (const side of ['before', 'after'] as const) {
        const seen = new Map<string, string>();
        for (const u of pack.units) {
          for (const f of u[side] ?? []) {
            const key = formText(f).toLowerCase();
            expect(seen.get(key) ?? u.unit, `${lang} ${side}: "${formText(f)}"`).toBe(u.unit);
            seen.set(key, u.unit);
          }
        }
      }
    }
  });

  it('every form compiles and every listed currency is found after a number', () => {
    for (const lang of availableLangs('numbers')) {
      expect(numberRules(lang)).toBeDefined();
      const pack = loadPack<NumbersPack>(lang, 'numbers')!;
      for (const u of pack.units) {
        for (const f of u.after ?? []) {
          const form = formText(f).replace(/\*$/, '');
          const text = `7 ${form}`;
          const qs = findQuantities(text, lang);
          expect(qs.map((q) => q.unit), `${lang}: "${text}"`).toEqual([u.unit]);
        }
        for (const f of u.before ?? []) {
          const text = `${formText(f)}7`;
          expect(findQuantities(text, lang).map((q) => q.unit), `${lang}: "${text}"`).toEqual([u.unit]);
        }
      }
    }
  });

  it('every scale form multiplies a number written before it', () => {
    for (const lang of availableLangs('numbers')) {
      const pack = loadPack<NumbersPack>(lang, 'numbers')!;
      for (const s of pack.scales) {
        for (const f of s.forms) {
          const glued = typeof f !== 'string' && (f.gluedOnly || f.afterCurrency);
          const prefix = typeof f !== 'string' && f.afterCurrency ? (pack.units.find((u) => u.currency && u.before?.length)?.before?.[0] as string) : '';
          const text = `${prefix}7${glued ? '' : ' '}${formText(f)}`;
          const values = findNumbers(text, lang).map((n) => n.value);
          expect(values, `${lang}: "${text}"`).toEqual([7 * s.value]);
        }
      }
    }
  });
});

describe('periods.json', () => {
  const validate = validator('periods');

  it('exists for en, ru, de and id', () => {
    expect(availableLangs('periods')).toEqual(expect.arrayContaining(LANGS));
  });

  it('every periods.json matches its schema', () => {
    for (const lang of availableLangs('periods')) {
      expect(validate(loadPack(lang, 'periods')), `${lang}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('the schema rejects a quarter 5 and an unknown date order', () => {
    const base = loadPack<PeriodsPack>('en', 'periods')!;
    expect(validate({ ...base, quarters: [{ n: 5, forms: ['Q5'] }] })).toBe(false);
    expect(validate({ ...base, dates: { order: ['YMD'] } })).toBe(false);
  });

  it('every relative-year form resolves from the article date', () => {
    for (const lang of availableLangs('periods')) {
      const pack = loadPack<PeriodsPack>(lang, 'periods')!;
      for (const r of pack.relativeYears) {
        for (const form of r.forms) {
          const found = findPeriods(form, lang, '2025-06-15');
          expect(found.map((p) => p.period), `${lang}: "${form}"`).toEqual([String(2025 + r.offset)]);
        }
      }
    }
  });

  it('every half and quarter form with a year gives its period', () => {
    for (const lang of availableLangs('periods')) {
      const pack = loadPack<PeriodsPack>(lang, 'periods')!;
      for (const [list, tag] of [[pack.halves, 'H'], [pack.quarters, 'Q']] as const) {
        for (const p of list) {
          for (const form of p.forms) {
            const text = `${form.replace(/\*/g, '')} 2024`;
            expect(findPeriods(text, lang).map((m) => m.period), `${lang}: "${text}"`).toEqual([`2024-${tag}${p.n}`]);
          }
        }
      }
    }
  });
});
