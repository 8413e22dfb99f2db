// --cache: results of unchanged files are reused. A file's entry holds what linting it gave
// before the per-run steps (directives, baseline, --quiet, fixes), so those still apply; it is
// valid while the file's bytes hash the same and the run key matches: factlint's code and
// rules data, the fact set's hash and the options that change what a file yields.
//
// The key is computed from public inputs, so it proves nothing about who wrote an entry: a cache
// file edited, or committed in a pull request, could hide every problem or carry a "fix" that
// writes anything into an article. So each entry carries an HMAC under a secret of this machine's
// user (machine-secret.ts, kept in the user's cache folder), and an entry whose MAC does not
// check is ignored: the file is linted again. The MAC is over the entry's bytes as stored
// (cache-format.ts), checked before any of them is parsed. The default cache file lives in that
// folder too, not in the project. And --fix never applies a fix read from the cache (see `reuse`).
import { createHash } from '../hash.js';
import { onDemand } from '../on-demand.js';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LintResult } from '../types.js';
import { FactlintError, ioReason } from '../errors.js';
import { userCacheDir } from '../cache-dir.js';
import { decodeFile, decodeLine, encodeFile, encodeLine, signedHead, type StoredEntry } from './cache-format.js';

/** Loaded on first use: a run without --cache does not pay for it. */
const crypto = onDemand<typeof import('node:crypto')>('node:crypto');
/** How every cache file this or an earlier version wrote begins (the marker is written first), blanks allowed. */
const OURS = /^\s*\{\s*"marker"\s*:\s*"factlint-result-cache\//;
export const DEFAULT_CACHE_FILE = '.factlintcache';

/** What linting a file gave, except its text (read again from the file): JSON data only. */
export interface StoredOutcome {
  result: LintResult;
  [more: string]: unknown;
}

/**
 * The cache file, and the folder its paths are relative to. --cache-location: that file, or
 * `.factlintcache` in that folder (existing, or written with a trailing slash), paths relative
 * to its folder. Without it: a file in the user's cache folder named by the project folder's
 * path, paths relative to the project folder; never a file in the project.
 */
export function cacheFile(location: string | undefined, cwd: string, env: NodeJS.ProcessEnv = process.env): { file: string; base: string } {
  if (location === undefined || location === '') {
    const project = path.resolve(cwd);
    const name = `results-${createHash('sha256').update(project).digest('hex').slice(0, 32)}.json`;
    return { file: path.join(userCacheDir(cwd, env), name), base: project };
  }
  const abs = path.resolve(cwd, location);
  const file = /[\\/]$/.test(location) || isDirectory(abs) ? path.join(abs, DEFAULT_CACHE_FILE) : abs;
  return { file, base: path.dirname(file) };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false; // a file to be created
  }
}

export function contentHash(bytes: Uint8Array): string {
  // One call, no Hash object per file where Node has it (20.12 on).
  const c = crypto();
  return typeof c.hash === 'function' ? c.hash('sha1', bytes, 'hex') : c.createHash('sha1').update(bytes).digest('hex');
}

export interface CacheOpenOptions {
  /** Folder the entries' paths are relative to. */
  base: string;
  /** The machine secret that authenticates entries; undefined: nothing is read or written. */
  secret: Buffer | undefined;
  /** False: no stored outcome is used (--fix: only this run's lint may produce a fix); entries are still written. */
  reuse: boolean;
}

export class ResultCache {
  private changed = false;
  /** The base folder with a separator after it. */
  private readonly under: string;

  private constructor(
    readonly file: string,
    private readonly key: string,
    /** By path relative to the base folder (see cacheFile), so a restored CI cache works elsewhere. */
    private readonly entries: Map<string, StoredEntry>,
    private readonly o: CacheOpenOptions,
  ) {
    const base = path.resolve(o.base);
    this.under = base.endsWith(path.sep) ? base : base + path.sep;
  }

  /**
   * Opens the cache file; a missing or empty file, a damaged cache, one of another version or
   * run key gives an empty cache. A file that is not a factlint cache at all (an article named
   * by mistake in --cache-location) is a usage error: saving would overwrite it.
   */
  static open(file: string, key: string, o: CacheOpenOptions): ResultCache {
    let data: Buffer | undefined;
    try {
      data = readFileSync(file);
    } catch {
      // no cache yet (or unreadable: saving will say so)
    }
    if (data !== undefined && !isBlank(data) && !isOurs(data)) {
      throw new FactlintError(`--cache-location ${file} is not a factlint cache; saving the cache would overwrite it (choose another path)`);
    }
    const entries = (data && decodeFile(data, key)) ?? new Map<string, StoredEntry>();
    return new ResultCache(file, key, entries, o);
  }

  private rel(file: string): string {
    const abs = path.resolve(file);
    // Most files lie under the base folder: their relative path is the rest of the path.
    if (path.sep === '/' && abs.startsWith(this.under) && abs.length > this.under.length) return abs.slice(this.under.length);
    return path.relative(this.o.base, abs).split(path.sep).join('/');
  }

  private hmac() {
    return crypto().createHmac('sha256', this.o.secret!);
  }

