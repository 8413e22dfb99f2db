// A lint run: find the files, load the fact set, lint each article, collect results in path order.
// All I/O of a run lives here; the stages it calls are pure.
import { plural } from '../text/plural.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../document/parse.js';
import { DocumentError, FactlintError, ioReason } from '../errors.js';
import { FactIndex, type LoadedFactSet } from '../facts/index.js';
import { cacheDir, privateDir, userCacheDir } from '../cache-dir.js';
import { machineSecret } from '../machine-secret.js';
import { loadFactSetCached } from '../facts/compiled-cache.js';
import { discoverFiles } from '../files.js';
import { loadRuleMeta } from '../report/rule-meta.js';
import type { Diagnostic, LintResult, RuleMeta, SourceDocument } from '../types.js';
import { lintDocument, sortDiagnostics } from './lint-document.js';
import type { ClaimReport } from '../claims/frame.js';
import { crossCheck } from '../rules/cross-article.js';
import { severityNumber } from './severity.js';
import type { Severities } from './severity.js';
import { cacheFile, ResultCache } from './cache.js';
import { runKey } from './run-key.js';
import { lintFiles, sourceOf as sourceOfBytes } from './lint-files.js';
import { Interner, slimResult } from './slim.js';
import { ClaimSpill } from './claim-spill.js';
import { claimsOf } from '../claims/claims-of.js';
import type { AfterLint, FileInput, LintedSource } from './files-types.js';
import { availableLangs } from '../language/pack.js';
import { inShard, type Shard } from './shard.js';
import { combinePartials, PARTIAL_KIND, PARTIAL_VERSION, type PartialFile } from './partial.js';
import type { CachedFactSet } from '../facts/compiled-cache.js';
import { NO_TRACE, type RunTrace } from './trace.js';
import { onDemand } from '../on-demand.js';
import type v8 from 'node:v8';

const nodeV8 = onDemand<typeof v8>('node:v8');

/** From this many files on, a run asks V8 to grow its heap slowly (see slowHeapGrowth). */
export const LARGE_RUN_FILES = 500;

/**
 * V8 lets the old generation grow to a multiple (up to 4×) of what survived the last full
 * collection before it collects again. A long run promotes a steady stream of short-lived
 * objects (each article's sentences and tokens outlive a scavenge or two), so its peak memory
 * grew with the number of articles although little stays alive: on 20,000 articles the old
 * space reached 237 MB over about 40 MB of live objects. Growing by 20 % at a time keeps the
 * peak near what is alive, at no measurable cost in time (30 % left 20,000 articles at 1.5 ×
 * the peak of 2,000 once the compiled fact set was read lazily: 217 against 144 MB; 20 %: 203
 * against 150 MB, 24–26 s either way). Set only for large runs: loading
 * node:v8 costs a one-article run about 3 ms, and a small run never grows far.
 */
function slowHeapGrowth(): void {
  nodeV8().setFlagsFromString('--heap-growing-percent=20');
  heapTuned = true;
}

let heapTuned = false;

/**
 * Back to V8's default (0) when the run is done. The bundle's code cache is made at exit
 * (bin/run-bundle.ts), and V8 refuses a cache made under other flags than the next start's: with
 * the flag left set, every large run found the last one's cache refused, compiled the bundle
 * afresh and wrote the cache again.
 */
function defaultHeapGrowth(): void {
  if (!heapTuned) return;
  nodeV8().setFlagsFromString('--heap-growing-percent=0');
  heapTuned = false;
}

/**
 * UTF-16 units of the texts of files waiting for the cross-article check kept in memory; the
 * others are read again after it. Off by default: kept texts are promoted to the old generation
 * and a 20,000-article run's peak rose with them far beyond their size (210-220 MB with none
 * kept, 250-265 MB with 8 M units, 305 MB with 1 M, measured twice each), against about 10 % of
 * a --cache run over 2,000 unchanged articles for reading them again.
 */
const DEFERRED_TEXT_UNITS = 0;

