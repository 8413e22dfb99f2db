// Where factlint keeps what it caches between runs (compiled fact indexes and V8's code cache of
// its own bundle), and how a cache file is written. A module of its own, with no heavy imports:
// the start-up loader needs it.
import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Where cached fact indexes and code caches live: $FACTLINT_CACHE_DIR ("off" disables), else
 * node_modules/.cache/factlint in the current folder when it has node_modules, else the user's
 * cache folder ($XDG_CACHE_HOME or ~/.cache), else the system temp folder.
 */
export function cacheDir(cwd: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const set = env.FACTLINT_CACHE_DIR;
  if (set !== undefined && set !== '') return /^(off|0|false|no)$/i.test(set) ? undefined : path.resolve(cwd, set);
  const modules = path.join(cwd, 'node_modules');
  if (isDir(modules)) return path.join(modules, '.cache', 'factlint');
  let home = env.XDG_CACHE_HOME ?? '';
  if (!home) {
    try {
      home = os.homedir() ? path.join(os.homedir(), '.cache') : '';
    } catch {
      home = ''; // no home folder (some CI users): the temp folder
    }
  }
  return path.join(home || os.tmpdir(), 'factlint');
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes a cache file atomically (a temporary file renamed into place: a reader sees the old
 * file or the whole new one), then keeps the `keep` newest files of the folder that `family`
 * accepts. Failures are ignored: a cache is an optimisation, and a read-only or full disk, or
 * another run pruning at once, only means the next run computes again.
 */
export function writeCacheFile(file: string, bytes: Uint8Array, family: (name: string) => boolean, keep: number): void {
  const dir = path.dirname(file);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    return;
  }
  try {
    const files = readdirSync(dir)
      .filter(family)
      .map((n) => ({ n, t: statSync(path.join(dir, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t || (a.n < b.n ? -1 : 1));
    for (const { n } of files.slice(keep)) {
      try {
        unlinkSync(path.join(dir, n));
      } catch {
        // another run removed it
      }
    }
  } catch {
    // the folder went away, or another run removed a file while we looked
  }
}
