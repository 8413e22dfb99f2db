import type { Diagnostic, LintResult } from '../types.js';
export declare const BASELINE_VERSION = 1;
export interface BaselineEntry {
    /** Path relative to the baseline file's folder, forward slashes. */
    file: string;
    ruleId: string;
    /** sha256 of the normalised claim text, 16 hex digits. */
    fingerprint: string;
    /** The claim as it read, for people reviewing the baseline (not used for matching). */
    claim: string;
    /** How many findings with this file, rule and claim are known. */
    count: number;
}
export interface Baseline {
    version: number;
    entries: BaselineEntry[];
}
/** The text a diagnostic is about: its span in the document, else its message (file errors). */
export declare function claimText(m: Diagnostic, text: string | undefined): string;
export declare function fingerprintOf(claim: string): string;
/** Baseline entries for one file's diagnostics (text = its document text). */
export declare function entriesFor(file: string, messages: Diagnostic[], text: string | undefined): BaselineEntry[];
/** Entries by file, so each linted file looks up only its own. */
export declare function entriesByFile(baseline: Baseline): Map<string, BaselineEntry[]>;
/**
 * Drops the diagnostics the baseline knows: per file, rule and claim, up to the recorded count,
 * earliest in the file first. `known` are the baseline's entries for this file.
 */
export declare function suppressKnown(file: string, messages: Diagnostic[], text: string | undefined, known: readonly BaselineEntry[]): {
    kept: Diagnostic[];
    suppressed: number;
};
/** Sorted, so the file is the same for the same findings whatever the order of linting. */
export declare function sortEntries(entries: BaselineEntry[]): BaselineEntry[];
export declare function serialiseBaseline(entries: BaselineEntry[]): string;
export declare function countMessages(results: LintResult[]): number;