/** Articles above this size are reported, not read: no newsroom article is 10 MB of text. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface RunOptions {
  cwd: string;
  patterns: string[];
  /** Fact files or folders; undefined means ./claims when present, else the bundled set. */
  claims?: string[];
  lang?: string;
  date?: string;
  severities?: Severities;
  /** Files to lint instead of discovering `patterns` (config include/exclude, git-selected files). */
  inputs?: FileInput[];
  /** Per-file step after linting (inline directives, changed lines, baseline, fixes); sees the text. */
  afterLint?: AfterLint;
  /** Speed (docs/performance.md). Folder of the compiled fact-set cache; false: none; undefined: the default folder. */
  factCache?: string | false;
  /**
   * --cache: reuse unchanged files' results; `location` is --cache-location (undefined: a file in
   * the user's cache folder for this project); `reuse: false` (--fix) lints every file afresh and
   * only writes the cache.
   */
  cache?: { location: string | undefined; reuse?: boolean };
  /** --concurrency: threads to lint with ('auto': by the number of files; undefined: 1). */
  concurrency?: number | 'auto';
  /** --shard K/N: lint only the files of shard K. */
  shard?: Shard;
  /**
   * --partial: stop before the cross-article check and keep each file's records, for `factlint
   * merge`; files that take part in the comparison leave their per-file step to the merge.
   */
  partial?: boolean;
  /** A fact set loaded beforehand (the API's loadFactSet), used instead of loading `claims`. */
  facts?: CachedFactSet;
  /** --debug: stage timings and what was loaded from where. */
  trace?: RunTrace;
  /**
   * Keep each file's claims for the report (default true). The command line passes false for
   * formats that do not print them: on a large run they were a third of what a result held.
   */
  keepClaims?: boolean;
  /** UTF-16 units of waiting files' texts kept in memory (default DEFERRED_TEXT_UNITS; 0: every one is read again). */
  deferredTextUnits?: number;
  /**
   * Let V8's heap grow slowly on a run of LARGE_RUN_FILES or more (the command line): it changes
   * a setting of the whole process, which a library must not do to its host.
   */
  tuneHeap?: boolean;
  /**
   * Keep the claims of a run of this many files or more in a temporary file until the report
   * (engine/claim-spill.ts; the command line: LARGE_RUN_FILES). Unset: in memory, as a library's
   * caller gets them.
   */
  spillClaimsFrom?: number;
}

/** One file to lint. `content` replaces reading `path` (e.g. a staged blob from the git index). */
export type { AfterLint, FileInput, LintedSource } from './files-types.js';

export interface RunOutput {
  results: LintResult[];
  /** With `partial`: the shard's findings for `factlint merge`. */
  partial?: PartialFile;
  /** Problems that did not stop the run (a cache that could not be written). */
  warnings?: string[];
  rules: RuleMeta[];
  /** The fact set's files (display paths) and hash. */
  facts: Pick<LoadedFactSet, 'files' | 'hash'>;
}

/** The fact set bundled with the package (claims/ beside dist/). */
export function bundledClaimsDir(): string {
  return fileURLToPath(new URL('../../claims/', import.meta.url));
}

export function defaultClaims(cwd: string): string[] {
  const local = path.join(cwd, 'claims');
  if (existsSync(local) && statSync(local).isDirectory()) return [local];
  return [bundledClaimsDir()];
}

export function defaultSeverities(rules: RuleMeta[]): Severities {
  return Object.fromEntries(rules.map((r) => [r.id, r.defaultSeverity]));
}

export function summarise(filePath: string, messages: Diagnostic[], fatal?: string): LintResult {
  const r: LintResult = {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: fatal ? 1 : 0,
    fixableErrorCount: messages.filter((m) => m.severity === 2 && m.fix).length,
    fixableWarningCount: messages.filter((m) => m.severity === 1 && m.fix).length,
  };
  if (fatal) r.fatal = fatal;
  return r;
}

/** A file's one fatal message, at `line` (1: the file as a whole). */
export function fileError(filePath: string, message: string, line = 1): LintResult {
  return summarise(filePath, [{ ruleId: 'file-error', severity: 2, message, line, column: 1, endLine: line, endColumn: 1 }], message);
}

