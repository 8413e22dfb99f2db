// A fact set as a run has it: read lazily from a compiled cache file (a hit, or a worker's
// copy), or loaded from its files (a miss, or no cache), behind one interface, with the index
// over it and what a worker thread needs to have the same set.
import { FileSource, MemorySource } from './byte-source.js';
import type { EagerIndex } from './eager-index.js';
import { FactIndex } from './index.js';
import type { LoadedFactSet } from './load.js';
import { StoredSet } from './stored-set.js';
import { encodeStored } from './stored-write.js';

/**
 * A run of this many articles over a set of at most SMALL_SET entities and statements (the
 * default set has about 600) reads the whole set into memory maps at once: a few milliseconds,
 * after which a query costs a map lookup instead of a first read and parse of its records,
 * about 0.2 ms less per article of a 200-article run. A one-article run, or a large set (whose
 * whole read took a second and 480 MB at 100,000 entities), reads as queries need.
 */
export const EAGER_FILES = 50;
const SMALL_SET = 20_000;

/** How a set was found, and how to have it: lazily from the cache file, or loaded. */
export interface CachedFactSet {
  /** Display paths of the fact files, in load order. */
  files: string[];
  /** sha256 over the files' paths and contents (LoadedFactSet.hash). */
  hash: string;
  hit: boolean;
  /**
   * The index over the set, made on first call. On a hit it reads the cache file as queries need
   * it, unless `files` (the articles the run lints) reach EAGER_FILES and the set is small.
   */
  index(files?: number): FactIndex;
  /** The whole set as plain objects (on a hit, every record read and parsed: for the API and commands). */
  loaded(): LoadedFactSet;
  /** How a worker thread gets the same set (see CompiledHandoff). */
  handoff(): CompiledHandoff;
  /** Where the set was loaded from: a worker whose bytes prove damaged loads it from there. */
  from: { paths: string[]; cwd: string };
}

/**
 * How a worker thread gets the compiled set: the cache file to open and read as its queries need
 * (as the main thread does; no copy of the file per thread), or the bytes when there is no file.
 */
export type CompiledHandoff = { file: string; key: string } | { bytes: Uint8Array };

/** A set loaded from its files; `compiled` is how a worker gets its compiled form and `eager` its maps, when already made. */
export function fromLoaded(loaded: LoadedFactSet, from: CachedFactSet['from'], compiled?: CompiledHandoff, eager?: EagerIndex): CachedFactSet {
  let index: FactIndex | undefined;
  let handoff = compiled;
  return {
    files: loaded.files,
    hash: loaded.hash,
    hit: false,
    index: () => (index ??= new FactIndex(eager ?? loaded)),
    loaded: () => loaded,
    handoff: () => (handoff ??= { bytes: encodeStored(loaded, '') }),
    from,
  };
}

/**
 * A set read from a compiled cache file (`file`) or from bytes; `reload` loads it from its files
 * instead, should the bytes prove damaged.
 */
export function fromStored(stored: StoredSet, from: CachedFactSet['from'], reload: () => LoadedFactSet, file?: string): CachedFactSet {
  let index: FactIndex | undefined;
  let loaded: LoadedFactSet | undefined;
  const whole = (): LoadedFactSet => {
    if (loaded) return loaded;
    try {
      return (loaded = stored.loaded());
    } catch {
      return (loaded = reload());
    }
  };
  const small = stored.header.entityCount + stored.header.statementCount <= SMALL_SET;
  return {
    files: stored.files,
    hash: stored.hash,
    hit: true,
    index: (files = 1) => (index ??= files >= EAGER_FILES && small ? new FactIndex(whole()) : new FactIndex(stored, reload)),
    loaded: whole,
    handoff: () => (file ? { file, key: stored.header.key } : { bytes: stored.bytes() }),
    from,
  };
}

/** The set a worker was handed, or undefined when the file or bytes are not (or no longer) one. */
export function openHandoff(h: CompiledHandoff): StoredSet | undefined {
  if ('file' in h) {
    const source = FileSource.open(h.file);
    return source && StoredSet.open(source, h.key);
  }
  return StoredSet.open(new MemorySource(Buffer.from(h.bytes.buffer, h.bytes.byteOffset, h.bytes.byteLength)));
}
