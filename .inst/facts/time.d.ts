import { daysInMonth } from '../document/dates.js';
export { daysInMonth };
/** An inclusive range of calendar days. */
export interface DateRange {
    start: string;
    end: string;
}
/** True for a real calendar day written YYYY-MM-DD (no 2023-02-30, no month 13). */
export declare function isValidDate(text: string): boolean;
/** Orders two YYYY-MM-DD dates: negative, 0 or positive, like a sort comparator. */
export declare function compareDates(a: string, b: string): number;
/** True when `date` lies in the span from..to; a missing `from` means "since always", a missing or null `to` "still". */
export declare function dateInSpan(date: string, from: string | null | undefined, to: string | null | undefined): boolean;
/**
 * Why a period is not valid ("invalid period 2024-H3", "period 2025-09..2025-01 ends before it starts"),
 * or undefined when it is valid.
 */
export declare function periodProblem(period: string): string | undefined;
/** True for YYYY, YYYY-H1|H2, YYYY-Q1..Q4, YYYY-MM and a forward range YYYY-MM..YYYY-MM. */
export declare function isValidPeriod(period: string): boolean;
/** The first and last day of a period. Throws a RangeError for an invalid period. */
export declare function periodRange(period: string): DateRange;
/**
 * True when a date (YYYY-MM-DD) or a whole period lies inside `period`:
 * periodContains('2024', '2024-03-05') and periodContains('2024', '2024-H1') are true.
 * Throws a RangeError for an invalid period.
 */
export declare function periodContains(period: string, inner: string): boolean;
/** True when two dates/periods share at least one day. Throws a RangeError for an invalid period. */
export declare function periodsOverlap(a: string, b: string): boolean;
