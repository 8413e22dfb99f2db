import type { FileInput } from '../engine/run.js';
import { type LineRanges } from './diff-hunks.js';
/** Changed lines per absolute path; `'all'` for a file that is new as a whole (untracked). */
export type ChangedLines = Map<string, LineRanges | 'all'>;
export interface ChangedOptions {
    /** Compare `ref` with the index (staged content) instead of the work tree. */
    staged?: boolean;
}
/**
 * Lines added or changed since `ref`: `git diff --unified=0 REF` (the work tree, or the index with
 * `staged`), plus untracked files as wholly added (not with `staged`: they are not in the index).
 * Renames are followed, so a moved article counts only its edited lines.
 */
export declare function changedSince(cwd: string, ref: string, opts?: ChangedOptions): ChangedLines;
/**
 * Staged files (added, copied, modified, renamed) with their content as staged: what a commit
 * would record, whatever the work tree holds now.
 */
export declare function stagedFiles(cwd: string, extensions: string[]): FileInput[];
