/** 1-based inclusive line ranges of the new side, ascending. */
export type LineRanges = Array<[number, number]>;
/**
 * Paths are relative to the repository root (the `b/` prefix removed). A file whose diff has
 * only deletions, or is a pure rename, maps to an empty list; a deleted file does not appear.
 */
export declare function parseUnifiedDiff(diff: string): Map<string, LineRanges>;
/** Undoes git's C-style quoting of a path: backslash escapes and octal bytes of UTF-8. */
export declare function unquoteC(quoted: string): string;
/** True when any line of [from, to] lies in one of the ranges. */
export declare function touches(ranges: LineRanges, from: number, to: number): boolean;
