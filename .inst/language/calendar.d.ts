/** Shape of rules/lang/<lang>/calendar.json (schema: rules/schema/calendar.schema.json). */
export interface CalendarPack {
    /** 12 arrays, January first: every printed form of the month. */
    months: string[][];
    /** 7 arrays, Monday first: every printed form of the weekday. */
    weekdays: string[][];
    /** Relative day words keyed by day offset ("-1" yesterday, "0" today, "1" tomorrow). */
    relative?: Record<string, string[]>;
}
/** The raw calendar data for a language, or undefined when there is none. */
export declare function calendarPack(lang: string): CalendarPack | undefined;
/** Month number 1..12 for a printed month word ("мая", "Jänner", "Okt", "Sept."), else undefined. */
export declare function monthIndex(lang: string, word: string): number | undefined;
/** ISO weekday 1 = Monday .. 7 = Sunday for a printed weekday word ("пятницу", "Jum'at"), else undefined. */
export declare function weekdayIndex(lang: string, word: string): number | undefined;
/** Day offset from the article date for a relative word ("вчера" → -1, "hari ini" → 0), else undefined. */
export declare function relativeDayOffset(lang: string, word: string): number | undefined;
/**
 * Regex sources (no groups, no anchors) for the month and weekday alternations of a language,
 * longest form first. Use them with the `iu` flags and add your own boundaries, e.g.
 * `(?<![\p{L}\p{N}])(?:${month})(?![\p{L}])` — `\b` does not work for Cyrillic. Forms with a
 * trailing dot include it, so "Jan." is matched with its dot. Undefined when the language has
 * no calendar data.
 */
export declare function calendarPattern(lang: string): {
    month: string;
    weekday: string;
} | undefined;
