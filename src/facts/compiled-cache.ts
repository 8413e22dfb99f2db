// The loaded, validated fact set cached on disk, keyed by the fact files' contents and the
// loader's own code. A hit skips JSON Schema validation (ajv is never loaded), the semantic
// checks and the merge. Anything wrong with a cache file (truncated, foreign, from another
// version) means a miss: the fact set is loaded as without a cache and the file rewritten.
//
// Finding the key without reading the files: a small pointer file, named by a hash of the fact
// files' metadata (path, size, modification and change times, inode), holds that metadata in
// full and the content key it stood for. A run whose files match a pointer uses its key without
// reading or hashing them, which keeps node:crypto out of a one-article run. The pointer is only
// written for files last changed more than RACY_MS before, as git treats "racily clean" files:
// any later write then gives a change time that differs even on a file system that keeps
// timestamps to 2 s, and the change time cannot be set back by hand. Otherwise the files are
// read and hashed, as every run did before, so an edit is never missed.
import { createHash, shortHash } from '../hash.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCacheFile } from '../cache-dir.js';
import { FactlintError, ioReason } from '../errors.js';
import { withOptimiser } from '../optimiser.js';
import { listFactFiles, type FactFile } from './files.js';
import { FileSource, MemorySource, type ByteSource } from './byte-source.js';
import { fromLoaded, fromStored, type CachedFactSet, type CompiledHandoff } from './cached-set.js';
import { EagerIndex } from './eager-index.js';
import { loadFactSet, type LoadedFactSet } from './load.js';
import { FACTSET_SCHEMA_PATH } from './schema.js';
import { MARKER } from './stored-format.js';
import { StoredSet } from './stored-set.js';
import { encodeStoredParts } from './stored-write.js';

export type { CachedFactSet } from './cached-set.js';

/** Cache files kept per folder (one per fact set in use); older ones are removed on write. */
const KEEP = 8;
/**
 * Bytes the compiled sets may take together: a set of 100,000 entities compiles to about 125 MB
 * (the bench's, nearly all people), so eight of them would take most of a gigabyte; the newest
 * always stays.
 */
const KEEP_BYTES = 400 * 1024 * 1024;

export interface FactCacheOptions {
  cwd: string;
  /** Folder of cache files; undefined: no cache. */
  dir: string | undefined;
}

let loader: string | undefined;

/**
 * What decides the loaded result besides the fact files, as metadata: this folder's modules (by
 * name, size and modification time: a build or an install rewrites them, and reading the
 * bundles whole cost start-up time), the modules the name tables are grouped with, the schema
 * and package.json (an upgrade rewrites them).
 */
function loaderStamp(): string {
  if (loader) return loader;
  const parts = [MARKER];
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const name of readdirSync(here).filter((n) => /\.(c?js|ts)$/.test(n) && !n.endsWith('.d.ts')).sort()) {
    const st = statSync(path.join(here, name));
    parts.push(`${name}:${st.size}:${st.mtimeMs}`);
  }
  // The name tables are grouped with the name matcher's word rules (extract/, text/): in an
  // unbundled build those modules live outside this folder (in the bundle they are this file).
  const outside = ['../extract/names', '../extract/tokens', '../extract/name-source', '../text/char-class']
    .flatMap((f) => [`${f}.js`, `${f}.ts`].map((x) => fileURLToPath(new URL(x, import.meta.url))));
  for (const file of [FACTSET_SCHEMA_PATH, fileURLToPath(new URL('../../package.json', import.meta.url)), ...outside]) {
    const st = statSync(file, { bigint: true, throwIfNoEntry: false });
    parts.push(st ? `${path.basename(file)}:${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}` : 'missing');
  }
  return (loader = parts.join('\u0000'));
}

/** Key of a fact set: a SHA-256 of the loader stamp and each file's display path, id name and bytes. */
function contentKey(files: readonly FactFile[]): string {
  const h = createHash('sha256').update(loaderStamp());
  for (const f of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(f.absolute);
    } catch (err) {
      throw new FactlintError(`cannot read fact file ${f.display}: ${ioReason(err)}`);
    }
    h.update(`\u0000${f.display}\u0000${f.name}\u0000${bytes.length}\u0000`).update(bytes);
  }
  return h.digest('hex').slice(0, 40);
}

/** Files changed less than this long ago are hashed every run (see the note at the top). */
export const RACY_MS = 3000;

interface Stamp {
  /** The loader stamp and every fact file's metadata, in order. */
  text: string;
  /** The latest modification or change time of the files, in ms. */
  latest: number;
  /** The files' sizes added up. */
  bytes: number;
}

/** The fact files' metadata; undefined when one cannot be read (the content path says why). */
function stampOf(files: readonly FactFile[]): Stamp | undefined {
  const parts = [loaderStamp()];
  let latest = 0;
  let bytes = 0;
  for (const f of files) {
    const st = statSync(f.absolute, { bigint: true, throwIfNoEntry: false });
    if (!st) return undefined;
    parts.push(`${f.display}\u0001${f.name}\u0001${st.size}\u0001${st.mtimeNs}\u0001${st.ctimeNs}\u0001${st.ino}\u0001${st.dev}`);
    latest = Math.max(latest, Number(st.mtimeMs), Number(st.ctimeMs));
    bytes += Number(st.size);
  }
  return { text: parts.join('\u0000'), latest, bytes };
}

/**
 * Fact files from this many bytes on (about 2,000 entities) are loaded and compiled with V8's
 * optimising compiler even in a short run (optimiser.ts); a smaller set is done before it would
 * have paid off.
 */
