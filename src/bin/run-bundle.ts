// Runs one of factlint's CommonJS bundles (dist/bundle/*.cjs) through V8's code cache.
//
// Why: on a one-article run (a pre-commit hook), most of the time above Node's own start-up was
// V8 parsing and compiling factlint's functions on first call, not linting. A code cache taken at
// the end of a run holds every function that run compiled, so the next run skips that work.
// Node 22 offers this as `module.enableCompileCache()`; Node 20, which we support, does not.
//
// The cache is one file per bundle, Node version and bundle build, in the cache folder
// (cache-dir.ts: a folder of this user's only, mode 0700); FACTLINT_CACHE_DIR=off turns it off.
// V8 checks only that a cache fits the source's *length*: a cache compiled from another script
// of the same length is accepted and runs that script's code. So each file holds, after a short
// header, a copy of the source it was made from, and a cache whose copy is not byte for byte the
// source being run is never handed to V8: it costs a recompile and is rewritten. (It held the
// source's SHA-256 before: loading node:crypto and hashing the bundle cost about 5 ms of every
// run, while reading half a megabyte more and Buffer.equals cost a fraction of a millisecond, and
// an exact comparison cannot collide.) Writes go to a temporary file renamed into place, so two
// runs at once cannot leave half a file.
import { readFileSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { cacheDir, privateDir, writeCacheFile } from '../cache-dir.js';
import { optimiserOff } from '../optimiser.js';

/** Code caches kept per bundle: other builds and Node versions sharing the folder (newest first). */
const KEEP = 3;

/** Cache file name: bundle name (and mode) and size/mtime, Node and V8 versions, CPU architecture. */
function cacheFile(dir: string, bundle: string, mode: string): string {
  const st = statSync(bundle);
  const tag = `${prefixOf(bundle, mode)}${st.size.toString(36)}-${Math.trunc(st.mtimeMs).toString(36)}-${process.version}-${process.versions.v8}-${process.arch}`;
  return path.join(dir, `code-${tag.replace(/[^\w.-]/g, '_')}.v8`);
}

function prefixOf(bundle: string, mode: string): string {
  return `${path.basename(bundle, '.cjs')}${mode}-`;
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The cache folder, or none when the current folder is gone (main() then reports that itself) or it is not private. */
export function cacheFolder(): string | undefined {
  try {
    return privateDir(cacheDir(process.cwd()));
  } catch {
    return undefined;
  }
}

/** A cache file: this header line (with the source's length in bytes), the source's bytes, then V8's bytes. */
const MAGIC = 'factlint-code-cache/2 source-bytes:';

function header(source: Buffer): Buffer {
  return Buffer.from(`${MAGIC}${source.length}\n`, 'latin1');
}

/** V8's bytes of a cache file made from exactly this source; undefined for any other file. */
function cachedDataFor(file: Buffer | undefined, source: Buffer): Buffer | undefined {
  const head = header(source);
  const start = head.length + source.length;
  if (!file || file.length <= start) return undefined;
  if (!file.subarray(0, head.length).equals(head) || !file.subarray(head.length, start).equals(source)) return undefined;
  return file.subarray(start);
}

export interface BundleOptions {
  /**
   * false: without V8's optimising compiler, for a short run (run-mode.ts). V8 flags are part of
   * what a code cache must match, so each mode keeps its own cache files.
   */
  optimise?: boolean;
}

/** Loads and runs `bundle` (a CommonJS file) as `require` would, with a code cache when one is allowed. */
export function runBundle(bundle: string, opts: BundleOptions = {}): void {
  if (opts.optimise === false) optimiserOff();
  // A name no other family's prefix matches (pruning keeps KEEP files per family).
  const mode = opts.optimise === false ? '.noopt' : '';
  const bytes = readFileSync(bundle);
  const source = bytes.toString('utf8');
  const dir = cacheFolder();
  const file = dir ? cacheFile(dir, bundle, mode) : undefined;
  const cachedData = file ? cachedDataFor(readOrUndefined(file), bytes) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  if (file && (!cachedData || script.cachedDataRejected)) {
    // At exit, the cache holds the functions this run compiled, not only the top level.
    const family = `code-${prefixOf(bundle, mode)}`;
    process.once('exit', () => writeCacheFile(file, Buffer.concat([header(bytes), bytes, script.createCachedData()]), (n) => n.startsWith(family) && n.endsWith('.v8'), KEEP));
  }
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
}
