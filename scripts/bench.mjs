// npm run bench: times factlint against plain-Node baselines, in child processes, on a corpus
// generated from the project's own templates (scripts/bench/). Prints medians, the three target
// ratios with PASS/MISS, and peak memory. Builds nothing: run `npm run build` first.
//   node scripts/bench.mjs [--articles 2000] [--runs 11] [--slow-runs 3] [--memory-scale 10] [--keep]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CLAIMS_DIR, writeCorpus, writeFacts } from './bench/generate.mjs';
import { textlintBin, writeTextlintConfig } from './bench/prh.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = path.join(ROOT, 'dist', 'bundle', 'cli.cjs'); // the package's bin
const FLOOR = path.join(ROOT, 'scripts', 'bench', 'floor.mjs');
const PROTOTYPE = path.join(ROOT, 'scripts', 'bench', 'pass-prototype.mjs');

const { values: opts } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '11' },
    'slow-runs': { type: 'string', default: '3' },
    subset: { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
    // The memory case lints a corpus this many times larger once (0: skip it).
    'memory-scale': { type: 'string', default: '10' },
    // The seed articles copied 400 times for the textlint comparison (skipped when missing).
    seeds: { type: 'string', default: path.join(fileURLToPath(new URL('../', import.meta.url)), '..', 'shared', 'seeds', 'articles') },
    'seed-copies': { type: 'string', default: '400' },
  },
});
const RUNS = Number(opts.runs);
const SLOW_RUNS = Number(opts['slow-runs']);

if (!existsSync(CLI)) {
  console.error('dist/bundle/cli.cjs is missing: run `npm run build` first.');
  process.exit(2);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'factlint-bench-'));
// The compiled fact index is cached here, so runs do not touch the user's caches.
const cacheDir = path.join(tmp, 'cache');
const env = { ...process.env, FACTLINT_CACHE_DIR: cacheDir, NO_COLOR: '1' };
delete env.FORCE_COLOR;

function log(s) {
  process.stderr.write(s + '\n');
}

// ---------------------------------------------------------------- inputs

