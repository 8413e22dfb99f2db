import type { FileInput } from '../engine/run.js';
import { type ChangedLines } from '../git/changes.js';
import type { Config } from './load.js';
export interface SelectOptions {
    cwd: string;
    patterns: string[];
    config: Config | undefined;
    staged: boolean;
    changedSince: string | undefined;
}
export interface Selection {
    inputs: FileInput[];
    /** Lines that count per file, with --changed-since. */
    changed: ChangedLines | undefined;
}
export declare function selectFiles(opts: SelectOptions): Selection;
