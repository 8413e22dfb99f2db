import type { CrossRecord } from '../checks/cross-article.js';
import type { Finding } from '../checks/finding.js';
import type { FactIndex } from '../facts/index.js';
import type { Diagnostic, SourceDocument, Span } from '../types.js';
import { type Severities } from './severity.js';
export interface LintSettings {
    severities: Severities;
}
export interface DocumentLint {
    diagnostics: Diagnostic[];
    /** Figures the fact set is silent on, for the cross-article check (small, no article text). */
    records: CrossRecord[];
}
/** Sentences of the article body, paragraph by paragraph. */
export declare function sentenceSpans(doc: SourceDocument): Span[];
export declare function lintDocument(doc: SourceDocument, index: FactIndex, settings: LintSettings): DocumentLint;
export declare function toDiagnostics(doc: SourceDocument, findings: Finding[], settings: LintSettings): Diagnostic[];
export declare function sortDiagnostics(ds: Diagnostic[]): Diagnostic[];
