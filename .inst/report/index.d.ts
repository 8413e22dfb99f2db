import type { Formatter } from './types.js';
export type { Formatter, ReportContext } from './types.js';
export { loadRuleMeta } from './rule-meta.js';
export declare const DEFAULT_FORMAT = "stylish";
export declare const formatters: Record<string, Formatter>;
export declare const formatNames: readonly string[];
export declare function getFormatter(name: string): Formatter;
