import type { Diagnostic, LintResult } from '../types.js';
export declare const FILE_ERROR_RULE = "file-error";
export interface ReportMessage extends Diagnostic {
    /** Set on the message standing for result.fatal (ESLint marks parse errors the same way). */
    fatal?: boolean;
}
export declare function reportMessages(result: LintResult): ReportMessage[];
export declare function severityWord(severity: 1 | 2): 'error' | 'warning';
/** The fact behind a message as labelled lines: article, facts, source, note. */
export declare function factDetails(m: Diagnostic): Array<{
    label: 'article' | 'facts' | 'source' | 'note';
    value: string;
}>;
export interface Totals {
    problems: number;
    errors: number;
    warnings: number;
    fixable: number;
}
export declare function totals(results: LintResult[]): Totals;
/** Collapses line breaks for formats that give each message one line. */
export declare function oneLine(s: string): string;
/**
 * The source of a result's file, unless the file could not be linted: its bytes are no text
 * (and may be huge), so no code frame, snippet or byte column is taken from them.
 */
export declare function textOf<T>(result: LintResult, linesOf: (filePath: string) => T | undefined): T | undefined;
/** Memoizes ctx.readSource per file for one report. */
export declare function sourceCache<T>(read: (filePath: string) => string | undefined, wrap: (text: string) => T): (filePath: string) => T | undefined;
