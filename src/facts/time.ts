// Calendar dates (YYYY-MM-DD) and statistical periods of fact-set format v1.
// ISO dates compare correctly as strings, so ranges are kept as date strings.
import { daysInMonth } from '../document/dates.js';

export { daysInMonth };

/** An inclusive range of calendar days. */
export interface DateRange {
  start: string;
  end: string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
// YYYY | YYYY-H1 | YYYY-Q3 | YYYY-MM | YYYY-MM..YYYY-MM | YYYY..YYYY (digits of the parts are checked after matching)
const PERIOD_RE = /^(\d{4})(?:-H(\d)|-Q(\d)|-(\d{2})(?:\.\.(\d{4})-(\d{2}))?|\.\.(\d{4}))?$/;


function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function monthStart(year: string, month: number): string {
  return `${year}-${pad2(month)}-01`;
}

function monthEnd(year: string, month: number): string {
  return `${year}-${pad2(month)}-${pad2(daysInMonth(Number(year), month))}`;
}

/** True for a real calendar day written YYYY-MM-DD (no 2023-02-30, no month 13). */
export function isValidDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Orders two YYYY-MM-DD dates: negative, 0 or positive, like a sort comparator. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `date` lies in the span from..to; a missing `from` means "since always", a missing or null `to` "still". */
export function dateInSpan(date: string, from: string | null | undefined, to: string | null | undefined): boolean {
  return (from == null || from <= date) && (to == null || date <= to);
}

/**
 * Why a period is not valid ("invalid period 2024-H3", "period 2025-09..2025-01 ends before it starts"),
 * or undefined when it is valid.
 */
export function periodProblem(period: string): string | undefined {
  const range = parsePeriod(period);
  if (range === 'invalid') return `invalid period ${period}`;
  if (range.end < range.start) return `period ${period} ends before it starts`;
  return undefined;
}

/** True for YYYY, YYYY-H1|H2, YYYY-Q1..Q4, YYYY-MM and a forward range YYYY-MM..YYYY-MM or YYYY..YYYY. */
/** The day `days` days after (or before, when negative) a YYYY-MM-DD date; an invalid date comes back as given. */
export function addDays(iso: string, days: number): string {
  const t = Date.parse(iso) + days * 86_400_000;
  return Number.isNaN(t) ? iso : new Date(t).toISOString().slice(0, 10);
}

export function isValidPeriod(period: string): boolean {
  return periodProblem(period) === undefined;
}

/** The first and last day of a period. Throws a RangeError for an invalid period. */
export function periodRange(period: string): DateRange {
  const range = parsePeriod(period);
  if (range === 'invalid' || range.end < range.start) throw new RangeError(`invalid period ${period}`);
  return range;
}

function parsePeriod(period: string): DateRange | 'invalid' {
  const m = PERIOD_RE.exec(period);
  if (!m) return 'invalid';
  const year = m[1] as string;
  const [, , half, quarter, month, endYear, endMonth, lastYear] = m;
  // A range of whole years ("2018..2025"): January of the first to December of the last.
  if (lastYear !== undefined) return { start: `${year}-01-01`, end: `${lastYear}-12-31` };
  if (half !== undefined) {
    if (half !== '1' && half !== '2') return 'invalid';
    return half === '1'
      ? { start: monthStart(year, 1), end: monthEnd(year, 6) }
      : { start: monthStart(year, 7), end: monthEnd(year, 12) };
  }
  if (quarter !== undefined) {
    const q = Number(quarter);
    if (q < 1 || q > 4) return 'invalid';
    return { start: monthStart(year, q * 3 - 2), end: monthEnd(year, q * 3) };
  }
  if (month !== undefined) {
    const first = Number(month);
    if (first < 1 || first > 12) return 'invalid';
    if (endYear === undefined || endMonth === undefined) return { start: monthStart(year, first), end: monthEnd(year, first) };
    const last = Number(endMonth);
    if (last < 1 || last > 12) return 'invalid';
    return { start: monthStart(year, first), end: monthEnd(endYear, last) };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

function rangeOf(dateOrPeriod: string): DateRange {
  return isValidDate(dateOrPeriod) ? { start: dateOrPeriod, end: dateOrPeriod } : periodRange(dateOrPeriod);
}

/**
 * True when a date (YYYY-MM-DD) or a whole period lies inside `period`:
 * periodContains('2024', '2024-03-05') and periodContains('2024', '2024-H1') are true.
 * Throws a RangeError for an invalid period.
 */
export function periodContains(period: string, inner: string): boolean {
  const outer = periodRange(period);
  const range = rangeOf(inner);
  return outer.start <= range.start && range.end <= outer.end;
}

/** True when two dates/periods share at least one day. Throws a RangeError for an invalid period. */
export function periodsOverlap(a: string, b: string): boolean {
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  return ra.start <= rb.end && rb.start <= ra.end;
}
