// Calendar-day arithmetic, the one copy: front matter, datelines, the --date option, the
// fact set's dates and periods, and dates found in article text all use it.
export function isLeapYear(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
/** Number of days in a month (month 1..12). */
export function daysInMonth(year, month) {
    if (month === 2)
        return isLeapYear(year) ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/** True when y-m-d is a real day of the proleptic Gregorian calendar (years 1..9999). */
export function isValidDate(year, month, day) {
    if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
        return false;
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    return day <= daysInMonth(year, month);
}
/** YYYY-MM-DD for a valid date, else undefined. */
export function formatDate(year, month, day) {
    if (!isValidDate(year, month, day))
        return undefined;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
/**
 * The calendar date of "2023-05-08" or of a full ISO timestamp ("2023-05-08T10:00:00+03:00":
 * the date as written, not converted to UTC — the article's own day is what counts).
 * Undefined for anything else, including impossible dates like 2023-02-30.
 */
export function parseIsoDate(value) {
    const m = ISO_DATE.exec(value.trim());
    if (!m)
        return undefined;
    return formatDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
