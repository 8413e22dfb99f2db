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
import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCacheFile } from '../cache-dir.js';
import { FactlintError, ioReason } from '../errors.js';
import { listFactFiles, type FactFile } from './files.js';
import { loadFactSet, type LoadedFactSet } from './load.js';
import { FACTSET_SCHEMA_PATH } from './schema.js';

const MARKER = 'factlint-fact-cache/2';
/** Cache files kept per folder (one per fact set in use); older ones are removed on write. */
const KEEP = 8;

export interface CachedFactSet {
  loaded: LoadedFactSet;
  /** The cache payload when it was at hand (read from or written to the cache): workers reuse it. */
  serialized: Buffer | undefined;
  hit: boolean;
}

export interface FactCacheOptions {
  cwd: string;
  /** Folder of cache files; undefined: no cache. */
  dir: string | undefined;
}

let loader: string | undefined;

/**
 * What decides the loaded result besides the fact files, as metadata: this folder's modules (by
 * name, size and modification time: a build or an install rewrites them, and reading the
 * bundles whole cost start-up time), the schema and package.json (an upgrade rewrites them).
 */
function loaderStamp(): string {
  if (loader) return loader;
  const parts = [MARKER];
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const name of readdirSync(here).filter((n) => /\.(c?js|ts)$/.test(n) && !n.endsWith('.d.ts')).sort()) {
    const st = statSync(path.join(here, name));
    parts.push(`${name}:${st.size}:${st.mtimeMs}`);
  }
  for (const file of [FACTSET_SCHEMA_PATH, fileURLToPath(new URL('../../package.json', import.meta.url))]) {
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
}

/** The fact files' metadata; undefined when one cannot be read (the content path says why). */
function stampOf(files: readonly FactFile[]): Stamp | undefined {
  const parts = [loaderStamp()];
  let latest = 0;
  for (const f of files) {
    const st = statSync(f.absolute, { bigint: true, throwIfNoEntry: false });
    if (!st) return undefined;
    parts.push(`${f.display}\u0001${f.name}\u0001${st.size}\u0001${st.mtimeNs}\u0001${st.ctimeNs}\u0001${st.ino}\u0001${st.dev}`);
    latest = Math.max(latest, Number(st.mtimeMs), Number(st.ctimeMs));
  }
  return { text: parts.join('\u0000'), latest };
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

function isLoaded(v: unknown): v is LoadedFactSet {
  const l = v as LoadedFactSet | undefined;
  return (
    typeof l === 'object' && l !== null &&
    typeof l.hash === 'string' && Array.isArray(l.files) && Array.isArray(l.statements) &&
    typeof l.facts === 'object' && l.facts !== null &&
    Array.isArray(l.facts.entities) && Array.isArray(l.facts.properties) && l.facts.statements === l.statements
  );
}

// The payload is JSON: a fact set is JSON data to begin with, JSON.parse reads it at least as
// fast as v8.deserialize, and loading node:v8 alone cost some 3 ms of every run's start-up.
// `statements` is the same array as `facts.statements`, so it is stored once.
interface Payload {
  marker: string;
  key: string;
  facts: LoadedFactSet['facts'];
  files: string[];
  hash: string;
}

/** The fact set in a serialized cache payload, or undefined when it is not one. */
export function decodeFactSet(bytes: Uint8Array, key?: string): LoadedFactSet | undefined {
  try {
    // isUtf8 and a plain decode take about 20 % less than a fatal TextDecoder on a 58 MB
    // payload (100,000 entities); a damaged file is still refused, not read with U+FFFD.
    if (!isUtf8(bytes)) return undefined;
    const c = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as Payload;
    if (c?.marker !== MARKER || (key !== undefined && c.key !== key)) return undefined;
    const loaded = { facts: c.facts, statements: c.facts?.statements, files: c.files, hash: c.hash } as LoadedFactSet;
    return isLoaded(loaded) ? loaded : undefined;
  } catch {
    return undefined;
  }
}

export function encodeFactSet(loaded: LoadedFactSet, key = ''): Buffer {
  const payload: Payload = { marker: MARKER, key, facts: loaded.facts, files: loaded.files, hash: loaded.hash };
  return Buffer.from(JSON.stringify(payload));
}


/**
 * Loads a fact set through the cache. A miss (or no cache) loads and validates as
 * `loadFactSet` does, with the same errors; the result is written back when the folder is
 * writable (failures to write are ignored: the cache is an optimisation).
 */
export function loadFactSetCached(paths: string[], opts: FactCacheOptions, now = Date.now()): CachedFactSet {
  if (!opts.dir) return { loaded: loadFactSet(paths, { cwd: opts.cwd }), serialized: undefined, hit: false };
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
  const file = path.join(opts.dir, `facts-${key}.json`);
  let bytes: Buffer | undefined;
  try {
    bytes = readFileSync(file);
  } catch {
    bytes = undefined;
  }
  if (bytes) {
    const loaded = decodeFactSet(bytes, key);
    if (loaded) return { loaded, serialized: bytes, hit: true };
  }
  const loaded = loadFactSet(paths, { cwd: opts.cwd });
  const serialized = encodeFactSet(loaded, key);
  writeCacheFile(file, serialized, (n) => /^facts-[0-9a-f]+\.(?:json|v8)$/.test(n), KEEP);
  return { loaded, serialized, hit: false };
}
