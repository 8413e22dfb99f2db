import type { LintResult } from '../types.js';
export declare const DEFAULT_CACHE_FILE = ".factlintcache";
/** What linting a file gave, except its text (read again from the file): JSON data only. */
export interface StoredOutcome {
    result: LintResult;
    [more: string]: unknown;
}
/** The cache file for --cache-location: a folder (existing, or written with a trailing slash) holds `.factlintcache`. */
export declare function cacheFile(location: string | undefined, cwd: string): string;
/** Hash of factlint's own modules and rules data: any change to them invalidates every entry. */
export declare function codeFingerprint(): string;
/** Key of a run: code, fact set and the options that change a file's own result. */
export declare function runKey(parts: {
    factsHash: string;
    lang?: string;
    date?: string;
    severities: Record<string, unknown>;
}): string;
export declare function contentHash(bytes: Uint8Array): string;
export declare class ResultCache {
    readonly file: string;
    private readonly key;
    private readonly entries;
    private readonly dir;
    private changed;
    private constructor();
    /** Opens the cache file; a missing, unreadable or foreign file, or another run key, gives an empty cache. */
    static open(file: string, key: string): ResultCache;
    private rel;
    /** The stored outcome for a file with these bytes (its result's filePath set to `displayPath`), if any. */
    get(file: string, hash: string, displayPath: string): {
        outcome: StoredOutcome;
        decoded: boolean;
    } | undefined;
    /** Stores an outcome as it is (fields added to it later pass through), without its source text. */
    set(file: string, hash: string, outcome: StoredOutcome, decoded: boolean): void;
    /**
     * Writes the cache (atomically) when it changed; entries of files that no longer exist are
     * dropped. A cache that cannot be written is a warning, not an error: the run itself is done.
     */
    save(): string | undefined;
}