function tooLarge(displayPath: string, size: number): LintResult {
  return fileError(displayPath, `file too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`);
}

let languages: string[] | undefined;

/** Languages with rules: those with a rules/lang/<lang>/grammar.json. */
function supportedLanguages(): string[] {
  return (languages ??= availableLangs('grammar'));
}

const UNKNOWN: Record<Exclude<SourceDocument['langUnknown'], 'no-text' | undefined>, string> = {
  'too-short': 'too little text to tell its language',
  'no-match': 'the text is in none of the languages factlint recognises',
  ambiguous: 'the text could be in more than one language',
};

/**
 * The one message for an article in a language without rules, or whose language is not known
 * (none when the rule is off). An unknown language is never read as some default one: a Polish
 * article read with English rules would pass as clean.
 */
function unsupportedLanguage(doc: SourceDocument, severities: Severities): Diagnostic[] {
  const level = severityNumber(severities['unsupported-language']);
  // A body without a single word (empty, only numbers) has nothing to check in any language.
  if (level === 0 || doc.langUnknown === 'no-text') return [];
  const reads = `factlint reads ${supportedLanguages().join(', ')}`;
  const message = doc.lang !== undefined
    ? `no rules for language "${doc.lang}" (${reads}): nothing in this file was checked`
    : `language not recognised: ${UNKNOWN[doc.langUnknown ?? 'no-match']} (${reads}; state it with "lang:" in front matter or --lang): nothing in this file was checked`;
  return [{ ruleId: 'unsupported-language', severity: level, message, line: 1, column: 1, endLine: 1, endColumn: 1 }];
}

export function readAndLint(file: string, displayPath: string, index: FactIndex, opts: RunOptions, severities: Severities, content?: Buffer): { result: LintResult; source?: LintedSource } {
  let buf: Buffer;
  if (content) {
    if (content.length > MAX_FILE_BYTES) return { result: tooLarge(displayPath, content.length) };
    buf = content;
  } else {
    try {
      const size = statSync(file).size;
      if (size > MAX_FILE_BYTES) return { result: tooLarge(displayPath, size) };
      buf = readFileSync(file);
    } catch (err) {
      return { result: fileError(displayPath, `cannot read file: ${ioReason(err)}`) };
    }
  }
  try {
    const doc = parseDocument(displayPath, buf, { ...(opts.lang ? { lang: opts.lang } : {}), ...(opts.date ? { date: opts.date } : {}) });
    const source: LintedSource = { text: doc.text, bom: doc.bom, lineStarts: doc.lineStarts };
    if (!content) source.onDisk = true;
    if (doc.lang === undefined || !supportedLanguages().includes(doc.lang)) {
      const result = summarise(displayPath, unsupportedLanguage(doc, severities));
      if (doc.lang !== undefined) result.lang = doc.lang;
      return { result, source };
    }
    const { diagnostics, records, claims } = lintDocument(doc, index, { severities });
    const result = summarise(displayPath, diagnostics);
    result.lang = doc.lang;
    result.claims = claims;
    if (records.length) result.records = records;
    return { result, source };
  } catch (err) {
    if (err instanceof DocumentError) return { result: fileError(displayPath, err.message, err.line) };
    throw err;
  }
}

/**
 * Compares the figures of all articles where the fact set is silent, adds the conflicts to the
 * results of both sides, and drops the records (they are not part of any report).
 */
export function applyCrossArticle(results: LintResult[], severities: Severities, cwd?: string): LintResult[] {
  const level = severityNumber(severities['cross-article']);
  const records = level > 0 ? results.flatMap((r) => r.records ?? []) : [];
  const extra = records.length ? crossCheck(records, level as 1 | 2, cwd ? (f) => (path.isAbsolute(f) ? path.relative(cwd, f) || f : f) : undefined) : new Map<string, Diagnostic[]>();
  return results.map((r) => {
    const { records: _drop, ...rest } = r;
    const add = extra.get(r.filePath);
    if (!add) return rest;
    const messages = sortDiagnostics([...rest.messages, ...add]);
    const out = summarise(rest.filePath, messages, rest.fatal);
    if (rest.lang !== undefined) out.lang = rest.lang;
    const claims = claimsOf(rest);
    if (claims) {
      const judged = claims.map((c) => crossVerdict(c, add));
      // Claims on disk stay there unless a verdict changed.
      if (rest.spilledClaims && judged.every((c, k) => c === claims[k])) out.spilledClaims = rest.spilledClaims;
      else out.claims = judged;
    }
    return out;
  });
}

