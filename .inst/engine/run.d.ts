import { FactIndex, type LoadedFactSet } from '../facts/index.js';
import type { Diagnostic, LintResult, RuleMeta } from '../types.js';
import type { Severities } from './severity.js';
import { type Shard } from './shard.js';
/** Articles above this size are reported, not read: no newsroom article is 10 MB of text. */
export declare const MAX_FILE_BYTES: number;
export interface RunOptions {
    cwd: string;
    patterns: string[];
    /** Fact files or folders; undefined means ./claims when present, else the bundled set. */
    claims?: string[];
    lang?: string;
    date?: string;
    severities?: Severities;
    /** Files to lint instead of discovering `patterns` (config include/exclude, git-selected files). */
    inputs?: FileInput[];
    /** Per-file step after linting (inline directives, changed lines, baseline, fixes); sees the text. */
    afterLint?: AfterLint;
    /** Speed (docs/performance.md). Folder of the compiled fact-set cache; false: none; undefined: the default folder. */
    factCache?: string | false;
    /** --cache: reuse unchanged files' results; the value is --cache-location (undefined: .factlintcache). */
    cache?: {
        location: string | undefined;
    };
    /** --concurrency: threads to lint with ('auto': by the number of files; undefined: 1). */
    concurrency?: number | 'auto';
    /** --shard K/N: lint only the files of shard K. */
    shard?: Shard;
}
/** One file to lint. `content` replaces reading `path` (e.g. a staged blob from the git index). */
export interface FileInput {
    /** Absolute path. */
    path: string;
    content?: Buffer;
}
/** The decoded text of a linted file (offsets in diagnostics index `text`, which has no BOM). */
export interface LintedSource {
    text: string;
    bom: boolean;
    lineStarts: number[];
}
export type AfterLint = (result: LintResult, source: LintedSource | undefined) => LintResult;
export interface RunOutput {
    results: LintResult[];
    /** Problems that did not stop the run (a cache that could not be written). */
    warnings?: string[];
    rules: RuleMeta[];
    facts: LoadedFactSet;
}
/** The fact set bundled with the package (claims/ beside dist/). */
export declare function bundledClaimsDir(): string;
export declare function defaultClaims(cwd: string): string[];
export declare function defaultSeverities(rules: RuleMeta[]): Severities;
export declare function summarise(filePath: string, messages: Diagnostic[], fatal?: string): LintResult;
export declare function fileError(filePath: string, message: string): LintResult;
/** Reads and lints one file, then runs `opts.afterLint`; problems confined to the file become a file-error result. */
export declare function lintFile(file: string, displayPath: string, index: FactIndex, opts: RunOptions, severities: Severities, content?: Buffer): LintResult;
export declare function readAndLint(file: string, displayPath: string, index: FactIndex, opts: RunOptions, severities: Severities, content?: Buffer): {
    result: LintResult;
    source?: LintedSource;
};
/**
 * Compares the figures of all articles where the fact set is silent, adds the conflicts to the
 * results of both sides, and drops the records (they are not part of any report).
 */
export declare function applyCrossArticle(results: LintResult[], severities: Severities, cwd?: string): LintResult[];
export declare function run(opts: RunOptions): RunOutput;
