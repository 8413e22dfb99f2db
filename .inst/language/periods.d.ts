import type { Span } from '../types.js';
/** Shape of rules/lang/<lang>/periods.json (schema: rules/schema/periods.schema.json). */
export interface PeriodsPack {
    leads: string[];
    yearBefore: string[];
    yearAfter: string[];
    links?: string[];
    relativeYears: Array<{
        offset: number;
        forms: string[];
    }>;
    halves: Array<{
        n: number;
        forms: string[];
    }>;
    quarters: Array<{
        n: number;
        forms: string[];
    }>;
    monthSpans?: Array<{
        n: number;
        forms: string[];
    }>;
    rangeJoiners: string[];
    monthsCapitalized?: boolean;
    dates: {
        order: Array<'DM' | 'MD'>;
        daySuffixes?: string[];
        dayMonthLinks?: string[];
        numeric?: string[];
        weekdayLeads?: string[];
        weekdayJoiners?: string[];
    };
    time: {
        before?: string[];
        after?: string[];
    };
}
export interface PeriodMention {
    /** The whole expression, with its preposition ("в первом полугодии 2025 года"). */
    span: Span;
    /** Fact-set period: YYYY, YYYY-H1, YYYY-Q3, YYYY-MM or YYYY-MM..YYYY-MM. */
    period: string;
    /** True when the year comes from the article's date (a relative word, or no year written). */
    relative: boolean;
}
/**
 * Periods in the text, in order. Relative years and periods without a written year are
 * resolved from the article's date (YYYY-MM-DD); without one they are left out. Years inside
 * full dates ("8 May 2023") are dates, not periods.
 */
export declare function findPeriods(text: string, lang: string, articleDate?: string): PeriodMention[];
