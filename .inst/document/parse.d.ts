import type { SourceDocument } from '../types.js';
export interface ParseOptions {
    /** --lang: language for files that do not state their own. */
    lang?: string;
    /** --date: publication date (YYYY-MM-DD) for files without front matter date or dateline. */
    date?: string;
}
/**
 * Read one article. Offsets in the result (bodyStart, lineStarts, every span computed later)
 * index `text`, which is the file WITHOUT its UTF-8 BOM: column 1 of line 1 is the first
 * character after the BOM, as editors show it. `bom` records that there was one, so fixes can
 * write it back.
 *
 * Throws DocumentError for binary content, invalid UTF-8 and broken front matter (the run goes
 * on with other files), FactlintError for an invalid `opts.date` or `opts.lang` (usage errors).
 *
 * Date: front matter `date:`, else a dateline near the top, else `opts.date`.
 * Language: see detect-lang.ts for the order.
 */
export declare function parseDocument(path: string, input: Buffer | Uint8Array | string, opts?: ParseOptions): SourceDocument;
