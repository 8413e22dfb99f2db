// Caches an attacker can write must not decide what runs or what is reported: a V8 code cache
// planted for the bundle (audit D1) and a --cache results file edited or committed (audit D9).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, factlint, requireBuilt, tempDir, write } from '../cli/helpers.js';

beforeAll(requireBuilt);

const BUNDLE = path.join(REPO, 'dist', 'bundle', 'factlint.cjs');
const ARTICLE = '---\ndate: 2023-05-08\nlang: en\n---\nThe ministers met on Tuesday, 8 May, in the capital.\n';

/**
 * V8's code cache of a script that prints PWNED, as long as the bundle (V8 checks only the
 * length), made by a Node process like the CLI's; `header` is put before it as is.
 */
function plantedCache(header: Buffer = Buffer.alloc(0)): Buffer {
  const code = `
    const fs = require('node:fs'), vm = require('node:vm'), Module = require('node:module');
    const source = fs.readFileSync(process.argv[1], 'utf8');
    const head = 'console.error("PWNED");';
    const evil = head + '/*' + ' '.repeat(source.length - head.length - 4) + '*/';
    if (evil.length !== source.length) throw new Error('length');
    const script = new vm.Script(Module.wrap(evil), { filename: process.argv[1] });
    process.stdout.write(script.createCachedData().toString('base64'));`;
  const r = spawnSync(process.execPath, ['-e', code, BUNDLE], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return Buffer.concat([header, Buffer.from(r.stdout, 'base64')]);
}

/** A header as a forger would write it: the bundle's real SHA-256 is public. */
function forgedHeader(): Buffer {
  const r = spawnSync(process.execPath, ['-e', `process.stdout.write(require('node:crypto').createHash('sha256').update(require('node:fs').readFileSync(process.argv[1])).digest('hex'))`, BUNDLE], { encoding: 'utf8' });
  return Buffer.from(`factlint-code-cache/1 sha256:${r.stdout}\n`, 'latin1');
}

describe('V8 code cache of the bundle', () => {
  it('a cache compiled from another script of the same length is never run', () => {
    const { dir, cleanup } = tempDir('factlint-pwn-');
    try {
      write(dir, 'a.en.md', ARTICLE);
      const fc = path.join(dir, 'fc');
      const env = { FACTLINT_CACHE_DIR: fc };
      const first = factlint(['-f', 'json', 'a.en.md'], dir, env);
      expect(first.code).toBe(1);
      const [name] = readdirSync(fc).filter((n) => n.startsWith('code-factlint-'));
      expect(name).toBeDefined();
      const file = path.join(fc, name!);

      // The audit's attack: V8 data of another script written over the cache file.
      writeFileSync(file, plantedCache());
      let r = factlint(['-f', 'json', 'a.en.md'], dir, env);
      expect(r.stderr).not.toContain('PWNED');
      expect(r.stdout).toBe(first.stdout);
      // The file was rewritten with the real code cache: the next run is normal.
      expect(readFileSync(file).subarray(0, 20).toString('latin1')).toBe('factlint-code-cache/');
      expect(factlint(['-f', 'json', 'a.en.md'], dir, env).stdout).toBe(first.stdout);
      // The folder is the user's alone.
      expect(statSync(fc).mode & 0o777).toBe(0o700);

      // A forged header (the bundle's hash is public) in a folder others can write: not used.
      chmodSync(fc, 0o777);
      writeFileSync(file, plantedCache(forgedHeader()));
      r = factlint(['-f', 'json', 'a.en.md'], dir, env);
      expect(r.stderr).not.toContain('PWNED');
      expect(r.stdout).toBe(first.stdout);
    } finally {
      cleanup();
    }
  });

  it('a cache committed in the project (node_modules/.cache/factlint) is not read', () => {
    const { dir, cleanup } = tempDir('factlint-pwn-');
    try {
      write(dir, 'a.en.md', ARTICLE);
      const xdg = path.join(dir, 'xdg');
      const env = { FACTLINT_CACHE_DIR: undefined, XDG_CACHE_HOME: xdg };
      const first = factlint(['-f', 'json', 'a.en.md'], dir, env);
      const [name] = readdirSync(path.join(xdg, 'factlint')).filter((n) => n.startsWith('code-factlint-'));
      const inProject = path.join(dir, 'node_modules', '.cache', 'factlint');
      mkdirSync(inProject, { recursive: true, mode: 0o700 });
      // As the audit planted it, and with a header as a forger would write it.
      for (const planted of [plantedCache(), plantedCache(forgedHeader())]) {
        writeFileSync(path.join(inProject, name!), planted);
        const r = factlint(['-f', 'json', 'a.en.md'], dir, env);
        expect(r.stderr).not.toContain('PWNED');
        expect(r.stdout).toBe(first.stdout);
      }
    } finally {
      cleanup();
    }
  });
});
