/**
 * Lowercase, per-code-point NFC, ё→е, dashes and minus → '-', NBSP and thin spaces → ' ',
 * curly quotes and guillemets → straight quotes. Same length as the input (see above).
 */
export declare function foldForMatch(s: string): string;
/**
 * Full fold: like foldForMatch, but composes base + combining marks (NFC), so "е\u0308" folds
 * to "е" like "ё" does. The result can be shorter than the input; `toOriginal` maps an offset
 * in the folded text back to the original (offsets inside a composed cluster map to its start,
 * `text.length` maps to `s.length`).
 */
export declare function foldWithOffsets(s: string): {
    text: string;
    toOriginal: (offset: number) => number;
};
