// Caches an attacker can write must not decide what runs or what is reported: a V8 code cache
// planted for the bundle (audit D1) and a --cache results file edited or committed (audit D9).
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeFile, encodeFile, encodeLine } from '../../src/engine/cache-format.js';
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

/** A header as a forger would write it: the header and the copy of the bundle it holds are public. */
function forgedHeader(): Buffer {
  const bundle = readFileSync(BUNDLE);
  return Buffer.concat([Buffer.from(`factlint-code-cache/2 source-bytes:${bundle.length}\n`, 'latin1'), bundle]);
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
      const [name] = readdirSync(fc).filter((n) => n.startsWith('code-factlint'));
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
      const [name] = readdirSync(path.join(xdg, 'factlint')).filter((n) => n.startsWith('code-factlint'));
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

interface CacheJson {
  entries: Record<string, { outcome: { result: { messages: unknown[]; errorCount: number; warningCount: number; fixableErrorCount: number; fixableWarningCount: number } } }>;
}

type StoredResult = CacheJson['entries'][string]['outcome']['result'];

/**
 * Rewrites every entry of a --cache file with `edit` as a forger would: in the file's own layout,
 * each entry keeping its MACs (which the forger cannot make), so that only the MAC can refuse it.
 */
function tamper(file: string, edit: (r: StoredResult) => void, editClaims?: (claims: unknown[]) => void): void {
  const data = readFileSync(file);
  const key = (JSON.parse(data.toString('utf8')) as { key: string }).key;
  const entries = decodeFile(data, key)!;
  expect(entries.size).toBeGreaterThan(0);
  const lines = [...entries].map(([rel, e]) => {
    const outcome = JSON.parse(e.line.toString('utf8', ...e.outcome)) as { result: StoredResult };
    edit(outcome.result);
    const claims = JSON.parse(e.line.toString('utf8', ...e.claims)) as unknown[];
    editClaims?.(claims);
    return encodeLine({ path: rel, hash: e.hash, decoded: e.decoded, mac: e.mac, claimsMac: e.claimsMac, outcome: JSON.stringify(outcome), claims: JSON.stringify(claims) });
  });
  writeFileSync(file, Buffer.concat(encodeFile(key, lines)));
  expect(decodeFile(readFileSync(file), key)?.size).toBe(entries.size);
}

/** The files a run linted (FACTLINT_TIMINGS lists them; none: the run took every result from the cache). */
function linted(args: string[], p: { dir: string; env: NodeJS.ProcessEnv }): { run: ReturnType<typeof factlint>; files: string[] } {
  const timings = path.join(p.dir, 'timings.jsonl');
  rmSync(timings, { force: true });
  const run = factlint(args, p.dir, { ...p.env, FACTLINT_TIMINGS: timings });
  const files = existsSync(timings) ? readFileSync(timings, 'utf8').trim().split('\n').map((l) => path.basename((JSON.parse(l) as { file: string }).file)).sort() : [];
  return { run, files };
}

const hideAll = (r: StoredResult) => {
  r.messages = [];
  r.errorCount = r.warningCount = r.fixableErrorCount = r.fixableWarningCount = 0;
};

describe('--cache results', () => {
  function project(): { dir: string; env: { FACTLINT_CACHE_DIR: string }; cleanup: () => void } {
    const t = tempDir('factlint-rescache-');
    write(t.dir, 'a.en.md', ARTICLE);
    write(t.dir, 'b.en.md', ARTICLE.replace('Tuesday', 'Thursday'));
    // The user's cache folder, away from the project.
    const user = tempDir('factlint-user-cache-');
    return { dir: t.dir, env: { FACTLINT_CACHE_DIR: path.join(user.dir, 'fc') }, cleanup: () => (t.cleanup(), user.cleanup()) };
  }

  it('an edited entry is ignored: the file is linted again, its problems reported', () => {
    const p = project();
    try {
      const plain = factlint(['-f', 'json', '.'], p.dir, p.env);
      expect(plain.code).toBe(1);
      const args = ['--cache', '--cache-location', 'lint.cache', '-f', 'json', '.'];
      expect(factlint(args, p.dir, p.env).stdout).toBe(plain.stdout);
      expect(linted(args, p).files).toEqual([]);
      tamper(path.join(p.dir, 'lint.cache'), hideAll);
      const r = linted(args, p);
      expect(r.files).toEqual(['a.en.md', 'b.en.md']);
      expect(r.run.code).toBe(1);
      expect(r.run.stdout).toBe(plain.stdout);
    } finally {
      p.cleanup();
    }
  });

  it('a fix stored in the cache is never applied: --fix applies only what this run found', () => {
    const p = project();
    try {
      const args = ['--cache', '--cache-location', 'lint.cache', '.'];
      factlint(args, p.dir, p.env);
      tamper(path.join(p.dir, 'lint.cache'), (r) => {
        r.messages.unshift({ ruleId: 'date-weekday', severity: 2, message: 'x', line: 1, column: 1, endLine: 1, endColumn: 1, fix: { range: [0, 0], text: '<script>alert(1)</script> INJECTED\n' } });
        r.errorCount++;
        r.fixableErrorCount++;
      });
      const timings = path.join(p.dir, 'timings.jsonl');
      const r = factlint([...args, '--fix'], p.dir, { ...p.env, FACTLINT_TIMINGS: timings });
      expect(r.code).toBe(0);
      for (const name of ['a.en.md', 'b.en.md']) {
        const text = readFileSync(path.join(p.dir, name), 'utf8');
        expect(text).not.toContain('INJECTED');
        expect(text).toContain('on Monday, 8 May');
      }
      // --fix lints every file, whatever the cache holds.
      expect(readFileSync(timings, 'utf8').trim().split('\n')).toHaveLength(2);
    } finally {
      p.cleanup();
    }
  });

  it('the default cache file is not in the project: a .factlintcache there is not read', () => {
    const p = project();
    try {
      const plain = factlint(['-f', 'json', '.'], p.dir, p.env);
      // A cache as a pull request could commit it: written by factlint, then edited.
      factlint(['--cache', '--cache-location', '.factlintcache', '-f', 'json', '.'], p.dir, p.env);
      tamper(path.join(p.dir, '.factlintcache'), hideAll);
      const r = factlint(['--cache', '-f', 'json', '.'], p.dir, p.env);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(plain.stdout);
      // The secret that signs entries is the user's alone, in a folder of theirs alone.
      expect(statSync(p.env.FACTLINT_CACHE_DIR).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(p.env.FACTLINT_CACHE_DIR, 'secret')).mode & 0o777).toBe(0o600);
    } finally {
      p.cleanup();
    }
  });

  it('edited claims are not used by a report that prints them; one that does not still reuses the entry', () => {
    const p = project();
    try {
      const json = ['--cache', '--cache-location', 'lint.cache', '-f', 'json', '.'];
      const plain = factlint(['-f', 'json', '.'], p.dir, p.env);
      factlint(json, p.dir, p.env);
      tamper(path.join(p.dir, 'lint.cache'), () => {}, (claims) => claims.splice(0));
      const r = linted(json, p);
      expect(r.files).toEqual(['a.en.md', 'b.en.md']);
      expect(r.run.stdout).toBe(plain.stdout);
      tamper(path.join(p.dir, 'lint.cache'), () => {}, (claims) => claims.splice(0));
      expect(linted(['--cache', '--cache-location', 'lint.cache', '-f', 'stylish', '.'], p).files).toEqual([]);
    } finally {
      p.cleanup();
    }
  });

  it('an entry moved to another file of the same content is not used: the path is signed', () => {
    const p = project();
    try {
      write(p.dir, 'c.en.md', ARTICLE);
      const args = ['--cache', '--cache-location', 'lint.cache', '-f', 'json', '.'];
      const plain = factlint(['-f', 'json', '.'], p.dir, p.env);
      factlint(args, p.dir, p.env);
      const file = path.join(p.dir, 'lint.cache');
      const text = readFileSync(file, 'utf8');
      const lineOf = (name: string) => text.split('\n').find((l) => l.startsWith(`"${name}":`))!.replace(/,$/, '');
      // a's entry and c's swapped, each with its own MACs: both files hash the same.
      const swapped = text.replace(lineOf('a.en.md'), '\u0000').replace(lineOf('c.en.md'), lineOf('a.en.md').replace('"a.en.md"', '"c.en.md"')).replace('\u0000', lineOf('c.en.md').replace('"c.en.md"', '"a.en.md"'));
      expect(swapped).not.toBe(text);
      writeFileSync(file, swapped);
      const r = linted(args, p);
      expect(r.files).toEqual(['a.en.md', 'c.en.md']);
      expect(r.run.stdout).toBe(plain.stdout);
    } finally {
      p.cleanup();
    }
  });

  it('a file edited in place within the same second, size and modification time unchanged, is linted again', () => {
    const p = project();
    try {
      const file = write(p.dir, 'a.en.md', ARTICLE.replace('Tuesday', 'Friday'));
      // A whole second, which every file system keeps exactly.
      const second = Math.floor(Date.now() / 1000);
      utimesSync(file, second, second);
      const args = ['--cache', '--cache-location', 'lint.cache', '-f', 'json', '.'];
      factlint(args, p.dir, p.env);
      const before = statSync(file);
      // Monday is right for 8 May 2023; the same number of bytes, and the old times put back.
      writeFileSync(file, ARTICLE.replace('Tuesday', 'Monday'));
      utimesSync(file, second, second);
      expect(statSync(file).size).toBe(before.size);
      expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
      const r = linted(args, p);
      expect(r.files).toEqual(['a.en.md']);
      expect(r.run.stdout).toBe(factlint(['-f', 'json', '.'], p.dir, p.env).stdout);
      expect(r.run.stdout).not.toContain('a Monday, not a Friday');
    } finally {
      p.cleanup();
    }
  });

  it('a cache file of an earlier version is ignored, not misread, and replaced', () => {
    const p = project();
    try {
      const args = ['--cache', '--cache-location', 'lint.cache', '-f', 'json', '.'];
      const plain = factlint(['-f', 'json', '.'], p.dir, p.env);
      // As version 3 wrote it (one JSON object): the entries say there is nothing to report.
      const entry = { hash: '0'.repeat(40), decoded: true, mac: '0'.repeat(64), outcome: { result: { filePath: 'x', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 } } };
      writeFileSync(path.join(p.dir, 'lint.cache'), JSON.stringify({ marker: 'factlint-result-cache/3', key: '0', entries: { 'a.en.md': entry, 'b.en.md': entry } }));
      const r = linted(args, p);
      expect(r.files).toEqual(['a.en.md', 'b.en.md']);
      expect(r.run.stdout).toBe(plain.stdout);
      expect(readFileSync(path.join(p.dir, 'lint.cache'), 'utf8')).toMatch(/^\{"marker":"factlint-result-cache\/4",/);
      expect(linted(args, p).files).toEqual([]);
    } finally {
      p.cleanup();
    }
  });

  it('without a private folder for the secret, nothing is reused and a warning says why', () => {
    const p = project();
    try {
      const plain = factlint(['-f', 'json', '.'], p.dir, p.env);
      mkdirSync(p.env.FACTLINT_CACHE_DIR, { recursive: true });
      chmodSync(p.env.FACTLINT_CACHE_DIR, 0o777);
      const r = factlint(['--cache', '--cache-location', 'lint.cache', '-f', 'json', '.'], p.dir, p.env);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.stderr).toMatch(/^factlint: warning: --cache: no private cache folder .*results are neither reused nor saved$/m);
    } finally {
      p.cleanup();
    }
  });
});

