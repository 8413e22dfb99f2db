export declare function isLeapYear(year: number): boolean;
/** Number of days in a month (month 1..12). */
export declare function daysInMonth(year: number, month: number): number;
/** True when y-m-d is a real day of the proleptic Gregorian calendar (years 1..9999). */
export declare function isValidDate(year: number, month: number, day: number): boolean;
/** YYYY-MM-DD for a valid date, else undefined. */
export declare function formatDate(year: number, month: number, day: number): string | undefined;
/**
 * The calendar date of "2023-05-08" or of a full ISO timestamp ("2023-05-08T10:00:00+03:00":
 * the date as written, not converted to UTC — the article's own day is what counts).
 * Undefined for anything else, including impossible dates like 2023-02-30.
 */
export declare function parseIsoDate(value: string): string | undefined;
