/** A form as written in the data files: plain text, or with flags. */
export type FormSpec = string | {
    form: string;
    /** Match case exactly ("M" for miliar, not "m" for metre). */
    caseSensitive?: boolean;
    /** Only right after digits with no space ("5bn", "$5m"), never spaced. */
    gluedOnly?: boolean;
    /** Only when a currency is written before the number ("Rp 5 M", "$5m"). */
    afterCurrency?: boolean;
    /** A number-word form that may stand alone as a whole number (default true). */
    alone?: boolean;
};
/** Spaces allowed between the words of a phrase and around numbers: space, NBSP, thin spaces. */
export declare const GAP_CLASS = "[\\s\\u00A0\\u2009\\u202F]";
export declare function escapeRegex(s: string): string;
export declare function formText(spec: FormSpec): string;
/**
 * Regex source of one data phrase. Words are separated by single spaces in the data and match
 * 1–3 spaces of any kind in text; a word ending in `*` takes up to 8 more letters (an inflection:
 * "рубл*" matches "рублей"); е matches ё; any apostrophe matches any other; a hyphen matches the
 * Unicode hyphens.
 */
export declare function phraseSource(phrase: string): string;
/** What may not stand beside a match: letters and digits, letters only, or nothing. */
export type Boundary = 'word' | 'letter' | 'none';
