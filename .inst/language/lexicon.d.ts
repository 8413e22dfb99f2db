import { type Boundary, type FormSpec } from './phrase-pattern.js';
export interface LexiconMatch<T> {
    start: number;
    end: number;
    text: string;
    data: T;
    spec: FormSpec;
}
export interface LexiconOptions {
    /** What may not stand right before a match (default: letters and digits). */
    lead?: Boundary;
    /** What may not stand right after a match (default: letters and digits). */
    trail?: Boundary;
}
/**
 * A compiled word list: forms matched at an offset (after a number), ending at an offset
 * (before a number) or over a whole text.
 */
export declare class Lexicon<T> {
    private readonly entries;
    private readonly roots;
    /** Longest form in characters, bounding how far back `endingAt` looks. */
    private readonly maxLen;
    private readonly parts;
    private readonly lead;
    private readonly trail;
    private readonly search;
    /** Whether every form needs the lead boundary (starts with a letter or digit). */
    private readonly allLead;
    private readonly resume;
    private readonly firstOfPart;
    private startTable;
    constructor(items: Array<{
        spec: FormSpec;
        data: T;
    }>, opts?: LexiconOptions);
    /** The longest form starting exactly at `pos`. */
    at(text: string, pos: number): LexiconMatch<T> | undefined;
    /**
     * The longest form that ends at `end`, or before it with only spaces between. Tried only at
     * word starts inside a bounded window, so the cost per call does not grow with the text.
     */
    endingAt(text: string, end: number): LexiconMatch<T> | undefined;
    /** All non-overlapping matches in the text, leftmost first, the longer one at a tie. */
    all(text: string): LexiconMatch<T>[];
    /** Can some form start at `i`? A table per list, filled on demand: most offsets end here. */
    private mayStartAt;
    private startsWith;
    private match;
    /**
     * The match at `start` the regexes returned: in each alternation the first alternative that
     * matches, then the longest of those (the earlier alternation at a tie). With `toLimit`, a
     * match must reach `limit` but for up to 3 spaces, as `endingAt` needs.
     */
    private bestAt;
    /** Every entry that matches at `start`, with the end of its first path in regex order. */
    private collect;
    private walk;
}
