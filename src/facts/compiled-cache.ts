// The loaded, validated fact set cached on disk, keyed by the fact files' contents and the
// loader's own code. A hit skips JSON Schema validation (ajv is never loaded), the semantic
// checks and the merge; the files are still read to hash them, so an edit is never missed.
// Anything wrong with a cache file (truncated, foreign, from another version) means a miss:
// the fact set is loaded as without a cache and the file rewritten.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCacheFile } from '../cache-dir.js';
import { FactlintError, ioReason } from '../errors.js';
import { listFactFiles } from './files.js';
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

let codeHash: string | undefined;

/**
 * Hash of what decides the loaded result besides the files: this folder's modules (by name,
 * size and modification time: a build or an install rewrites them, and reading the bundles
 * whole cost start-up time), the schema, the package version.
 */
function loaderFingerprint(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha256').update(MARKER);
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const name of readdirSync(here).filter((n) => /\.(c?js|ts)$/.test(n) && !n.endsWith('.d.ts')).sort()) {
    const st = statSync(path.join(here, name));
    h.update(`\u0000${name}\u0000${st.size}\u0000${st.mtimeMs}`);
  }
  for (const file of [FACTSET_SCHEMA_PATH, fileURLToPath(new URL('../../package.json', import.meta.url))]) {
    try {
      h.update('\u0000').update(readFileSync(file));
    } catch {
      h.update('\u0000missing');
    }
  }
  return (codeHash = h.digest('hex'));
}

/** Key of a fact set: the loader fingerprint, each file's display path, id name and bytes. */
export function factSetKey(paths: readonly string[], cwd: string): string {
  const h = createHash('sha256').update(loaderFingerprint());
  for (const f of listFactFiles(paths, cwd)) {
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
    const c = JSON.parse(decoder.decode(bytes)) as Payload;
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

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Loads a fact set through the cache. A miss (or no cache) loads and validates as
 * `loadFactSet` does, with the same errors; the result is written back when the folder is
 * writable (failures to write are ignored: the cache is an optimisation).
 */
export function loadFactSetCached(paths: string[], opts: FactCacheOptions): CachedFactSet {
  if (!opts.dir) return { loaded: loadFactSet(paths, { cwd: opts.cwd }), serialized: undefined, hit: false };
  const key = factSetKey(paths, opts.cwd);
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