let t0 = performance.now();
const corpusDir = path.join(tmp, 'articles');
const corpus = writeCorpus(corpusDir, Number(opts.articles));
const subsetDir = path.join(tmp, 'subset');
mkdirSync(subsetDir);
for (const f of corpus.files.slice(0, Number(opts.subset))) cpSync(f, path.join(subsetDir, path.basename(f)));
const oneArticle = corpus.files[0];
// The memory case: the same generator, SCALE times the articles (the first ones are the corpus's).
const SCALE = Number(opts['memory-scale']);
const bigDir = path.join(tmp, 'articles-big');
const big = SCALE > 1 ? writeCorpus(bigDir, Number(opts.articles) * SCALE) : undefined;
// Hostile shapes (issue 13): one sentence run on for a megabyte, against the same words as
// ordinary sentences; one line holding thousands of problems, reported with code frames against JSON.
const hostile = path.join(tmp, 'hostile');
mkdirSync(hostile, { recursive: true });
const FRONT = '---\ndate: 2023-05-09\nlang: en\n---\n\n';
// Every kind of claim in one clause, joined by "and" (no clause break): offices, a date with its
// weekday's day, a growth rate and a total with their period, an event date. A binding step that
// looks at every figure or property of the sentence for each one shows here as s1/s0 far above 1
// (a build with two such steps took 28.6 s against 6.3 s).
const clause = 'President of Kyrgyzstan Sadyr Japarov met Trade Minister Ivanov on 8 May 2023 and trade grew by 13.6% to $4.1 billion in 2024 and the Kant air base opened on 23 October 2003';
const longSentence = path.join(hostile, 'long-sentence.en.md');
const shortSentences = path.join(hostile, 'short-sentences.en.md');
writeFileSync(longSentence, `${FRONT}${`${clause} and `.repeat(10_000)}end.\n`);
writeFileSync(shortSentences, `${FRONT}${`${clause}. `.repeat(10_000)}\n`);
const longLine = path.join(hostile, 'long-line.en.md');
writeFileSync(longLine, `${FRONT}${'Putin met Japarov in Moscow on Tuesday, 8 May. '.repeat(20_000)}\n`);
const facts100 = writeFacts(tmp, 100);
const facts100k = writeFacts(tmp, 100_000);
// The peer baseline: textlint with prh and a few hundred name/office rules from the fact set,
// over the same corpus and over copies of the seed articles. A devDependency: without it (or
// without the seeds) those cases are skipped, and the bench needs no network either way.
const TEXTLINT = textlintBin();
const textlintConfig = TEXTLINT ? writeTextlintConfig(tmp) : undefined;
const seedsDir = path.join(tmp, 'seeds');
const seedFiles = existsSync(opts.seeds) ? readdirSync(opts.seeds).filter((n) => /\.(md|txt)$/.test(n)).sort() : [];
if (seedFiles.length > 0) {
  mkdirSync(seedsDir);
  for (let i = 0; i < Number(opts['seed-copies']); i++) {
    const name = seedFiles[i % seedFiles.length];
    cpSync(path.join(opts.seeds, name), path.join(seedsDir, `${String(i).padStart(4, '0')}-${name}`));
  }
}
const textlint = (dir) => [TEXTLINT, '--no-color', '--config', textlintConfig.config, '--rules-base-directory', path.join(ROOT, 'node_modules'), dir];
const scanScript = path.join(tmp, 'scan.mjs');
// The floor for "read every file and look at every word": what a linter cannot avoid.
writeFileSync(scanScript, `import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
const dir = process.argv[2];
const word = /\\p{L}[\\p{L}\\p{M}\\p{N}]*/gu;
let n = 0;
for (const name of readdirSync(dir).sort()) {
  const text = readFileSync(path.join(dir, name), 'utf8');
  for (const _ of text.matchAll(word)) n++;
}
console.log(n);
`);
log(`inputs: ${corpus.files.length} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB; fact sets of 100 and 100,000 synthetic entities (+ claims/) in ${tmp} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

// ---------------------------------------------------------------- timing

let runNo = 0;

/** One timed run; with `timings`, factlint writes each file's lint time to a file (FACTLINT_TIMINGS). */
function once(args, { cwd = tmp, timings, env: caseEnv } = {}) {
  const extra = { ...(timings ? { FACTLINT_TIMINGS: path.join(tmp, `timings-${timings}-${runNo++}.jsonl`) } : {}), ...caseEnv };
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, env: { ...env, ...extra }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  if (timings) {
    // Per-article time: the median over the files of the run, so the first article of each
    // language (which builds that language's word lists and name matcher) does not count.
    const perFile = readFileSync(extra.FACTLINT_TIMINGS, 'utf8').trim().split('\n').map((l) => JSON.parse(l).ms);
    perArticle[timings] ??= [];
    perArticle[timings].push(median(perFile));
  }
  return ms;
}

const perArticle = {};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Peak resident memory in MB: /usr/bin/time -v when present, else a wrapper reading resourceUsage(). */
function peakMB(args) {
  if (existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { cwd: tmp, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(String(r.stderr));
    if (m) return Number(m[1]) / 1024;
  }
  const wrapper = `const { spawnSync } = require('node:child_process');
spawnSync(process.execPath, ${JSON.stringify(args)}, { stdio: 'ignore' });
console.log(process.resourceUsage().maxRSS);`;
  const r = spawnSync(process.execPath, ['-e', wrapper], { cwd: tmp, env, encoding: 'utf8' });
  return Number(r.stdout.trim()) / 1024;
}

const cli = (...args) => [CLI, ...args];
const both = (file) => ['--claims', CLAIMS_DIR, '--claims', file];

// The resident server is timed when this build has one. It lives in a cache folder of its own:
// the other cases must find no server and run as a process of their own.
const daemonEnv = { FACTLINT_CACHE_DIR: path.join(tmp, 'cache-daemon') };
const hasDaemon = spawnSync(process.execPath, [CLI, 'daemon', '--help'], { encoding: 'utf8' }).status === 0;

function stopDaemon() {
  if (hasDaemon) spawnSync(process.execPath, cli('daemon', 'stop'), { cwd: tmp, env: { ...env, ...daemonEnv } });
}

// --concurrency is timed when this build has it.
const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout ?? '';
const hasConcurrency = help.includes('--concurrency');

const cases = {
  a: { label: 'node -e 0 (start-up baseline)', args: ['-e', '0'], runs: RUNS },
  b: { label: 'factlint, one article, default fact set', args: cli(oneArticle), runs: RUNS },
  ...(hasDaemon ? { bd: { label: '  same, served by a resident server (factlint daemon start)', args: cli(oneArticle), runs: RUNS, env: daemonEnv } } : {}),
  c: { label: 'scan baseline: read corpus + one Unicode regex', args: [scanScript, corpusDir], runs: RUNS },
  f: { label: '  floor: factlint parses, splits sentences and words, extracts nothing', args: [FLOOR, corpusDir], runs: RUNS },
  p: { label: '  prototype of the one-pass design: words classified once, binders on word classes', args: [PROTOTYPE, corpusDir], runs: RUNS },
  d: { label: `factlint, whole corpus (${corpus.files.length} articles)`, args: cli(corpusDir), runs: SLOW_RUNS },
  ...(hasConcurrency ? { d4: { label: '  same, --concurrency 2 (auto is serial below 3 CPUs)', args: cli('--concurrency', '2', corpusDir), runs: SLOW_RUNS } } : {}),
  dc: { label: '  same, --cache, nothing changed since the last run', args: cli('--cache', '--cache-location', path.join(tmp, 'results.cache'), corpusDir), runs: SLOW_RUNS },
  e100_k: { label: `facts 100: ${opts.subset} articles`, args: cli(...both(facts100), subsetDir), runs: SLOW_RUNS, timings: 'e100' },
  e100k_k: { label: `facts 100k: ${opts.subset} articles`, args: cli(...both(facts100k), subsetDir), runs: SLOW_RUNS, timings: 'e100k' },
  e100_1: { label: 'facts 100: one article', args: cli(...both(facts100), oneArticle), runs: SLOW_RUNS },
  e100k_1: { label: 'facts 100k: one article (loads 100k facts, builds one matcher)', args: cli(...both(facts100k), oneArticle), runs: SLOW_RUNS },
  s1: { label: 'one sentence of 1.8 MB (a clause repeated 10,000 times)', args: cli('-f', 'json', '-o', path.join(tmp, 's1.json'), longSentence), runs: SLOW_RUNS },
  s0: { label: '  the same clauses as 10,000 sentences', args: cli('-f', 'json', '-o', path.join(tmp, 's0.json'), shortSentences), runs: SLOW_RUNS },
  l1: { label: 'one 0.9 MB line with 20,000 problems, stylish (code frames)', args: cli('-o', path.join(tmp, 'l1.txt'), longLine), runs: SLOW_RUNS },
  l0: { label: '  the same, -f json', args: cli('-f', 'json', '-o', path.join(tmp, 'l0.json'), longLine), runs: SLOW_RUNS },
  ...(TEXTLINT ? { t: { label: `  textlint + prh (${textlintConfig.rules} rules), whole corpus`, args: textlint(corpusDir), runs: SLOW_RUNS } } : {}),
  ...(seedFiles.length > 0 ? { g: { label: `factlint, ${opts['seed-copies']} copies of the ${seedFiles.length} seed articles`, args: cli(seedsDir), runs: SLOW_RUNS } } : {}),
  ...(TEXTLINT && seedFiles.length > 0 ? { tg: { label: '  textlint + prh, the same copies', args: textlint(seedsDir), runs: SLOW_RUNS } } : {}),
};

// Cold runs: the first run with a fact set builds its cached index.
const cold = {};
for (const [name, facts] of [['100', facts100], ['100k', facts100k]]) {
  t0 = performance.now();
  once(cli(...both(facts), oneArticle));
  cold[name] = performance.now() - t0;
  log(`cold run (builds the fact cache), facts ${name}: ${cold[name].toFixed(0)} ms`);
}
once(cli(oneArticle)); // the default set's cache
if (hasDaemon) {
  const r = spawnSync(process.execPath, cli('daemon', 'start', '--idle', '60'), { cwd: tmp, env: { ...env, ...daemonEnv }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`factlint daemon start exited ${r.status}: ${r.stderr}`);
  process.once('exit', stopDaemon);
  once(cli(oneArticle), { env: daemonEnv });
}
once(cases.dc.args); // the results cache

// Interleaved rounds, so a busy moment on the machine hits every case alike.
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const rounds = Math.max(RUNS, SLOW_RUNS);
for (let i = 0; i < rounds; i++) {
  for (const [name, c] of Object.entries(cases)) {
    if (times[name].length < c.runs) times[name].push(once(c.args, { timings: c.timings, env: c.env }));
  }
  log(`round ${i + 1}/${rounds} done`);
}
stopDaemon();
const med = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
const per100 = median(perArticle.e100);
const per100k = median(perArticle.e100k);

const mem = {
  b: peakMB(cases.b.args),
  d: peakMB(cases.d.args),
  e100k_1: peakMB(cases.e100k_1.args),
  e100_1: peakMB(cases.e100_1.args),
  // Peak memory against the number of articles: what a run keeps per file until the report.
  ...(big ? { big: peakMB(cli(bigDir)) } : {}),
};

// ---------------------------------------------------------------- report

const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const rows = [['case', 'median', 'runs']];
for (const [name, c] of Object.entries(cases)) rows.push([`${name.padEnd(7)} ${c.label}`, ms(med[name]), String(times[name].length)]);
rows.push([`e100    per article, facts 100 (median over the files of a run)`, ms(per100), '']);
rows.push([`e100k   per article, facts 100k (same)`, ms(per100k), '']);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(`\nfactlint bench: ${corpus.files.length} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB, node ${process.version}, ${os.cpus().length} CPUs\n`);
console.log(line(rows[0]));
for (const r of rows.slice(1)) console.log(line(r));

function fmtK(n) {
  return n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

const dBest = Math.min(med.d, med.d4 ?? Infinity);
const targets = [
  // Issue 16's targets: one article within 1.5 x Node's start-up, the corpus within 3 x the scan.
  ['b/a', 'one article vs node start-up', med.b / med.a, 1.5],
  ...(hasDaemon ? [['bd/a', 'one article, resident server running, vs node start-up', med.bd / med.a, 1.5]] : []),
  ['d/c', 'corpus vs scan baseline', med.d / med.c, 3],
  ...(hasConcurrency ? [['d4/c', 'corpus (--concurrency 2) vs scan baseline', med.d4 / med.c, 3]] : []),
  ['dc/c', 'corpus (--cache, unchanged) vs scan baseline', med.dc / med.c, 2],
  ['e100k/e100', 'per-article time, 100k vs 100 entities', per100k / per100, 1.5],
  ['1e100k/1e100', 'one article with 100k vs 100 entities (load + matcher)', med.e100k_1 / med.e100_1, 3],
  ...(big ? [[`m${fmtK(big.files.length)}/m${fmtK(corpus.files.length)}`, `peak memory, ${big.files.length} vs ${corpus.files.length} articles`, mem.big / mem.d, 1.5]] : []),
  ['s1/s0', 'one run-on sentence vs the same words as sentences', med.s1 / med.s0, 2],
  ['l1/l0', 'code frames vs JSON on one line with 20,000 problems', med.l1 / med.l0, 2],
];
console.log('\ntarget        ratio   limit  result');
for (const [name, what, ratio, limit] of targets) {
  console.log(`${name.padEnd(12)} ${ratio.toFixed(2).padStart(6)}  ≤ ${String(limit).padEnd(4)} ${ratio <= limit ? 'PASS' : 'MISS'}   ${what}`);
}
// The verdict above compares medians. Both cases of a ratio also ran in the same round, moments
// apart, so each round gives a paired ratio too: its spread shows how much of a verdict near the
// limit is the machine's drift.
const paired = (x, y) => {
  const rs = times[x].map((t, i) => t / times[y][i]).filter((r) => Number.isFinite(r));
  return rs.length ? `median ${median(rs).toFixed(2)}, ${Math.min(...rs).toFixed(2)}–${Math.max(...rs).toFixed(2)} over ${rs.length} rounds` : 'n/a';
};
// The peer baseline, not a limit of factlint's own: factlint should take at most half of what
// textlint with prh takes on the same files (it does far more per word than prh's replacements).
if (med.t !== undefined) console.log(`${'d/t'.padEnd(12)} ${(med.d / med.t).toFixed(2).padStart(6)}  ≤ 0.5  ${med.d / med.t <= 0.5 ? 'PASS' : 'MISS'}   factlint vs textlint + prh, whole corpus (textlint ${ms(med.t)})`);
if (med.tg !== undefined) console.log(`${'g/tg'.padEnd(12)} ${(med.g / med.tg).toFixed(2).padStart(6)}  ≤ 0.5  ${med.g / med.tg <= 0.5 ? 'PASS' : 'MISS'}   factlint vs textlint + prh, seed copies (textlint ${ms(med.tg)})`);
if (!TEXTLINT) console.log('textlint cases skipped: textlint and textlint-rule-prh are not installed (npm install)');
if (seedFiles.length === 0) console.log(`seed cases skipped: no articles in ${opts.seeds} (--seeds DIR)`);
console.log(`\npaired per-round ratios: b/a ${paired('b', 'a')};${hasDaemon ? ` bd/a ${paired('bd', 'a')};` : ''} d/c ${paired('d', 'c')}${med.t !== undefined ? `; d/t ${paired('d', 't')}` : ''}${med.tg !== undefined ? `; g/tg ${paired('g', 'tg')}` : ''}`);
// Not targets: the share of the corpus budget (3 × c) that reading, front matter, sentences
// and words alone take before any claim is extracted, and what the one-pass design's prototype
// (scripts/bench/pass-prototype.mjs, a lower bound: it binds only the corpus's claim forms) costs.
console.log(`floor f/c ${(med.f / med.c).toFixed(2)}: reading, front matter, sentences and words alone, before any extraction, take ${(100 * med.f / (3 * med.c)).toFixed(0)} % of the d/c budget`);
console.log(`prototype p/c ${(med.p / med.c).toFixed(2)} (paired ${paired('p', 'c')}): one pass over the words and binders on their classes, ${(100 * med.p / (3 * med.c)).toFixed(0)} % of the d/c budget`);
console.log(`\nbest corpus time ${ms(dBest)} = ${(corpus.bytes / 1e6 / (dBest / 1000)).toFixed(1)} MB/s`);
console.log(`cold first run (fact cache built): facts 100 ${ms(cold['100'])}, facts 100k ${ms(cold['100k'])}`);
console.log(`peak memory: one article ${mem.b.toFixed(0)} MB, corpus ${mem.d.toFixed(0)} MB${big ? `, ${big.files.length} articles ${mem.big.toFixed(0)} MB` : ''}, one article with 100 facts ${mem.e100_1.toFixed(0)} MB, with 100k facts ${mem.e100k_1.toFixed(0)} MB`);

if (opts.keep) console.log(`\ninputs kept in ${tmp}`);
else rmSync(tmp, { recursive: true, force: true });
