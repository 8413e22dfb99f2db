import type { LoadedFactSet } from '../facts/index.js';
import type { LintResult } from '../types.js';
import { type ResultCache } from './cache.js';
import type { AfterLint, FileInput } from './run.js';
import { type FileOutcome, type LintTask } from './workers.js';
export interface LintFilesOptions {
    /** Lints one file here (the run's readAndLint with its index and settings). */
    lintOne: (task: LintTask) => FileOutcome;
    afterLint?: AfterLint;
    cache?: ResultCache;
    concurrency?: number | 'auto';
    /** For workers: the fact set (and its serialized form when already at hand) and the settings. */
    facts: {
        loaded: LoadedFactSet;
        serialized?: Buffer | undefined;
    };
    severities: Record<string, unknown>;
    lang?: string;
    date?: string;
    cwd: string;
    /** Files above this size are left to lintOne (which reports them) without being read here. */
    maxBytes: number;
}
export declare function lintFiles(files: readonly FileInput[], o: LintFilesOptions): LintResult[];
