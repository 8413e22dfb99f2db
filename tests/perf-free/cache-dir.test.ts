// Where the compiled fact set is cached: the user's choice, else beside the project's packages,
// else the user's cache folder.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir } from '../../src/cache-dir.js';
import { tempDir } from '../cli/helpers.js';

describe('cacheDir', () => {
  it('follows FACTLINT_CACHE_DIR (relative to the current folder), and "off" turns the cache off', () => {
    expect(cacheDir('/work/p', { FACTLINT_CACHE_DIR: 'tmp/fc' })).toBe(path.resolve('/work/p', 'tmp/fc'));
    expect(cacheDir('/work/p', { FACTLINT_CACHE_DIR: '/abs/fc' })).toBe('/abs/fc');
    for (const off of ['off', 'OFF', '0', 'false', 'no']) expect(cacheDir('/work/p', { FACTLINT_CACHE_DIR: off })).toBeUndefined();
  });

  it('uses node_modules/.cache/factlint when the current folder has node_modules', () => {
    const { dir, cleanup } = tempDir('factlint-fcd-');
    try {
      expect(cacheDir(dir, { XDG_CACHE_HOME: '/xdg' })).toBe(path.join('/xdg', 'factlint'));
      mkdirSync(path.join(dir, 'node_modules'));
      expect(cacheDir(dir, { XDG_CACHE_HOME: '/xdg' })).toBe(path.join(dir, 'node_modules', '.cache', 'factlint'));
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
