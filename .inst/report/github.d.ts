import type { Formatter } from './types.js';
export declare function escapeData(s: string): string;
export declare function escapeProperty(s: string): string;
export declare const github: Formatter;
