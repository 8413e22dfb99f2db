export interface FrontMatter {
    /** All keys as parsed (date and lang included, as written). */
    data: Record<string, unknown>;
    /** Offset just after the closing line (and its line break): where the body starts. */
    bodyStart: number;
    /** Validated publication date YYYY-MM-DD, when the block has `date:`. */
    date: string | undefined;
    /** Validated lowercase language code, when the block has `lang:`. */
    lang: string | undefined;
}
/**
 * Parse the front matter of `text` (BOM already removed). Undefined when the file does not
 * start with a "---" line. Throws DocumentError for an unterminated block, YAML errors, a
 * block that is not key/value pairs, an invalid `date:` or `lang:`. Lines in messages count
 * from the top of the file ("---" is line 1).
 */
export declare function parseFrontMatter(text: string): FrontMatter | undefined;