/** A figure another article contradicts: its claim's verdict says so. */
function crossVerdict(c: ClaimReport, found: Diagnostic[]): ClaimReport {
  if (c.kind !== 'metric' || c.verdict !== 'unverifiable') return c;
  const d = found.find((x) => x.line === c.line && x.column === c.column && x.ruleId === 'cross-article');
  return d ? { ...c, verdict: 'contradicted', reason: `another article disagrees: ${d.related?.[0]?.message ?? ''}`.trim() } : c;
}

/** The run's fact set through the compiled cache (none with factCache: false). */
function loadFacts(opts: Pick<RunOptions, 'cwd' | 'claims' | 'factCache'>, trace: RunTrace): CachedFactSet {
  const dir = opts.factCache === false ? undefined : privateDir(opts.factCache ?? cacheDir(opts.cwd));
  // Display paths in fact messages stay relative to the process's folder, as loadFactSet makes them.
  const c = loadFactSetCached(opts.claims ?? defaultClaims(opts.cwd), { cwd: process.cwd(), dir });
  trace.loaded('fact-set cache', dir ? `${dir} (${c.hit ? 'hit' : 'miss'})` : 'none');
  return c;
}

export function run(opts: RunOptions): RunOutput {
  try {
    return lintRun(opts);
  } finally {
    defaultHeapGrowth();
  }
}

