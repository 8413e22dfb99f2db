import type { FactIndex } from '../facts/index.js';
import type { OfficeClaim, Span } from '../types.js';
import type { Finding } from './finding.js';
/** Years written in the sentence: a claim may speak of them rather than of the article's date. */
export declare function yearsIn(text: string, span: Span): number[];
export declare function checkOfficeClaim(claim: OfficeClaim, index: FactIndex, text: string): Finding | undefined;
