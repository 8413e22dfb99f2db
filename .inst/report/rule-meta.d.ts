import type { RuleMeta } from '../types.js';
/** Checks one entry of rules.json; throws naming the entry when it is malformed. */
export declare function parseRuleEntry(entry: unknown, index: number): RuleMeta;
export declare function parseRuleMeta(json: unknown): RuleMeta[];
export declare function loadRuleMeta(): RuleMeta[];
