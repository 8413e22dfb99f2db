// `npm ci` refuses a lockfile that leaves out another platform's optional package ("Missing:
// @rollup/rollup-android-arm-eabi … from lock file"); npm 11 has written such lockfiles. Every
// optional dependency of every locked package must itself be locked, so the same lockfile
// installs on Linux, macOS and Windows, with npm 10 and 11.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry { version?: string; optionalDependencies?: Record<string, string>; dependencies?: Record<string, string> }
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };

/** Where npm would find `name` for the package at `at` (node_modules/a/node_modules/b …): its own folder, then each parent's. */
function resolves(at: string, name: string): boolean {
  let base = at;
  for (;;) {
    if (lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

describe('package-lock.json', () => {
  it('is a version 3 lockfile', () => {
    expect(lock.lockfileVersion).toBe(3);
  });
  it('locks every optional dependency of every package, for every platform', () => {
    const missing: string[] = [];
    for (const [at, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) if (!resolves(at, name)) missing.push(`${at || '(root)'} → ${name}`);
    }
    expect(missing).toEqual([]);
  });
});
