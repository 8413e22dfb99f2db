// Where factlint keeps what it caches between runs (compiled fact indexes and V8's code cache of
// its own bundle), and how a cache file is written. A module of its own, with no heavy imports:
// the start-up loader needs it.
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Where cached fact indexes and code caches live: the user's cache folder (userCacheDir), or
 * none when $FACTLINT_CACHE_DIR is "off". Not node_modules/.cache in the project, as before: a
 * project's files (a commit, a restored CI cache) could put a cache there that a run would trust.
 * Use it through privateDir.
 */
export function cacheDir(cwd: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const set = env.FACTLINT_CACHE_DIR;
  if (set !== undefined && set !== '' && OFF.test(set)) return undefined;
  return userCacheDir(cwd, env);
}

const OFF = /^(off|0|false|no)$/i;

/**
 * The user's own cache folder, never inside a project: $FACTLINT_CACHE_DIR when it names one,
 * else $XDG_CACHE_HOME/factlint or ~/.cache/factlint, else factlint-<uid> in the system temp
 * folder (a name per user, as the temp folder is shared). --cache keeps its secret and its
 * default results file here, so nothing a project's files contain can stand in for them.
 */
export function userCacheDir(cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const set = env.FACTLINT_CACHE_DIR;
  if (set !== undefined && set !== '' && !OFF.test(set)) return path.resolve(cwd, set);
  let home = env.XDG_CACHE_HOME ?? '';
  if (!home) {
    try {
      home = os.homedir() ? path.join(os.homedir(), '.cache') : '';
    } catch {
      home = ''; // no home folder (some CI users): the temp folder
    }
  }
  if (home) return path.join(home, 'factlint');
  const uid = typeof process.getuid === 'function' ? `-${process.getuid()}` : '';
  return path.join(os.tmpdir(), `factlint${uid}`);
}

/**
 * `dir` made ready for cache files that only this user can have written: created with mode 0700
 * when missing; refused (undefined) when it is not a folder, belongs to another user or can be
 * written by group or others, since whoever can put a file there would choose what a later run
 * trusts (V8 code, compiled facts, lint results). Undefined also when it cannot be created:
 * caches are an optimisation, and the run goes on without one.
 */
export function privateDir(dir: string | undefined): string | undefined {
  if (!dir) return undefined;
  let st = statOrUndefined(dir);
  if (!st) {
    try {
      mkdirSync(path.dirname(dir), { recursive: true });
      mkdirSync(dir, { mode: 0o700 });
    } catch {
      // made by another run at once (checked below), or not possible
    }
    st = statOrUndefined(dir);
  }
  if (!st?.isDirectory()) return undefined;
  if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return undefined;
  if (process.platform !== 'win32' && (st.mode & 0o022) !== 0) return undefined;
  return dir;
}

function statOrUndefined(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file atomically (a temporary file renamed into place: a reader sees the old
 * file or the whole new one) into a folder privateDir accepted, then keeps the `keep` newest files of the folder that `family`
 * accepts, and of those only as many as fit in `maxBytes` together (the newest is always kept).
 * `bytes` may come in pieces, written one after another. Failures are ignored (false): a cache
 * is an optimisation, and a read-only or full disk, or another run pruning at once, only means
 * the next run computes again.
 */
export function writeCacheFile(file: string, bytes: Uint8Array | readonly Uint8Array[], family: (name: string) => boolean, keep: number, maxBytes = Infinity): boolean {
  const dir = path.dirname(file);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (bytes instanceof Uint8Array) writeFileSync(tmp, bytes, { mode: 0o600 });
    else writeParts(tmp, bytes);
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    return false;
  }
  try {
    const files = readdirSync(dir)
      .filter(family)
      .map((n) => {
        const st = statSync(path.join(dir, n));
        return { n, t: st.mtimeMs, size: st.size };
      })
      .sort((a, b) => b.t - a.t || (a.n < b.n ? -1 : 1));
    let kept = 0;
    let total = 0;
    for (const f of files) {
      if (kept === 0 || (kept < keep && total + f.size <= maxBytes)) {
        kept++;
        total += f.size;
        continue;
      }
      try {
        unlinkSync(path.join(dir, f.n));
      } catch {
        // another run removed it
      }
    }
  } catch {
    // the folder went away, or another run removed a file while we looked
  }
  return true;
}

/** A new file (mode 0600) holding `parts` one after another. */
function writeParts(file: string, parts: readonly Uint8Array[]): void {
  const fd = openSync(file, 'w', 0o600);
  try {
    for (const part of parts) {
      for (let done = 0; done < part.length; ) done += writeSync(fd, part, done);
    }
  } finally {
    closeSync(fd);
  }
}
