import type { Span } from '../types.js';
export interface Token {
    start: number;
    end: number;
    /** Original text of the token. */
    text: string;
    /** Lookup key: lower case, ё folded to е. */
    key: string;
    /** The key's first three characters (or the whole short key): the screen every name matcher
     *  checks first, made once per word instead of once per matcher. */
    head: string;
}
export declare function foldWord(word: string): string;
export declare function tokenize(text: string, span?: Span): Token[];
/** True when only blanks (incl. NBSP and thin spaces) separate the two offsets. */
export declare function onlySpaceBetween(text: string, from: number, to: number): boolean;
