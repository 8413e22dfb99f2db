import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  dateInSpan,
  isValidDate,
  isValidPeriod,
  periodContains,
  periodProblem,
  periodRange,
  periodsOverlap,
} from '../../src/facts/time.js';

describe('isValidDate', () => {
  it('accepts real calendar days, leap days included', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('2023-12-31')).toBe(true);
  });

  it('rejects impossible days, month 13 and other shapes', () => {
    for (const bad of ['2023-02-29', '1900-02-29', '2023-02-30', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '2023-1-5', '05.01.2023', '2023-01-01T00:00']) {
      expect(isValidDate(bad), bad).toBe(false);
    }
  });
});

describe('compareDates and dateInSpan', () => {
  it('orders ISO dates', () => {
    expect(compareDates('2023-01-31', '2023-02-01')).toBeLessThan(0);
    expect(compareDates('2023-02-01', '2023-02-01')).toBe(0);
    expect(compareDates('2024-01-01', '2023-12-31')).toBeGreaterThan(0);
  });

  it('includes both boundary days; missing from is since always, null to is still', () => {
    expect(dateInSpan('2021-03-01', '2021-03-01', '2021-03-05')).toBe(true);
    expect(dateInSpan('2021-03-05', '2021-03-01', '2021-03-05')).toBe(true);
    expect(dateInSpan('2021-02-28', '2021-03-01', '2021-03-05')).toBe(false);
    expect(dateInSpan('2021-03-06', '2021-03-01', '2021-03-05')).toBe(false);
    expect(dateInSpan('1800-01-01', undefined, '2021-03-05')).toBe(true);
    expect(dateInSpan('2999-01-01', '2021-03-01', null)).toBe(true);
  });
});

describe('periodRange', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-H1', '2024-01-01', '2024-06-30'],
    ['2024-H2', '2024-07-01', '2024-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2023-Q2', '2023-04-01', '2023-06-30'],
    ['2024-Q4', '2024-10-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2025-01..2025-09', '2025-01-01', '2025-09-30'],
    ['2024-11..2025-02', '2024-11-01', '2025-02-28'],
  ])('%s runs from %s to %s', (period, start, end) => {
    expect(periodRange(period)).toEqual({ start, end });
  });

  it('throws for an invalid period', () => {
    expect(() => periodRange('2024-H3')).toThrow(RangeError);
    expect(() => periodRange('2025-09..2025-01')).toThrow('invalid period 2025-09..2025-01');
  });
});

describe('periodProblem', () => {
  it('names what is wrong with a period', () => {
    expect(periodProblem('2024-H3')).toBe('invalid period 2024-H3');
    expect(periodProblem('2024-Q5')).toBe('invalid period 2024-Q5');
    expect(periodProblem('2024-Q0')).toBe('invalid period 2024-Q0');
    expect(periodProblem('2024-13')).toBe('invalid period 2024-13');
    expect(periodProblem('2024-01..2024-13')).toBe('invalid period 2024-01..2024-13');
    expect(periodProblem('2024')).toBeUndefined();
    expect(periodProblem('24')).toBe('invalid period 24');
    expect(periodProblem('2025-09..2025-01')).toBe('period 2025-09..2025-01 ends before it starts');
    expect(isValidPeriod('2025-03..2025-03')).toBe(true);
  });
});

describe('periodContains and periodsOverlap', () => {
  it('contains a day or a whole smaller period', () => {
    expect(periodContains('2024', '2024-03-05')).toBe(true);
    expect(periodContains('2024', '2025-01-01')).toBe(false);
    expect(periodContains('2024', '2024-H2')).toBe(true);
    expect(periodContains('2024-H1', '2024-Q2')).toBe(true);
    expect(periodContains('2024-H1', '2024-Q3')).toBe(false);
    expect(periodContains('2025-01..2025-09', '2025-09-30')).toBe(true);
    expect(periodContains('2025-01..2025-09', '2025-10-01')).toBe(false);
    expect(periodContains('2024-Q1', '2024')).toBe(false);
  });

  it('overlaps when the ranges share a day', () => {
    expect(periodsOverlap('2024-Q1', '2024-03')).toBe(true);
    expect(periodsOverlap('2024-H1', '2024-07-01')).toBe(false);
    expect(periodsOverlap('2024-11..2025-02', '2025')).toBe(true);
  });

  it('a valid day always lies in its year, half, quarter and month', () => {
    const day = fc
      .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
      .filter(isValidDate);
    fc.assert(
      fc.property(day, (date) => {
        const [y, m] = date.split('-');
        const month = Number(m);
        return (
          periodContains(y as string, date) &&
          periodContains(`${y}-H${month <= 6 ? 1 : 2}`, date) &&
          periodContains(`${y}-Q${Math.ceil(month / 3)}`, date) &&
          periodContains(`${y}-${m}`, date) &&
          !periodContains(`${y}-Q${(Math.ceil(month / 3) % 4) + 1}`, date)
        );
      }),
    );
  });
});

describe('addDays', () => {
  it('moves across month and year ends, both ways, and leaves an invalid date as given', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('not a date', 1)).toBe('not a date');
  });
});
