import type { Span } from '../types.js';
import { type NumberMention } from './numbers.js';
export interface Quantity {
    /** Hedge, currency, number, scale, unit and rate tail together ("около 4,1 млрд долларов"). */
    span: Span;
    /** Scaled value ("4,1 млрд" → 4.1e9); the lower end of a range. */
    value: number;
    /** ISO 4217 code, '%' or 'pp' (percentage points); undefined for a count ("1,800 companies"). */
    unit: string | undefined;
    /** Digits after the decimal separator, as written. */
    decimals: number;
    /** Multiplier of the scale word (1 when none). */
    scale: number;
    /** A hedge makes the value approximate ("about", "rund", "sekitar", "почти"). */
    approx: boolean;
    /** Which side of the value the truth lies on for "almost" (atMost) or "a good" (atLeast). */
    direction?: 'atMost' | 'atLeast';
    /** The value bounds the truth: lower for "more than", upper for "less than". */
    bound?: 'lower' | 'upper';
    /** A price of one unit in another ("89 som per dollar", "курс ... 89 сомов"): never an amount. */
    rate: boolean;
    /** The unit a rate is per ("USD" in "89 сомов за доллар"). */
    per?: string;
    /** Both ends of "3–3,5 млрд" (value is `from`). */
    range?: {
        from: number;
        to: number;
    };
    /** Text of `span`. */
    raw: string;
    /** The number itself (the first one of a range). */
    number: NumberMention;
    hedgeSpan?: Span;
    unitSpan?: Span;
}
/**
 * Quantities in the text, in order: every number that is not a year, an ordinal or part of a
 * date, with its unit (currency code, '%', 'pp', or undefined for a count), hedge and rate
 * marks. A range "3–3,5 млрд долларов" is one quantity. Empty for a language without data.
 */
export declare function findQuantities(text: string, lang: string): Quantity[];
