import type { Span } from '../types.js';
import { type FormSpec } from './phrase-pattern.js';
import { Lexicon } from './lexicon.js';
export type WordKind = 'add' | 'mul' | 'plus' | 'fraction' | 'scale' | 'join';
/** Shape of rules/lang/<lang>/numbers.json (schema: rules/schema/numbers.schema.json). */
export interface NumbersPack {
    decimal: string[];
    group: string[];
    loneSeparator?: Partial<Record<'.' | ',', 'decimal' | 'group'>>;
    negative: string[];
    rangeJoiners: string[];
    rangeWords?: string[];
    changeFrom?: string[];
    ordinalDot?: boolean;
    compoundWords?: boolean;
    scales: Array<{
        value: number;
        forms: FormSpec[];
    }>;
    words: Array<{
        kind: WordKind;
        value?: number;
        forms: FormSpec[];
    }>;
    units: Array<{
        unit: string;
        currency?: boolean;
        before?: FormSpec[];
        after?: FormSpec[];
    }>;
    hedges: Array<{
        forms: FormSpec[];
        approx?: boolean;
        bound?: 'lower' | 'upper';
        direction?: 'atMost' | 'atLeast';
    }>;
    hedgeFillers?: string[];
    rateMarkers?: string[];
    rateCues?: string[];
}
export interface NumberMention {
    /** The number with its sign and scale word ("−3", "4,1 Mrd.", "два миллиарда"). */
    span: Span;
    /** The digits or number words alone, without a scale abbreviation written after digits. */
    numberSpan: Span;
    /** Value with the scale applied: "4,1 Mrd." → 4.1e9. */
    value: number;
    /** Digits given after the decimal separator (the precision the text gives, in units of `scale`). */
    decimals: number;
    /** Multiplier of the scale word (1 when none): value is known to ±0.5·scale·10^-decimals. */
    scale: number;
    /** Text of `span`. */
    raw: string;
    /** The scale word or abbreviation as written ("Mrd.", "млрд", "bn"). */
    scaleWord?: string;
    form: 'digits' | 'words';
    /** A bare four-digit whole number 1900–2100 with no separators, sign or scale: maybe a year. */
    isYearLike: boolean;
    /** "zum 20. Mal": a German-style ordinal, not an amount. */
    ordinal?: boolean;
    /**
     * A lone separator before exactly three digits, read by the language's convention although
     * the other convention would read it otherwise ("1,800" in English = 1800, not 1.8).
     */
    ambiguous?: boolean;
    /** Part of a range "3–3,5 млрд": the first number takes the second's scale. */
    range?: {
        role: 'from' | 'to';
        partner: Span;
    };
}
interface WordData {
    kind: WordKind;
    value: number;
}
interface NumberRules {
    decimal: Set<string>;
    group: Set<string>;
    /** Non-space characters that may join digit groups into one token. */
    joiners: Set<string>;
    spaceGroups: Set<string>;
    lone: Partial<Record<string, 'decimal' | 'group'>>;
    negative: Set<string>;
    rangeJoiners: Set<string>;
    rangeWords: Lexicon<true>;
    changeFrom: Lexicon<true>;
    ordinalDot: boolean;
    scales: Lexicon<number>;
    words: Lexicon<WordData>;
    morphemes: Lexicon<WordData> | undefined;
    currencyBefore: Lexicon<string>;
}
/** The raw numbers data of a language, or undefined when there is none. */
export declare function numbersPack(lang: string): NumbersPack | undefined;
export declare function numberRules(lang: string): NumberRules | undefined;
interface ParsedDigits {
    /** Plain decimal string "1234.5" for exact scaling through Number("1234.5e9"). */
    plain: string;
    decimals: number;
    ambiguous: boolean;
}
/**
 * Reads a digit token by the language's convention, or by the other convention where only it
 * fits ("1.234,5" in English text, "4.1" in German text). Undefined for anything else
 * ("12.10.2023", "1,1,1").
 */
export declare function parseDigitGroups(groups: string[], seps: string[], r: NumberRules): ParsedDigits | undefined;
/**
 * All numbers in the text, in order: digits with the language's separators (and the other
 * convention where unambiguous), signs, scale words, ranges, and number words. Numbers inside
 * dates and times ("12.10.2023", "2023-10-12", "10:30", "8 May") are left out. Empty for a
 * language without numbers data.
 */
export declare function findNumbers(text: string, lang: string): NumberMention[];
export {};
