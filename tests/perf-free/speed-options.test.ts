// --concurrency, --cache, --shard and the compiled fact cache change how fast a run is, never
// what it reports: every run here is compared byte for byte with a plain serial run.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV, HAVE_DEV, REPO } from '../cli/helpers.js';
import { factlint, requireBuilt, tempDir, write, type CliRun } from '../robustness/helpers.js';
import { AUTO_MIN_CPUS, AUTO_MIN_FILES, threadCount } from '../../src/engine/workers.js';

const EXAMPLES = path.join(REPO, 'examples', 'articles');
let dir: string;
let cleanup: () => void;

/** 12 copies of the example articles (60 files, enough for `auto` to use workers) and three problem files. */
function corpus(root: string): string {
  const docs = path.join(root, 'docs');
  for (let k = 0; k < 12; k++) cpSync(EXAMPLES, path.join(docs, `batch-${String(k).padStart(2, '0')}`), { recursive: true });
  write(docs, 'binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  write(docs, 'open-front-matter.md', '---\nlang: en\nno closing line\n');
  write(docs, 'weekday.md', '---\ndate: 2023-05-08\nlang: en\n---\nThe ministers met on Tuesday, 8 May, in the capital.\n');
  return docs;
}

beforeAll(() => {
  requireBuilt();
  ({ dir, cleanup } = tempDir('factlint-speed-'));
  corpus(dir);
});
afterAll(() => cleanup());

function same(a: CliRun, b: CliRun): void {
  expect(b.code).toBe(a.code);
  expect(b.stderr).toBe(a.stderr);
  expect(b.stdout).toBe(a.stdout);
}

describe('--concurrency', () => {
  it('auto lints serially for few files or few CPUs, else one thread per CPU up to 8', () => {
    expect(threadCount(undefined, 5000, 16)).toBe(1);
    expect(threadCount('auto', AUTO_MIN_FILES - 1, 16)).toBe(1);
    expect(threadCount('auto', 5000, AUTO_MIN_CPUS - 1)).toBe(1);
    expect(threadCount('auto', 5000, AUTO_MIN_CPUS)).toBe(AUTO_MIN_CPUS);
    expect(threadCount('auto', 5000, 32)).toBe(8);
    // No more threads than there are 50-file shares of the work.
    expect(threadCount('auto', 2 * AUTO_MIN_FILES, 16)).toBe(2);
    // A number is taken as given, but never more threads than chunks of 8 files.
    expect(threadCount(4, 5000, 2)).toBe(4);
    expect(threadCount(4, 9, 16)).toBe(2);
  });

  for (const format of ['json', 'stylish']) {
    it(`prints byte for byte what a serial run prints (${format})`, () => {
      const serial = factlint(['--format', format, 'docs'], dir);
      expect(serial.code).toBe(1);
      expect(serial.stdout.length).toBeGreaterThan(1000);
      for (const n of ['2', '3', 'auto']) same(serial, factlint(['--format', format, '--concurrency', n, 'docs'], dir));
    });
  }

  it.runIf(HAVE_DEV)('gives the same report on the dev set, cross-article checks included (and so does --cache)', () => {
    const args = ['--format', 'json', '--claims', path.join(DEV, 'facts.json')];
    const articles = path.join(DEV, 'articles');
    const serial = factlint([...args, articles], dir);
    expect(serial.stdout).toContain('"cross-article"');
    same(serial, factlint([...args, '--concurrency', '3', articles], dir));
    const cache = ['--cache', '--cache-location', path.join(dir, 'dev.cache')];
    same(serial, factlint([...args, ...cache, articles], dir));
    same(serial, factlint([...args, ...cache, '--concurrency', '2', articles], dir));
  });

  it('--fix writes the same files from workers as from a serial run', () => {
    const { dir: a, cleanup: ca } = tempDir('factlint-fix-a-');
    const { dir: b, cleanup: cb } = tempDir('factlint-fix-b-');
    try {
      corpus(a);
      corpus(b);
      const left = factlint(['--fix', '--format', 'json', 'docs'], a);
      const right = factlint(['--fix', '--format', 'json', '--concurrency', '2', 'docs'], b);
      expect(right.code).toBe(left.code);
      expect(right.stdout.split(b).join('<root>')).toBe(left.stdout.split(a).join('<root>'));
      const files = (root: string) => readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' }).sort();
      expect(files(b)).toEqual(files(a));
      let fixed = 0;
      for (const f of files(a)) {
        const p = path.join(a, 'docs', f);
        if (!existsSync(p) || !p.endsWith('.md')) continue;
        const left = readFileSync(p);
        expect(readFileSync(path.join(b, 'docs', f)).equals(left)).toBe(true);
        if (f === 'weekday.md' && left.toString().includes('Monday, 8 May')) fixed++;
      }
      expect(fixed).toBe(1);
    } finally {
      ca();
      cb();
    }
  });
});

describe('--cache', () => {
  it('reuses results of unchanged files and lints changed ones, with the same report', () => {
    const { dir: root, cleanup: c } = tempDir('factlint-cache-');
    try {
      corpus(root);
      // The user's cache folder, outside the project: the default cache file goes there.
      const env = { FACTLINT_CACHE_DIR: path.join(root, 'user-cache') };
      const plain = factlint(['--format', 'json', 'docs'], root, env);
      const first = factlint(['--cache', '--format', 'json', 'docs'], root, env);
      same(plain, first);
      expect(existsSync(path.join(root, '.factlintcache'))).toBe(false);
      const stored = readdirSync(env.FACTLINT_CACHE_DIR).filter((n) => /^results-[0-9a-f]{32}\.json$/.test(n));
      expect(stored).toHaveLength(1);
      const cacheFile = path.join(env.FACTLINT_CACHE_DIR, stored[0]!);

      // Proof of reuse: FACTLINT_TIMINGS lists the files a run linted, and this one linted none.
      const timings = path.join(root, 'timings.jsonl');
      same(plain, factlint(['--cache', '--format', 'json', 'docs'], root, { ...env, FACTLINT_TIMINGS: timings }));
      expect(existsSync(timings)).toBe(false);

      // A changed file is linted again, and only it.
      write(root, 'docs/weekday.md', '---\ndate: 2023-05-08\nlang: en\n---\nThe ministers met on Wednesday, 8 May, in the capital.\n');
      const changed = factlint(['--cache', '--format', 'json', 'docs'], root, { ...env, FACTLINT_TIMINGS: timings });
      same(factlint(['--format', 'json', 'docs'], root, env), changed);
      expect(readFileSync(timings, 'utf8').trim().split('\n').map((l) => path.basename((JSON.parse(l) as { file: string }).file))).toEqual(['weekday.md']);

      // A broken cache file is ignored and rewritten.
      writeFileSync(cacheFile, '{"marker": "factlint-result-cache/1", "key": ');
      same(factlint(['--format', 'json', 'docs'], root, env), factlint(['--cache', '--format', 'json', 'docs'], root, env));
      expect(() => JSON.parse(readFileSync(cacheFile, 'utf8'))).not.toThrow();
      // Another option that changes results (here --date) is another key: nothing reused.
      rmSync(timings);
      factlint(['--cache', '--date', '2023-05-08', '--format', 'json', 'docs'], root, { ...env, FACTLINT_TIMINGS: timings });
      expect(readFileSync(timings, 'utf8').trim().split('\n').length).toBeGreaterThan(1);
    } finally {
      c();
    }
  });

  it('--cache-location names a file, or a folder to hold .factlintcache', () => {
    const { dir: root, cleanup: c } = tempDir('factlint-cache-loc-');
    try {
      corpus(root);
      mkdirSync(path.join(root, 'tmp'));
      expect(factlint(['--cache', '--cache-location', 'tmp/', 'docs'], root).code).toBe(1);
      expect(existsSync(path.join(root, 'tmp', '.factlintcache'))).toBe(true);
      expect(factlint(['--cache', '--cache-location', 'tmp/lint.cache', 'docs'], root).code).toBe(1);
      expect(existsSync(path.join(root, 'tmp', 'lint.cache'))).toBe(true);
      expect(existsSync(path.join(root, '.factlintcache'))).toBe(false);
      // An article named by mistake is refused, not overwritten with the cache.
      const article = readFileSync(path.join(root, 'docs', 'weekday.md'), 'utf8');
      const r = factlint(['--cache', '--cache-location', 'docs/weekday.md', 'docs'], root);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--cache-location .*weekday\.md is not a factlint cache; saving the cache would overwrite it/);
      expect(readFileSync(path.join(root, 'docs', 'weekday.md'), 'utf8')).toBe(article);
    } finally {
      c();
    }
  });
});

