import type { Formatter } from './types.js';
export declare const rdjson: Formatter;
