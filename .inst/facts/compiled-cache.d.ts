import { type LoadedFactSet } from './load.js';
export interface CachedFactSet {
    loaded: LoadedFactSet;
    /** v8.serialize(loaded) when it was at hand (read from or written to the cache): workers reuse it. */
    serialized: Buffer | undefined;
    hit: boolean;
}
export interface FactCacheOptions {
    cwd: string;
    /** Folder of cache files; undefined: no cache. */
    dir: string | undefined;
}
/** Key of a fact set: the loader fingerprint, each file's display path, id name and bytes. */
export declare function factSetKey(paths: readonly string[], cwd: string): string;
/** The fact set in a serialized cache payload, or undefined when it is not one. */
export declare function decodeFactSet(bytes: Uint8Array, key?: string): LoadedFactSet | undefined;
export declare function encodeFactSet(loaded: LoadedFactSet, key?: string): Buffer;
/**
 * Loads a fact set through the cache. A miss (or no cache) loads and validates as
 * `loadFactSet` does, with the same errors; the result is written back when the folder is
 * writable (failures to write are ignored: the cache is an optimisation).
 */
export declare function loadFactSetCached(paths: string[], opts: FactCacheOptions): CachedFactSet;