describe('--shard', () => {
  it('splits the files into disjoint shards that cover the run and differ by at most one file', () => {
    const all = (JSON.parse(factlint(['--format', 'json', 'docs'], dir).stdout) as Array<{ filePath: string }>).map((r) => r.filePath);
    const shards = ['1/3', '2/3', '3/3'].map((s) => (JSON.parse(factlint(['--format', 'json', '--shard', s, 'docs'], dir).stdout) as Array<{ filePath: string }>).map((r) => r.filePath));
    expect(shards.flat().sort()).toEqual([...all].sort());
    expect(new Set(shards.flat()).size).toBe(all.length);
    const sizes = shards.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    // The same split every time.
    expect((JSON.parse(factlint(['--format', 'json', '--shard', '2/3', 'docs'], dir).stdout) as Array<{ filePath: string }>).map((r) => r.filePath)).toEqual(shards[1]);
  });
});

interface CacheRun {
  root: string;
  env: Record<string, string>;
  /** The first run, which writes the cache. */
  first: CliRun;
  /** The one cache file it wrote. */
  file: string;
}

/** A corpus in a fresh folder, linted once with its own cache folder; `pattern` names the cache file expected. */
function withCacheRun(tempPrefix: string, pattern: RegExp, check: (r: CacheRun) => void): void {
  const { dir: root, cleanup } = tempDir(tempPrefix);
  try {
    corpus(root);
    const cacheDir = path.join(root, 'cache');
    const env = { FACTLINT_CACHE_DIR: cacheDir };
    const first = factlint(['--format', 'json', 'docs'], root, env);
    const files = readdirSync(cacheDir).filter((f) => pattern.test(f));
    expect(files).toHaveLength(1);
    check({ root, env, first, file: path.join(cacheDir, files[0]!) });
  } finally {
    cleanup();
  }
}

