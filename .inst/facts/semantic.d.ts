import type { FactProblem } from './problem.js';
export interface ParsedFactFile {
    /** Display path used in messages. */
    file: string;
    /** The parsed JSON (validated against the schema or not: every access here is defensive). */
    data: unknown;
}
export interface SemanticOptions {
    /**
     * Check that referenced ids exist. Off when a file could not be parsed, since its
     * definitions are missing and every reference to them would be a false alarm.
     */
    checkReferences: boolean;
}
export declare function checkFactSemantics(files: readonly ParsedFactFile[], options: SemanticOptions): FactProblem[];
