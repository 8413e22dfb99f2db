import { formatDate } from '../document/dates.js';
import type { Span } from '../types.js';
/** A day of a month, maybe with its year and the weekday printed beside it. */
export interface CalendarDate {
    kind: 'date';
    /** Weekday (when printed) and date together. */
    span: Span;
    /** The date alone ("8 May 2023", "8/5"). */
    dateSpan: Span;
    /** Explicit year, else the article's year; undefined when neither is known. */
    year?: number;
    month: number;
    day: number;
    /** ISO weekday 1 = Monday .. 7 = Sunday, when the text prints one with the date. */
    weekday?: number;
    weekdaySpan?: Span;
    /** True when the year is written in the text. */
    yearExplicit: boolean;
    /** YYYY-MM-DD when the year is known and the date exists. */
    resolved?: string;
}
/** A weekday with no date beside it ("on Thursday", "в среду"), after a lead word. */
export interface BareWeekday {
    kind: 'weekday';
    span: Span;
    weekday: number;
    weekdaySpan: Span;
}
export type DateMention = CalendarDate | BareWeekday;
/** YYYY-MM-DD when the date exists, else undefined. */
export declare const isoDate: typeof formatDate;
/** ISO weekday (1 = Monday .. 7 = Sunday) of a YYYY-MM-DD date. */
export declare function weekdayOf(iso: string): number;
/** Year of an article date "YYYY-MM-DD", or undefined. */
export declare function yearOf(articleDate: string | undefined): number | undefined;
export declare function findDates(text: string, lang: string, articleDate?: string): DateMention[];
/**
 * Spans that numbers must not be read from: the dates findDates finds, any d.m.y / y-m-d
 * triple, clock times ("10:30", "10 Uhr", "pukul 10.30"). Sorted by start.
 */
export declare function dateAndTimeMasks(text: string, lang: string): Span[];
