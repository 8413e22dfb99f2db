import type { Lang, Span } from '../types.js';
import type { NameMatch } from './names.js';
import { type Token } from './tokens.js';
export interface PlaceClaim {
    kind: 'place';
    subject: string;
    place: string;
    span: Span;
    placeSpan: Span;
    lang: Lang;
}
export interface PlaceContext {
    text: string;
    tokens: Token[];
    /** Name mentions of the sentence, and head-noun mentions already resolved to entities. */
    mentions: NameMatch[];
    heads: NameMatch[];
    lang: Lang;
    /** Whether the entity has located-in statements. */
    locatable: (id: string) => boolean;
}
export declare function extractPlaceClaims(ctx: PlaceContext): PlaceClaim[];
