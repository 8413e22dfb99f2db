import type { FactIndex } from '../facts/index.js';
/** The entity's first name in `lang` (else English, else its id); offices in lower case. */
export declare function displayName(index: FactIndex, id: string, lang: string, lower?: boolean): string;
