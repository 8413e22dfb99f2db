export interface GrammarPack {
    inflection: {
        stripEndings?: string[];
        tails?: string[];
        tailChars?: string;
        maxTail?: number;
        minStem?: number;
    };
    nameJoiners: string[];
    possessive: string[];
    and: string[];
    listSeparators: string[];
    articles: string[];
    qualifiers: {
        former: string[];
        then: string[];
        acting: string[];
        future: string[];
    };
    futureSentence?: string[];
    predicateCues: string[];
    /** Endings that make an office plural ("presidents", "президенты"). */
    pluralTails?: string[];
    /** Words that put a thing inside a place ("in", "в", "di"). */
    placeIn?: string[];
    /** Where the head noun of a name stands: "air base" (last) vs "авиабаза Кант" (first). */
    headPosition?: 'first' | 'last';
}
/** Grammar of a language; a language with no pack gets a neutral one (names match as written). */
export declare function grammarOf(lang: string): GrammarPack;
/** How one word of a name may be inflected in a language. */
export interface Inflection {
    /** The stem to look up for a dictionary-form word. */
    stem(word: string): string;
    /** Whether `tail` may follow a stem. */
    allows(tail: string): boolean;
    /** Longest tail to try when cutting a text word. */
    maxTail: number;
}
export declare function inflectionOf(lang: string): Inflection;
