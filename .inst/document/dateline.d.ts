import type { Span } from '../types.js';
export interface Dateline {
    date: string;
    span: Span;
}
/**
 * The first date near the start of one of the first non-empty lines from `from` (the body
 * start), in any of the formats above; month words from rules/lang/<lang>/calendar.json,
 * the article's language tried first. Undefined when none (or only impossible dates) is found.
 */
export declare function findDateline(text: string, from?: number, lang?: string): Dateline | undefined;
