import type { Formatter } from './types.js';
export declare const junit: Formatter;
