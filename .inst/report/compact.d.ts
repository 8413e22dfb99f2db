import type { Formatter } from './types.js';
export declare const compact: Formatter;
