// Runs one of factlint's CommonJS bundles (dist/bundle/*.cjs) through V8's code cache.
//
// Why: on a one-article run (a pre-commit hook), most of the time above Node's own start-up was
// V8 parsing and compiling factlint's functions on first call, not linting. A code cache taken at
// the end of a run holds every function that run compiled, so the next run skips that work.
// Node 22 offers this as `module.enableCompileCache()`; Node 20, which we support, does not.
//
// The cache is one file per bundle, Node version and bundle build, in the cache folder
// (cache-dir.ts); FACTLINT_CACHE_DIR=off turns it off. V8 checks that the cache fits the
// source and rejects one that does not, so a stale or damaged file costs a recompile, never a
// wrong result; it is then rewritten. Writes go to a temporary file renamed into place, so two
// runs at once cannot leave half a file.
import { readFileSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { cacheDir, writeCacheFile } from '../cache-dir.js';

/** Code caches kept per bundle: other builds and Node versions sharing the folder (newest first). */
const KEEP = 3;

/** Cache file name: bundle name and size/mtime, Node and V8 versions, CPU architecture. */
function cacheFile(dir: string, bundle: string): string {
  const st = statSync(bundle);
  const tag = `${prefixOf(bundle)}${st.size.toString(36)}-${Math.trunc(st.mtimeMs).toString(36)}-${process.version}-${process.versions.v8}-${process.arch}`;
  return path.join(dir, `code-${tag.replace(/[^\w.-]/g, '_')}.v8`);
}

function prefixOf(bundle: string): string {
  return `${path.basename(bundle, '.cjs')}-`;
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The cache folder, or none when the current folder is gone (main() then reports that itself). */
function cacheFolder(): string | undefined {
  try {
    return cacheDir(process.cwd());
  } catch {
    return undefined;
  }
}

/** Loads and runs `bundle` (a CommonJS file) as `require` would, with a code cache when one is allowed. */
export function runBundle(bundle: string): void {
  const source = readFileSync(bundle, 'utf8');
  const dir = cacheFolder();
  const file = dir ? cacheFile(dir, bundle) : undefined;
  const cachedData = file ? readOrUndefined(file) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  if (file && (!cachedData || script.cachedDataRejected)) {
    // At exit, the cache holds the functions this run compiled, not only the top level.
    const family = `code-${prefixOf(bundle)}`;
    process.once('exit', () => writeCacheFile(file, script.createCachedData(), (n) => n.startsWith(family) && n.endsWith('.v8'), KEEP));
  }
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
}
