import type { LintResult } from '../types.js';
import type { LintedSource } from './run.js';
/** What linting one file yields before the per-run steps (directives, baseline, fixes). */
export interface FileOutcome {
    result: LintResult;
    source?: LintedSource;
}
/** One file to lint; `content` replaces reading `path`. */
export interface LintTask {
    path: string;
    content?: Buffer;
}
/** What a worker needs to lint like the main thread: the fact set (v8-serialized) and the settings. */
export interface WorkerSetup {
    facts: Uint8Array;
    severities: Record<string, unknown>;
    lang?: string;
    date?: string;
    cwd: string;
}
/** Below this many files `auto` lints serially: starting a worker costs more than it saves. */
export declare const AUTO_MIN_FILES = 50;
/** Threads (main included) to lint `files` files with; 1 means serial. */
export declare function threadCount(concurrency: number | 'auto' | undefined, files: number): number;
/**
 * Lints `tasks` with `threads` threads: this one (through `lintHere`) and threads - 1 workers
 * running `entry`. Returns one outcome per task, in order. An error thrown while linting
 * (not a file problem, which is an outcome) is rethrown here with its message.
 */
export declare function lintInParallel(tasks: LintTask[], threads: number, setup: WorkerSetup, entry: URL, lintHere: (t: LintTask) => FileOutcome): FileOutcome[];
