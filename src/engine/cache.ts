// --cache: results of unchanged files are reused. A file's entry holds what linting it gave
// before the per-run steps (directives, baseline, --quiet, fixes), so those still apply; it is
// valid while the file's bytes hash the same and the run key matches: factlint's code and
// rules data, the fact set's hash and the options that change what a file yields.
import { createHash } from '../hash.js';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintResult } from '../types.js';
import { FactlintError, ioReason } from '../errors.js';

const MARKER = 'factlint-result-cache/2';
/** How every cache file this or an earlier version wrote begins (the marker is written first), blanks allowed. */
const OURS = /^\s*\{\s*"marker"\s*:\s*"factlint-result-cache\//;
export const DEFAULT_CACHE_FILE = '.factlintcache';

/** What linting a file gave, except its text (read again from the file): JSON data only. */
export interface StoredOutcome {
  result: LintResult;
  [more: string]: unknown;
}

interface Entry {
  /** sha1 of the file's bytes. */
  hash: string;
  outcome: StoredOutcome;
  /** False when the file gave no text (binary, unreadable...): nothing to draw code frames from. */
  decoded: boolean;
}

interface CacheData {
  marker: string;
  key: string;
  /** By path relative to the cache file's folder, so a restored CI cache works elsewhere. */
  entries: Record<string, Entry>;
}

/** The cache file for --cache-location: a folder (existing, or written with a trailing slash) holds `.factlintcache`. */
export function cacheFile(location: string | undefined, cwd: string): string {
  if (location === undefined || location === '') return path.join(cwd, DEFAULT_CACHE_FILE);
  const abs = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(abs, DEFAULT_CACHE_FILE);
  try {
    if (statSync(abs).isDirectory()) return path.join(abs, DEFAULT_CACHE_FILE);
  } catch {
    // a file to be created
  }
  return abs;
}

let codeHash: string | undefined;

/** Hash of factlint's own modules and rules data: any change to them invalidates every entry. */
export function codeFingerprint(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha256').update(MARKER);
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const moduleRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const walk = (dir: string, keep: (name: string) => boolean) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const abs = path.join(dir, name);
      let st;
      try {
        st = statSync(abs);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(abs, keep);
      else if (keep(name)) h.update(`\u0000${path.relative(root, abs)}\u0000`).update(readFileSync(abs));
    }
  };
  walk(moduleRoot, (n) => /\.(js|ts)$/.test(n) && !n.endsWith('.d.ts'));
  walk(path.join(root, 'rules'), (n) => n.endsWith('.json'));
  try {
    h.update(readFileSync(path.join(root, 'package.json')));
  } catch {
    // not in a package
  }
  return (codeHash = h.digest('hex'));
}

/** Key of a run: code, fact set and the options that change a file's own result. */
export function runKey(parts: { factsHash: string; lang?: string; date?: string; severities: Record<string, unknown> }): string {
  const severities = Object.keys(parts.severities).sort().map((k) => [k, parts.severities[k]]);
  return createHash('sha256')
    .update(JSON.stringify([codeFingerprint(), parts.factsHash, parts.lang ?? null, parts.date ?? null, severities]))
    .digest('hex');
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

export class ResultCache {
  private readonly entries: Record<string, Entry>;
  private readonly dir: string;
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly key: string,
    entries: Record<string, Entry>,
  ) {
    this.dir = path.dirname(file);
    this.entries = entries;
  }

  /**
   * Opens the cache file; a missing or empty file, a damaged cache, one of another version or
   * run key gives an empty cache. A file that is not a factlint cache at all (an article named
   * by mistake in --cache-location) is a usage error: saving would overwrite it.
   */
  static open(file: string, key: string): ResultCache {
    let entries: Record<string, Entry> = Object.create(null) as Record<string, Entry>;
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // no cache yet (or unreadable: saving will say so)
    }
    if (text !== undefined && text.trim() !== '' && !OURS.test(text)) {
      throw new FactlintError(`--cache-location ${file} is not a factlint cache; saving the cache would overwrite it (choose another path)`);
    }
    try {
      const data = JSON.parse(text ?? '') as CacheData;
      if (data?.marker === MARKER && data.key === key && data.entries && typeof data.entries === 'object') {
        entries = Object.assign(Object.create(null) as Record<string, Entry>, data.entries);
      }
    } catch {
      // no cache yet, or a damaged one: start afresh
    }
    return new ResultCache(file, key, entries);
  }

  private rel(file: string): string {
    return path.relative(this.dir, path.resolve(file)).split(path.sep).join('/');
  }

  /** The stored outcome for a file with these bytes (its result's filePath set to `displayPath`), if any. */
  get(file: string, hash: string, displayPath: string): { outcome: StoredOutcome; decoded: boolean } | undefined {
    const e = this.entries[this.rel(file)];
    if (!e || e.hash !== hash || !isResult(e.outcome?.result)) return undefined;
    return { outcome: { ...e.outcome, result: { ...e.outcome.result, filePath: displayPath } }, decoded: e.decoded === true };
  }

  /** Stores an outcome as it is (fields added to it later pass through), without its source text. */
  set(file: string, hash: string, outcome: StoredOutcome, decoded: boolean): void {
    this.entries[this.rel(file)] = { hash, outcome, decoded };
    this.changed = true;
  }

  /**
   * Writes the cache (atomically) when it changed; entries of files that no longer exist are
   * dropped. A cache that cannot be written is a warning, not an error: the run itself is done.
   */
  save(): string | undefined {
    if (!this.changed) return undefined;
    const entries: Record<string, Entry> = {};
    for (const rel of Object.keys(this.entries).sort()) {
      try {
        statSync(path.resolve(this.dir, rel));
        entries[rel] = this.entries[rel]!;
      } catch {
        // deleted or moved: forget it
      }
    }
    const data: CacheData = { marker: MARKER, key: this.key, entries };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(tmp, JSON.stringify(data));
      renameSync(tmp, this.file);
      return undefined;
    } catch (err) {
      try {
        unlinkSync(tmp);
      } catch {
        // nothing written
      }
      return `cannot write the cache ${this.file}: ${ioReason(err)}`;
    }
  }
}

function isResult(r: unknown): r is LintResult {
  const x = r as LintResult | undefined;
  return typeof x === 'object' && x !== null && Array.isArray(x.messages) && typeof x.errorCount === 'number';
}
