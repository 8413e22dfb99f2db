// Lints the files of a run: results of unchanged files from --cache, the others serially or on
// worker threads (--concurrency), then the per-file afterLint step in input order. Whatever
// path a file takes, its result is the same, so reports do not depend on these options.
import { appendFileSync, closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { lineStarts } from '../document/lines.js';
import type { CachedFactSet } from '../facts/compiled-cache.js';
import type { LintResult } from '../types.js';
import { contentHash, type ResultCache } from './cache.js';
import type { AfterLint, FileInput, LintedSource } from './files-types.js';
import { lintInParallel, threadCount, type FileOutcome, type LintTask } from './workers.js';

export interface LintFilesOptions {
  /** Lints one file here (the run's readAndLint with its index and settings). */
  lintOne: (task: LintTask) => FileOutcome;
  afterLint?: AfterLint;
  cache?: ResultCache;
  /** False: cached results may come without their claims (the report does not print them; parsing them was most of a cached run). */
  keepClaims?: boolean;
  concurrency?: number | 'auto';
  /** For workers: the fact set (its compiled bytes, and where to load it from) and the settings. */
  facts: Pick<CachedFactSet, 'handoff' | 'from'>;
  severities: Record<string, unknown>;
  lang?: string;
  date?: string;
  cwd: string;
  /** Files above this size are left to lintOne (which reports them) without being read here. */
  maxBytes: number;
}

const WORKER_ENTRY = new URL('./lint-worker.js', import.meta.url);

/** The bytes of a file for its cache key; undefined when lintOne should read (and report) it itself. */
function bytesOf(f: FileInput, maxBytes: number): Buffer | undefined {
  if (f.content) return f.content;
  let fd: number | undefined;
  try {
    // Opened without waiting (a FIFO would wait for a writer) and looked at through the open file
    // descriptor: one lookup of the path where a stat and readFileSync took two.
    fd = openSync(f.path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    // Not a regular file or too large: lintOne decides.
    if (!st.isFile() || st.size > maxBytes) return undefined;
    const bytes = Buffer.allocUnsafe(st.size);
    let n = 0;
    while (n < bytes.length) {
      const got = readSync(fd, bytes, n, bytes.length - n, null);
      if (got === 0) break; // shorter than it was a moment ago
      n += got;
    }
    return n < bytes.length ? bytes.subarray(0, n) : bytes;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The source of a cached file, as parseDocument would give it (BOM removed; the bytes are valid UTF-8). */
export function sourceOf(bytes: Uint8Array, onDisk: boolean): LintedSource {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = decoder.decode(bom ? bytes.subarray(3) : bytes);
  // Line starts only when a later step asks (most cached files have no directives to place).
  let starts: number[] | undefined;
  return {
    text,
    bom,
    ...(onDisk ? { onDisk } : {}),
    get lineStarts() {
      return (starts ??= lineStarts(text));
    },
  };
}

export function lintFiles(files: readonly FileInput[], o: LintFilesOptions): LintResult[] {
  const after = (x: FileOutcome): LintResult => (o.afterLint ? o.afterLint(x.result, x.source) : x.result);
  const todo: Array<{ i: number; task: LintTask; hash?: string }> = [];
  const cached: Array<FileOutcome | undefined> = new Array(files.length);
  files.forEach((f, i) => {
    if (o.cache) {
      const bytes = bytesOf(f, o.maxBytes);
      if (bytes) {
        const hash = contentHash(bytes);
        const hit = o.cache.get(f.path, hash, f.path, o.keepClaims !== false);
        if (hit) {
          cached[i] = { ...hit.outcome, ...(hit.decoded ? { source: sourceOf(bytes, !f.content) } : {}) } as FileOutcome;
          return;
        }
        todo.push({ i, task: { path: f.path, content: bytes }, hash });
        return;
      }
    }
    todo.push({ i, task: { path: f.path, ...(f.content ? { content: f.content } : {}) } });
  });

  const remember = (t: { task: LintTask; hash?: string }, x: FileOutcome) => {
    if (o.cache && t.hash) {
      const { source, ...rest } = x;
      o.cache.set(t.task.path, t.hash, rest, source !== undefined);
    }
  };

  const threads = threadCount(o.concurrency, todo.length);
  let results: LintResult[];
  if (threads <= 1) {
    // Serial: each file's text is dropped as soon as its afterLint step is done.
    let next = 0;
    results = new Array(files.length);
    // FACTLINT_TIMINGS=FILE: milliseconds per linted file, one JSON line each (npm run bench).
    const timings = process.env.FACTLINT_TIMINGS ? ([] as string[]) : undefined;
    for (let i = 0; i < files.length; i++) {
      let x = cached[i];
      if (!x) {
        const t = todo[next++]!;
        const start = timings ? performance.now() : 0;
        x = o.lintOne(t.task);
        timings?.push(JSON.stringify({ file: t.task.path, ms: performance.now() - start }));
        remember(t, x);
      }
      results[i] = after(x);
    }
    if (timings?.length) appendFileSync(process.env.FACTLINT_TIMINGS!, timings.join('\n') + '\n');
  } else {
    const setup = {
      facts: o.facts.handoff(),
      factsFrom: o.facts.from,
      files: files.length,
      severities: o.severities,
      ...(o.lang ? { lang: o.lang } : {}),
      ...(o.date ? { date: o.date } : {}),
      cwd: o.cwd,
    };
    const done = lintInParallel(todo.map((t) => t.task), threads, setup, WORKER_ENTRY, o.lintOne);
    todo.forEach((t, k) => {
      cached[t.i] = done[k];
      remember(t, done[k]!);
    });
    results = cached.map((x) => after(x!));
  }
  return results;
}
