import type { Span } from '../types.js';
/**
 * Paragraph spans (trimmed) in text[from, to): blank lines separate paragraphs, and so does a
 * single line break — plain-text articles put one paragraph on each line — unless the next
 * line visibly continues the previous one (after a comma, or starting in lowercase after a
 * line without final punctuation). Headings and list items are paragraphs of their own.
 */
export declare function paragraphs(text: string, from?: number, to?: number): Span[];
/**
 * Sentence spans (trimmed) in a span of text, paragraph by paragraph: a sentence ends after
 * . ! ? … (and closing quotes) followed by whitespace and a capital, digit or opening quote,
 * or at the paragraph end. A dot after an abbreviation of the language (rules/lang/<lang>/
 * abbreviations.json, month abbreviations from calendar.json), a single letter, "13.10." or an
 * ordinal before a month does not end a sentence. Without `lang` the abbreviations of all
 * languages apply. Prefers joining two sentences to cutting one.
 */
export declare function sentences(text: string, span?: Span, lang?: string): Span[];
