// Where the compiled fact set and the code cache are kept: the user's choice, else the user's cache
// folder (never the project's), and only in a folder no one else can write.
import { chmodSync, chownSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, privateDir, userCacheDir, writeCacheFile } from '../../src/cache-dir.js';
import { tempDir } from '../cli/helpers.js';

describe('cacheDir', () => {
  it('follows FACTLINT_CACHE_DIR (relative to the current folder), and "off" turns the cache off', () => {
    expect(cacheDir('/work/p', { FACTLINT_CACHE_DIR: 'tmp/fc' })).toBe(path.resolve('/work/p', 'tmp/fc'));
    expect(cacheDir('/work/p', { FACTLINT_CACHE_DIR: '/abs/fc' })).toBe('/abs/fc');
    for (const off of ['off', 'OFF', '0', 'false', 'no']) expect(cacheDir('/work/p', { FACTLINT_CACHE_DIR: off })).toBeUndefined();
  });

  it('never a folder of the project: node_modules/.cache is not used, the user cache folder is', () => {
    const { dir, cleanup } = tempDir('factlint-fcd-');
    try {
      mkdirSync(path.join(dir, 'node_modules'));
      expect(cacheDir(dir, { XDG_CACHE_HOME: '/xdg' })).toBe(path.join('/xdg', 'factlint'));
    } finally {
      cleanup();
    }
  });

  it('privateDir creates the folder 0700; refuses one writable by group or others, or not a folder', () => {
    const { dir, cleanup } = tempDir('factlint-fcd-');
    try {
      const fc = path.join(dir, 'a', 'fc');
      expect(privateDir(fc)).toBe(fc);
      expect(statSync(fc).mode & 0o777).toBe(0o700);
      chmodSync(fc, 0o755);
      expect(privateDir(fc)).toBe(fc); // only the owner can write: still private
      for (const mode of [0o775, 0o757, 0o777]) {
        chmodSync(fc, mode);
        expect(privateDir(fc)).toBeUndefined();
      }
      writeFileSync(path.join(dir, 'file'), '');
      expect(privateDir(path.join(dir, 'file'))).toBeUndefined();
      expect(privateDir(undefined)).toBeUndefined();
    } finally {
      cleanup();
    }
  });

  it.runIf(process.getuid?.() === 0)('privateDir refuses a folder owned by another user', () => {
    const { dir, cleanup } = tempDir('factlint-fcd-');
    try {
      const fc = path.join(dir, 'fc');
      mkdirSync(fc, { mode: 0o700 });
      chownSync(fc, 65534, 65534);
      expect(privateDir(fc)).toBeUndefined();
    } finally {
      cleanup();
    }
  });

  it('userCacheDir: FACTLINT_CACHE_DIR when it names a folder, else XDG_CACHE_HOME, also when caches are off', () => {
    const { dir, cleanup } = tempDir('factlint-fcd-');
    try {
      expect(userCacheDir(dir, { FACTLINT_CACHE_DIR: 'off', HOME: '', XDG_CACHE_HOME: '/x' })).toBe(path.join('/x', 'factlint'));
      expect(userCacheDir(dir, { FACTLINT_CACHE_DIR: 'fc' })).toBe(path.join(dir, 'fc'));
    } finally {
      cleanup();
    }
  });

  it('else the user cache folder', () => {
    const { dir, cleanup } = tempDir('factlint-fcd-');
    try {
      expect(cacheDir(dir, {})).toBe(path.join(os.homedir() ? path.join(os.homedir(), '.cache') : os.tmpdir(), 'factlint'));
    } finally {
      cleanup();
    }
  });
});

describe('writeCacheFile pruning', () => {
  it('keeps the newest files of the family, at most `keep` of them and within the byte budget; the newest always', () => {
    const { dir, cleanup } = tempDir('factlint-prune-');
    try {
      const family = (n: string) => n.startsWith('c-');
      const put = (name: string, size: number, ageSeconds: number) => {
        const file = path.join(dir, name);
        writeFileSync(file, Buffer.alloc(size));
        const t = Date.now() / 1000 - ageSeconds;
        utimesSync(file, t, t);
      };
      put('c-old-big', 600, 50);
      put('c-mid-small', 100, 40);
      put('c-new-big', 500, 30);
      put('other', 10_000, 60); // not of the family: never touched
      // The new file (300 bytes) with a budget of 1,000: it, then c-new-big (800), then
      // c-mid-small (900) fit; c-old-big would pass the budget.
      writeCacheFile(path.join(dir, 'c-written'), Buffer.alloc(300), family, 8, 1000);
      expect(readdirSync(dir).sort()).toEqual(['c-mid-small', 'c-new-big', 'c-written', 'other']);
      // A count limit of 2 keeps the two newest.
      writeCacheFile(path.join(dir, 'c-next'), Buffer.alloc(10), family, 2);
      expect(readdirSync(dir).sort()).toEqual(['c-next', 'c-written', 'other']);
      // A file larger than the whole budget is still kept when it is the newest.
      writeCacheFile(path.join(dir, 'c-huge'), Buffer.alloc(5000), family, 8, 1000);
      expect(readdirSync(dir).sort()).toEqual(['c-huge', 'other']);
    } finally {
      cleanup();
    }
  });
});

describe('writeCacheFile in pieces', () => {
  it('writes the pieces one after another, private to the user, and says whether it wrote', () => {
    const { dir, cleanup } = tempDir('factlint-parts-');
    try {
      const file = path.join(dir, 'c-parts');
      const parts = [Buffer.from('head '), Buffer.alloc(0), Buffer.alloc(70_000, 0x61), Buffer.from(' tail')];
      expect(writeCacheFile(file, parts, (n) => n.startsWith('c-'), 8)).toBe(true);
      expect(readFileSync(file).equals(Buffer.concat(parts))).toBe(true);
      if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
      // A folder that cannot be made (a file stands in its way): nothing written, no temporary left.
      writeFileSync(path.join(dir, 'blocked'), '');
      expect(writeCacheFile(path.join(dir, 'blocked', 'c-x'), parts, () => true, 8)).toBe(false);
      expect(readdirSync(dir).sort()).toEqual(['blocked', 'c-parts']);
    } finally {
      cleanup();
    }
  });
});
