export declare const IGNORE_FILE = ".factlintignore";
export type PathFilter = (absPath: string) => boolean;
/** A predicate that is true for files the gitignore-style `patterns` (relative to `baseDir`) match. */
export declare function ignoreMatcher(patterns: string[], baseDir: string): PathFilter;
/** The .factlintignore of `cwd` as a predicate; no file means nothing is ignored. */
export declare function loadIgnoreFile(cwd: string): PathFilter;