  /** The MAC of an entry's key, path, hash and decoded flag (`head`, as laid out in its line) and its outcome's JSON. */
  private outcomeMac(head: Uint8Array, outcome: Uint8Array | string): Buffer {
    return this.hmac().update(`${this.key}\n`).update(head).update('\n').update(outcome).digest();
  }

  /** The MAC of the claims' JSON, bound to their outcome's MAC (hex). */
  private claimsMac(outcomeMac: string, claims: Uint8Array | string): Buffer {
    return this.hmac().update(`claims\n${outcomeMac}\n`).update(claims).digest();
  }

  /**
   * The stored outcome for a file with these bytes (its result's filePath set to `displayPath`),
   * if any and authentic. `claims: false`: without the result's claims (not parsed, not checked):
   * for a run whose report does not print them.
   */
  get(file: string, hash: string, displayPath: string, claims = true): { outcome: StoredOutcome; decoded: boolean } | undefined {
    if (!this.o.reuse || !this.o.secret) return undefined;
    const e = this.entries.get(this.rel(file));
    if (!e || e.hash !== hash) return undefined;
    // Checked over the bytes as stored, before anything of them is parsed; edited or forged: lint again.
    if (!sameMac(e.mac, this.outcomeMac(e.line.subarray(0, e.signedEnd), e.line.subarray(...e.outcome)))) return undefined;
    let outcome: StoredOutcome;
    try {
      outcome = JSON.parse(e.line.toString('utf8', ...e.outcome)) as StoredOutcome;
    } catch {
      return undefined;
    }
    if (typeof outcome !== 'object' || outcome === null || !isResult(outcome.result)) return undefined;
    const noClaims = e.claims[1] - e.claims[0] === 4 && e.line.toString('latin1', ...e.claims) === 'null';
    // 0 holds the claims' place in the result (cache-format.ts); no claims, no place.
    if (((outcome.result.claims as unknown) === 0) === noClaims) return undefined;
    if (noClaims) {
      // nothing to put back
    } else if (!claims) {
      const { claims: _place, ...rest } = outcome.result;
      outcome.result = rest as LintResult;
    } else {
      const stored = e.line.subarray(...e.claims);
      if (!sameMac(e.claimsMac, this.claimsMac(e.mac, stored))) return undefined;
      try {
        outcome.result.claims = JSON.parse(stored.toString('utf8')) as LintResult['claims'];
      } catch {
        return undefined;
      }
    }
    outcome.result.filePath = displayPath;
    // Its cross-article records carry the path too: stored as the file was linted then, which
    // is another path when the cache was restored in another checkout, and the check matches
    // findings to files by it.
    for (const r of outcome.result.records ?? []) r.filePath = displayPath;
    return { outcome, decoded: e.decoded };
  }

  /** Stores an outcome as it is (fields added to it later pass through), without its source text. */
  set(file: string, hash: string, outcome: StoredOutcome, decoded: boolean): void {
    if (!this.o.secret) return;
    const rel = this.rel(file);
    const { result } = outcome;
    const claims = result.claims === undefined ? 'null' : JSON.stringify(result.claims);
    const text = JSON.stringify(result.claims === undefined ? outcome : { ...outcome, result: { ...result, claims: 0 } });
    const mac = this.outcomeMac(signedHead(rel, hash, decoded), text).toString('hex');
    const line = encodeLine({ path: rel, hash, decoded, mac, claimsMac: this.claimsMac(mac, claims).toString('hex'), outcome: text, claims });
    this.entries.set(rel, decodeLine(line)!.entry);
    this.changed = true;
  }

  /**
   * Writes the cache (atomically) when it changed; entries of files that no longer exist are
   * dropped. Entries are written back as they were read. A cache that cannot be written is a
   * warning, not an error: the run itself is done.
   */
  save(): string | undefined {
    if (!this.changed) return undefined;
    const lines: Buffer[] = [];
    for (const rel of [...this.entries.keys()].sort()) {
      try {
        statSync(path.resolve(this.o.base, rel));
        lines.push(this.entries.get(rel)!.line);
      } catch {
        // deleted or moved: forget it
      }
    }
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
      writeFileSync(tmp, Buffer.concat(encodeFile(this.key, lines)), { mode: 0o600 });
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

function sameMac(storedHex: string, expected: Buffer): boolean {
  const given = Buffer.from(storedHex, 'hex');
  return given.length === expected.length && crypto().timingSafeEqual(given, expected);
}

/** Enough of a file's start to tell whether it is blank or a cache; the rest only when that is not enough. */
const PREFIX = 4096;

function isBlank(data: Buffer): boolean {
  if (data.toString('utf8', 0, PREFIX).trim() !== '') return false;
  return data.length <= PREFIX || data.toString('utf8').trim() === '';
}

function isOurs(data: Buffer): boolean {
  return OURS.test(data.toString('utf8', 0, PREFIX)) || (data.length > PREFIX && OURS.test(data.toString('utf8')));
}

function isResult(r: unknown): r is LintResult {
  const x = r as LintResult | undefined;
  return typeof x === 'object' && x !== null && Array.isArray(x.messages) && typeof x.errorCount === 'number';
}