function lintRun(opts: RunOptions): RunOutput {
  const rules = loadRuleMeta();
  const severities = { ...defaultSeverities(rules), ...opts.severities };
  const trace = opts.trace ?? NO_TRACE;
  const cached = opts.facts ?? trace.stage('fact-set load', () => loadFacts(opts, trace));
  const facts = { files: cached.files, hash: cached.hash };
  trace.loaded('fact set', `${plural(facts.files.length, 'file')}: ${facts.files.join(', ')}`);
  const all: FileInput[] = opts.inputs ?? discoverFiles(opts.patterns, { cwd: opts.cwd }).map((p) => ({ path: p }));
  const files = opts.shard ? inShard(all, opts.shard, opts.cwd) : all;
  const index = cached.index(files.length);
  if (opts.tuneHeap && files.length >= LARGE_RUN_FILES) slowHeapGrowth();
  let cache: ResultCache | undefined;
  const cacheWarnings: string[] = [];
  if (opts.cache) {
    const { file, base } = cacheFile(opts.cache.location, opts.cwd);
    trace.loaded('result cache', file);
    const secretDir = userCacheDir(opts.cwd);
    const secret = machineSecret(secretDir);
    if (!secret) cacheWarnings.push(`--cache: no private cache folder for its key (${secretDir} must be yours and not writable by others): results are neither reused nor saved`);
    const key = runKey({ factsHash: facts.hash, lang: opts.lang, date: opts.date, severities });
    cache = ResultCache.open(file, key, { base, secret, reuse: opts.cache.reuse !== false });
  }
  // The afterLint step (directives, changed lines, baseline, fixes) must see cross-article
  // findings too, so files that take part in the comparison wait for it, with their text.
  const after = opts.afterLint;
  // A text read from disk is kept while the file waits only up to DEFERRED_TEXT_UNITS in all;
  // beyond that it is read again when its turn comes (as `factlint merge` does), since the texts
  // of every file with records were most of a large run's memory. 'disk' marks those.
  const deferred = new Map<string, LintedSource | 'disk' | undefined>();
  let keptUnits = 0;
  const strings = new Interner();
  // Partials keep claims: the merge prints them when its format does.
  const keepClaims = opts.keepClaims !== false || opts.partial === true;
  // Not for a partial: its file holds the claims (written from memory at the end of the shard).
  const spill = keepClaims && !opts.partial && opts.spillClaimsFrom !== undefined && files.length >= opts.spillClaimsFrom ? new ClaimSpill() : undefined;
  const slim: AfterLint = (result) => slimResult(result, keepClaims, strings, spill);
  const perFile: AfterLint = after && severityNumber(severities['cross-article']) > 0
    ? (result, source) => {
      const r = slim(result, source);
      if (!r.records?.length) return after(r, source);
      const keep = !source?.onDisk || (keptUnits += source.text.length) <= (opts.deferredTextUnits ?? DEFERRED_TEXT_UNITS);
      deferred.set(r.filePath, keep ? source : 'disk');
      return r;
    }
    : after ? (result, source) => after(slim(result, source), source) : slim;
  const linted = trace.stage('lint', () => lintFiles(files, {
    lintOne: (t) => readAndLint(t.path, t.path, index, opts, severities, t.content),
    afterLint: perFile,
    ...(cache ? { cache, keepClaims } : {}),
    ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
    facts: cached,
    severities,
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(opts.date ? { date: opts.date } : {}),
    cwd: opts.cwd,
    maxBytes: MAX_FILE_BYTES,
  }));
  if (opts.partial) {
    const warning = cache?.save();
    if (warning) cacheWarnings.push(warning);
    const order = new Map(all.map((f, i) => [f, i]));
    const partial: PartialFile = {
      kind: PARTIAL_KIND,
      version: PARTIAL_VERSION,
      key: runKey({ factsHash: facts.hash, lang: opts.lang, date: opts.date, severities }),
      shard: opts.shard ?? { index: 1, count: 1 },
      files: all.length,
      entries: linted.map((result, i) => ({ order: order.get(files[i]!)!, deferred: deferred.has(result.filePath), result })),
    };
    return { results: linted, partial, rules, facts, ...(cacheWarnings.length ? { warnings: cacheWarnings } : {}) };
  }
  let results = trace.stage('cross-article', () => applyCrossArticle(linted, severities, opts.cwd));
  if (after && deferred.size > 0) {
    results = results.map((r) => {
      if (!deferred.has(r.filePath)) return r;
      const s = deferred.get(r.filePath);
      return after(r, s === 'disk' ? reread(r.filePath) : s);
    });
  }
  const warning = cache?.save();
  if (warning) cacheWarnings.push(warning);
  return { results, rules, facts, ...(cacheWarnings.length ? { warnings: cacheWarnings } : {}) };
}

/**
 * `factlint merge`: the report of the whole run from the partials of its N shards. The
 * cross-article check sees every shard's records; files whose per-file step waited for it are
 * read again (the merge job has the same checkout) and finished here, as the whole run would.
 */
export function mergeRun(parts: Array<{ name: string; partial: PartialFile }>, opts: Pick<RunOptions, 'cwd' | 'claims' | 'lang' | 'date' | 'severities' | 'afterLint' | 'factCache'>): RunOutput {
  const rules = loadRuleMeta();
  const severities = { ...defaultSeverities(rules), ...opts.severities };
  const cached = loadFacts(opts, NO_TRACE);
  const facts = { files: cached.files, hash: cached.hash };
  const key = runKey({ factsHash: facts.hash, lang: opts.lang, date: opts.date, severities });
  const stale = parts.find((p) => p.partial.key !== key);
  if (stale) throw new FactlintError(`${stale.name} was written with other settings than this merge (factlint version, fact set, --lang, --date or rule settings): give merge the options the shards had`);
  const entries = combinePartials(parts);
  let results = applyCrossArticle(entries.map((e) => e.result), severities, opts.cwd);
  const after = opts.afterLint;
  if (after) {
    results = results.map((r, i) => {
      if (!entries[i]!.deferred) return r;
      return after(r, reread(path.resolve(opts.cwd, r.filePath)));
    });
  }
  return { results, rules, facts };
}

/** A deferred file's text read again, as linting read it (undefined: it is gone meanwhile). */
function reread(file: string): LintedSource | undefined {
  try {
    return sourceOfBytes(readFileSync(file), true);
  } catch {
    return undefined;
  }
}