describe('compiled fact cache', () => {
  it('is written once and reused; a corrupt or truncated cache file is ignored', () => {
    withCacheRun('factlint-factcache-', /^facts-[0-9a-f]{40}\.bin$/, ({ root, env, first, file }) => {
      same(first, factlint(['--format', 'json', 'docs'], root, env));
      const good = readFileSync(file);
      writeFileSync(file, good.subarray(0, Math.floor(good.length / 2)));
      same(first, factlint(['--format', 'json', 'docs'], root, env));
      writeFileSync(file, 'not a cache at all');
      same(first, factlint(['--format', 'json', 'docs'], root, env));
      // Rewritten whole after the bad read.
      expect(readFileSync(file).equals(good)).toBe(true);
      // Off: nothing written.
      same(first, factlint(['--format', 'json', 'docs'], root, { FACTLINT_CACHE_DIR: 'off' }));
    });
  });
});

describe('code cache of the bundle', () => {
  it('is written by the first run, used by the next; a damaged or foreign one is rejected and rewritten', () => {
    withCacheRun('factlint-codecache-', /^code-factlint-/, ({ root, env, first, file }) => {
      const good = readFileSync(file);
      expect(good.length).toBeGreaterThan(10_000);
      // Accepted: not written again.
      same(first, factlint(['--format', 'json', 'docs'], root, env));
      expect(readFileSync(file).equals(good)).toBe(true);
      for (const bad of [good.subarray(0, good.length >> 1), Buffer.from('not a code cache'), Buffer.alloc(0)]) {
        writeFileSync(file, bad);
        same(first, factlint(['--format', 'json', 'docs'], root, env));
        expect(readFileSync(file).length).toBeGreaterThan(10_000);
      }
      // Errors still reach the user as messages, not as traces from the loader.
      const usage = factlint(['--no-such-option'], root, env);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toMatch(/^factlint: .*--no-such-option/m);
      expect(usage.stderr).not.toMatch(/\bat .*\.cjs:\d+/);
    });
  });

  it('made after a large run (which tunes the heap) is used by the next one, not refused and written again', () => {
    const { dir: root, cleanup: c } = tempDir('factlint-codecache-large-');
    try {
      // LARGE_RUN_FILES (500) articles: the run sets a V8 flag, which must be back to its default
      // when the code cache is made at exit, or V8 refuses the cache on the next start.
      mkdirSync(path.join(root, 'docs'));
      for (let k = 0; k < 500; k++) write(root, `docs/a${k}.md`, `---\nlang: en\n---\nArticle ${k}.\n`);
      const env = { FACTLINT_CACHE_DIR: path.join(root, 'cache') };
      const first = factlint(['docs'], root, env);
      const [name] = readdirSync(env.FACTLINT_CACHE_DIR).filter((f) => f.startsWith('code-factlint-'));
      const made = readFileSync(path.join(env.FACTLINT_CACHE_DIR, name!));
      same(first, factlint(['docs'], root, env));
      expect(readFileSync(path.join(env.FACTLINT_CACHE_DIR, name!)).equals(made)).toBe(true);
    } finally {
      c();
    }
  });

  it('is neither read nor written with FACTLINT_CACHE_DIR=off', () => {
    const { dir: root, cleanup: c } = tempDir('factlint-codecache-off-');
    try {
      corpus(root);
      mkdirSync(path.join(root, 'node_modules'));
      factlint(['--format', 'json', 'docs'], root, { FACTLINT_CACHE_DIR: 'off' });
      expect(existsSync(path.join(root, 'node_modules', '.cache'))).toBe(false);
    } finally {
      c();
    }
  });
});
