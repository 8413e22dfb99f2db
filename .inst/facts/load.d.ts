import type { FactSet, IndexedStatement } from '../types.js';
export interface LoadedFactSet {
    /** All files merged, in load order. */
    facts: FactSet;
    /** The statements with ids ("offices.json#/statements/3") and origins: the same objects as facts.statements. */
    statements: IndexedStatement[];
    /** Display paths of the files read, in load order. */
    files: string[];
    /** sha256 over the files' paths and contents, for caches. */
    hash: string;
}
export interface LoadOptions {
    /** Resolve relative paths and shorten display paths against this folder (default: process.cwd()). */
    cwd?: string;
}
/**
 * Loads and validates a fact set. Each path is a fact file or a folder of them (all `*.json`
 * below it, sorted, skipping `*.schema.json` and folders named `schema`); their entries are merged.
 * Throws FactlintError for a missing path, FactSetError listing every problem found otherwise.
 */
export declare function loadFactSet(paths: string[], options?: LoadOptions): LoadedFactSet;
