import type { Lang, Property, Span } from '../types.js';
import type { Quantity } from '../language/quantities.js';
import type { PeriodMention } from '../language/periods.js';
import type { NameMatch } from './names.js';
import { type Token } from './tokens.js';
export interface MetricClaim {
    kind: 'metric';
    property: string;
    propertyKind: 'quantity' | 'change' | 'share';
    /** Entities the sentence names (countries, currencies, organisations), before matching statements. */
    named: string[];
    /** The entities the sentence names by name (not adjectives: "Russian investment" is not a subject). */
    namedByName: string[];
    /** Entities of the paragraph and the article, to fill subjects the sentence leaves implicit. */
    context: string[];
    /** Whether the sentence says the figure is between two parties ("both countries", "bilateral"). */
    bilateral: boolean;
    value: number;
    unit: string | undefined;
    /** Precision given: the value is known to +- halfUnit. */
    halfUnit: number;
    approx: boolean;
    bound: 'lower' | 'upper' | undefined;
    period: string | undefined;
    periodExplicit: boolean;
    span: Span;
    sentence: Span;
    lang: Lang;
}
export interface MetricContext {
    text: string;
    sentence: Span;
    tokens: Token[];
    mentions: NameMatch[];
    /** Property-name mentions (entityId = property id). */
    properties: NameMatch[];
    quantities: Quantity[];
    periods: PeriodMention[];
    context: string[];
    lang: Lang;
    date: string | undefined;
    property: (id: string) => Property | undefined;
    /** Quantity properties that some change property is the growth of. */
    changeOf: (quantityProperty: string) => Property | undefined;
}
export declare function extractMetricClaims(ctx: MetricContext): MetricClaim[];
