import type { FactIndex } from '../facts/index.js';
/** The offices equivalent to `office` (itself included). */
export declare function equivalentOffices(index: FactIndex, office: string): Set<string>;
