// Compares the reports of two builds of factlint byte for byte, for changes meant to change no
// output (a refactor, a cache format). Each case runs twice per build, each build with its own
// cache folder: the first run may write the compiled fact-set cache (a miss), the second reads it
// (a hit); both must match the other build's. Builds nothing: build both first.
//   node scripts/compare-reports.mjs REF_ROOT [NEW_ROOT] [--bench DIR]
// REF_ROOT: a built checkout to compare against (e.g. main built in a temporary copy); NEW_ROOT:
// this checkout by default. --bench DIR: also the bench cases (100 and 100,000 extra entities),
// from a folder that `node scripts/bench/generate.mjs DIR 60 100 100000` wrote.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { bench: { type: 'string' } } });
const [refArg, newArg] = positionals;
if (!refArg) {
  console.error('usage: node scripts/compare-reports.mjs REF_ROOT [NEW_ROOT] [--bench DIR]');
  process.exit(2);
}
const ROOTS = { ref: path.resolve(refArg), new: path.resolve(newArg ?? fileURLToPath(new URL('../', import.meta.url))) };
const SHARED = path.resolve(ROOTS.new, '..', 'shared', 'eval');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'factlint-compare-'));
const caches = {};
for (const side of Object.keys(ROOTS)) {
  caches[side] = path.join(tmp, `cache-${side}`);
  mkdirSync(caches[side]);
  chmodSync(caches[side], 0o700);
}

/** name, folder to run in, arguments */
const cases = [];
for (const set of ['dev', 'dev2']) {
  const dir = path.join(SHARED, set);
  if (!existsSync(dir)) {
    console.log(`skipped: ${dir} is missing`);
    continue;
  }
  const base = ['--claims', path.join(dir, 'facts.json')];
  cases.push([`${set} json`, ROOTS.new, [...base, '--format', 'json', path.join(dir, 'articles')]]);
  cases.push([`${set} stylish`, ROOTS.new, [...base, path.join(dir, 'articles')]]);
  cases.push([`${set} json --concurrency 2`, ROOTS.new, [...base, '--format', 'json', '--concurrency', '2', path.join(dir, 'articles')]]);
}
cases.push(['examples (README)', ROOTS.new, ['examples/articles']]);
cases.push(['examples -f claims', ROOTS.new, ['-f', 'claims', 'examples/articles']]);
const blind = 'tests/fixtures/blind-caucasus';
cases.push(['blind-caucasus json', ROOTS.new, ['--claims', `${blind}/facts.json`, '--format', 'json', `${blind}/articles`]]);
cases.push(['blind-caucasus stylish', ROOTS.new, ['--claims', `${blind}/facts.json`, `${blind}/articles`]]);
if (values.bench) {
  const articles = path.join(values.bench, 'articles');
  const first = readdirSync(articles).sort().map((n) => path.join(articles, n));
  const big = ['--claims', 'claims', '--claims', path.join(values.bench, 'synthetic-100000.json')];
  cases.push(['bench 100k, one article', ROOTS.new, [...big, first[0]]]);
  cases.push(['bench 100k, one article, json', ROOTS.new, [...big, '--format', 'json', first[0]]]);
  cases.push(['bench 100k, 40 articles, --concurrency 2', ROOTS.new, [...big, '--format', 'json', '--concurrency', '2', ...first.slice(0, 40)]]);
  // 60 articles: a small set is read whole for a run of 50 or more (EAGER_FILES).
  const small = ['--claims', 'claims', '--claims', path.join(values.bench, 'synthetic-100.json'), '--format', 'json'];
  cases.push(['bench 100, 60 articles', ROOTS.new, [...small, ...first.slice(0, 60)]]);
  cases.push(['bench 100, 60 articles, --concurrency 2', ROOTS.new, [...small, '--concurrency', '2', ...first.slice(0, 60)]]);
}

function run(side, cwd, args) {
  const env = { ...process.env, FACTLINT_CACHE_DIR: caches[side], NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [path.join(ROOTS[side], 'dist', 'bundle', 'cli.cjs'), ...args], { cwd, env, maxBuffer: 256 * 1024 * 1024 });
  return `exit ${r.status}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}

let differ = 0;
for (const [name, cwd, args] of cases) {
  for (const pass of ['miss', 'hit']) {
    const ref = run('ref', cwd, args);
    const out = run('new', cwd, args);
    const same = ref === out;
    if (!same) differ++;
    console.log(`${same ? 'same  ' : 'DIFFER'} ${name} (${pass}, ${ref.length} bytes)`);
  }
}
rmSync(tmp, { recursive: true, force: true });
console.log(differ ? `${differ} case(s) differ` : 'all reports byte-identical');
process.exit(differ ? 1 : 0);
