// Where the compiled fact set and the code cache are kept: the user's choice, else the user's cache
// folder (never the project's), and only in a folder no one else can write.
import { chmodSync, chownSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, privateDir, userCacheDir } from '../../src/cache-dir.js';
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
