import type { Entity, EntityMention, Lang } from '../types.js';
import { type Token } from './tokens.js';
export interface NameMatch extends EntityMention {
    entityType: string;
    /** Index of the first and one past the last token of the match. */
    tokenStart: number;
    tokenEnd: number;
    /** The case ending cut off the last word ("s" in "Kirgisistans"), for possessive detection. */
    tail: string;
    /** Other entities with the same name at this span (two people called "Japarov"). */
    alternatives: string[];
}
/** Script an article in `lang` is written in (Latin unless known otherwise). */
export declare function langScript(lang: Lang): 'cyrl' | 'latn';
export declare class NameMatcher {
    readonly lang: Lang;
    private readonly byFirstStem;
    /** First three letters of every first-word stem, and the stems shorter than that: most text
     *  words (verbs, function words) are turned away by one set lookup, before any cutting. */
    private readonly prefixes;
    private readonly shortStems;
    private readonly inflection;
    readonly size: number;
    constructor(entities: Iterable<Entity>, lang: Lang);
    private entryOf;
    /** All name mentions in the tokens, longest match first at each position; ambiguous names give one mention per entity. */
    /**
     * All name mentions in the tokens. `skippable` tokens may stand between the words of a name
     * ("доля России во внешней торговле" for the name "доля во внешней торговле"), never first.
     */
    find(text: string, tokens: Token[], skippable?: (tokenIndex: number) => boolean): NameMatch[];
    private skip;
    private findAll;
    findIn(text: string, from?: number, to?: number): NameMatch[];
    /** Whether some stem could be a prefix of this key (a stem is never cut shorter than itself). */
    private mayStart;
    private longestAt;
    /**
     * Entries whose first word has this stem, in insertion order. A crowded first word ("Alexander"
     * in a large fact set) narrows its longer names to those whose second word is a stem of the
     * next token (cut by at most the longest tail: no longer tail is ever allowed).
     */
    private candidates;
    /** Token index after the match and the last word's tail, or undefined when the entry does not match at i. */
    private matchEntry;
    private tailOf;
}
/**
 * One matcher per fact set, vocabulary and language, built on first use. `vocabulary` names
 * what the matcher finds ("names", "heads", "properties"): each has its own entities.
 */
export declare function matcherFor(owner: object, entities: () => Iterable<Entity>, lang: Lang, vocabulary?: string): NameMatcher;