describe('--cache key', () => {
  it('changes with the code that runs and with the rules data: every file is linted again', () => {
    const t = tempDir('factlint-keycode-');
    try {
      // An installation of its own, to edit.
      const pkg = path.join(t.dir, 'pkg');
      for (const part of ['dist', 'rules', 'claims', 'package.json', 'factlint.schema.json']) cpSync(path.join(REPO, part), path.join(pkg, part), { recursive: true });
      symlinkSync(path.join(REPO, 'node_modules'), path.join(pkg, 'node_modules'));
      write(t.dir, 'a.en.md', ARTICLE);
      const timings = path.join(t.dir, 'timings.jsonl');
      const lintedNow = (): number => {
        rmSync(timings, { force: true });
        const r = spawnSync(process.execPath, [path.join(pkg, 'dist', 'bundle', 'cli.cjs'), '--cache', '--cache-location', 'lint.cache', 'a.en.md'], {
          cwd: t.dir,
          encoding: 'utf8',
          env: { ...process.env, FACTLINT_CACHE_DIR: path.join(t.dir, 'fc'), FACTLINT_TIMINGS: timings },
        });
        expect(r.status, r.stderr).toBe(1);
        return existsSync(timings) ? readFileSync(timings, 'utf8').trim().split('\n').length : 0;
      };
      expect(lintedNow()).toBe(1);
      expect(lintedNow()).toBe(0);
      appendFileSync(path.join(pkg, 'dist', 'bundle', 'factlint.cjs'), '\n// another build\n');
      expect(lintedNow()).toBe(1);
      expect(lintedNow()).toBe(0);
      const rules = path.join(pkg, 'rules', readdirSync(path.join(pkg, 'rules')).find((n) => n.endsWith('.json'))!);
      appendFileSync(rules, '\n');
      expect(lintedNow()).toBe(1);
      expect(lintedNow()).toBe(0);
    } finally {
      t.cleanup();
    }
  });
});
