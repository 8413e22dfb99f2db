import type { Lang, OfficeClaim, Span } from '../types.js';
import type { NameMatch } from './names.js';
import type { Token } from './tokens.js';
export interface SentenceContext {
    text: string;
    sentence: Span;
    tokens: Token[];
    mentions: NameMatch[];
    lang: Lang;
    date: string | undefined;
}
/** Office claims of one sentence. Pure: same mentions, same claims. */
export declare function extractOfficeClaims(ctx: SentenceContext): OfficeClaim[];
