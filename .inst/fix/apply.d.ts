import type { Diagnostic } from '../types.js';
export interface FixOutcome {
    /** The text with the fixes applied (BOM-less, like the input). */
    output: string;
    /** Diagnostics whose fix was applied. */
    fixed: Diagnostic[];
    /** Diagnostics still standing, positions moved to the fixed text. */
    remaining: Diagnostic[];
}
export declare function applyFixes(text: string, messages: Diagnostic[]): FixOutcome;