const LARGE_BYTES = 1024 * 1024;

/** Runs `job` (a load, or a load and compile) with the optimising compiler when the set is large. */
function heavy<T>(bytes: number | undefined, job: () => T): T {
  return bytes !== undefined && bytes >= LARGE_BYTES ? withOptimiser(job) : job();
}

/** The fact files' sizes added up; undefined when one cannot be read (the load says why). */
function sizeOf(paths: string[], cwd: string): number | undefined {
  try {
    return listFactFiles(paths, cwd).reduce((n, f) => n + statSync(f.absolute).size, 0);
  } catch {
    return undefined;
  }
}

interface Pointer {
  marker: string;
  stamp: string;
  key: string;
}

/** The content key a pointer file holds for exactly this stamp, else undefined. */
function readPointer(file: string, stamp: Stamp): string | undefined {
  try {
    const p = JSON.parse(readFileSync(file, 'utf8')) as Pointer;
    return p?.marker === MARKER && p.stamp === stamp.text && typeof p.key === 'string' && /^[0-9a-f]{40}$/.test(p.key) ? p.key : undefined;
  } catch {
    return undefined;
  }
}

const PAYLOAD = /^facts-[0-9a-f]+\.(?:json|v8|bin)$/;


/**
 * Loads a fact set through the cache. A miss (or no cache) loads and validates as
 * `loadFactSet` does, with the same errors; the result is written back when the folder is
 * writable (failures to write are ignored: the cache is an optimisation). A hit opens the cache
 * file and reads only its header: the rest is read as the index is queried.
 */
export function loadFactSetCached(paths: string[], opts: FactCacheOptions, now = Date.now()): CachedFactSet {
  const from = { paths, cwd: opts.cwd };
  if (!opts.dir) return fromLoaded(heavy(sizeOf(paths, opts.cwd), () => loadFactSet(paths, { cwd: opts.cwd })), from);
  const files = listFactFiles(paths, opts.cwd);
  const stamp = stampOf(files);
  const pointer = stamp ? path.join(opts.dir, `facts-m${shortHash(stamp.text)}.json`) : undefined;
  let key = pointer && stamp ? readPointer(pointer, stamp) : undefined;
  if (!key) {
    key = contentKey(files);
    if (pointer && stamp && stamp.latest < now - RACY_MS) {
      const p: Pointer = { marker: MARKER, stamp: stamp.text, key };
      writeCacheFile(pointer, Buffer.from(JSON.stringify(p)), (n) => /^facts-m[0-9a-f]+\.json$/.test(n), KEEP);
    }
  }
  const file = path.join(opts.dir, `facts-${key}.bin`);
  // The same content, paths and folder as the set kept from the last run: that set, with the
  // name entries and records its queries have made so far.
  const id = `${file}\u0000${opts.cwd}\u0000${paths.join('\u0000')}`;
  if (kept?.id === id) return kept.set;
  const set = loadByKey(paths, opts, file, key, from, stamp?.bytes);
  if (keeping) kept = { id, set };
  return set;
}

/**
 * A process that lints run after run (the resident server) keeps the last set it loaded; a run
 * whose fact files have the same content (the same key) then starts from it. Off by default: a
 * one-shot run loads once anyway, and tests see every load.
 */
let keeping = false;
let kept: { id: string; set: CachedFactSet } | undefined;

export function keepLoadedFactSets(on: boolean): void {
  keeping = on;
  if (!on) kept = undefined;
}

/** `size`: the fact files' bytes, when known. */
function loadByKey(paths: string[], opts: FactCacheOptions, file: string, key: string, from: CachedFactSet['from'], size: number | undefined): CachedFactSet {
  // A cache file that proves damaged after it was opened: loaded as on a miss, and rewritten.
  const reload = (): LoadedFactSet =>
    heavy(size, () => {
      const loaded = loadFactSet(paths, { cwd: opts.cwd });
      write(file, loaded, key);
      return loaded;
    });
  const source = FileSource.open(file);
  const stored = source && StoredSet.open(source, key);
  if (stored) return fromStored(stored, from, reload, file);
  return heavy(size, () => {
    const loaded = loadFactSet(paths, { cwd: opts.cwd });
    // The maps are built once, for the file and for this run's index; the names are taken from
    // the compiled bytes, grouped already, rather than collected from every entity once more.
    const eager = new EagerIndex(loaded);
    const compiled = write(file, loaded, key, eager);
    const names = StoredSet.open(compiled.source, key)?.names();
    if (names && 'groupedNames' in names) eager.groupedNames = names;
    return fromLoaded(loaded, from, compiled.handoff, eager);
  });
}

/**
 * Writes the compiled set to the cache (atomically; failures ignored). Returns its bytes as a
 * source, and how a worker gets them: the file just written, read as queries need as on a hit,
 * or the bytes in memory when it could not be written.
 */
function write(file: string, loaded: LoadedFactSet, key: string, eager?: EagerIndex): { source: ByteSource; handoff: CompiledHandoff } {
  // In pieces: at 100,000 entities, copying them into one buffer cost a 110 MB copy and its garbage.
  const parts = encodeStoredParts(loaded, key, eager);
  const source = writeCacheFile(file, parts, (n) => PAYLOAD.test(n), KEEP, KEEP_BYTES) ? FileSource.open(file) : undefined;
  if (source) return { source, handoff: { file, key } };
  const bytes = Buffer.concat(parts);
  return { source: new MemorySource(bytes), handoff: { bytes } };
}
