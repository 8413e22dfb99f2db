import type { CrossRecord, Diagnostic } from '../types.js';
export type { CrossRecord };
/**
 * Diagnostics per file path for records that conflict with a record of another file.
 * Records are compared by class (same subjects, value, precision, hedge and bound): a corpus
 * repeating a figure thousands of times costs classes squared, not records squared.
 */
export declare function crossCheck(records: CrossRecord[], severity: 1 | 2, show?: (filePath: string) => string): Map<string, Diagnostic[]>;
