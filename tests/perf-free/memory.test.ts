// What a run keeps for the report when it keeps less (docs/performance.md, "Memory"): the report
// must not change. The byte-for-byte checks of whole reports are in the CLI tests; these pin the
// pieces: the json array written in parts, claims left out only where no format prints them, the
// compacted cross-article records, a deferred file read again from disk.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.js';
import { Interner, compactRecord } from '../../src/engine/slim.js';
import { afterLint, plainSteps } from '../../src/lint/after-lint.js';
import { json, jsonChunks, eslintResult } from '../../src/report/json.js';
import { formatters } from '../../src/report/index.js';
import { readFileSync } from 'node:fs';
import { stylish, stylishChunks } from '../../src/report/stylish.js';
import { sourceCache } from '../../src/report/messages.js';
import type { CrossRecord } from '../../src/types.js';
import { REPO, tempDir, write } from '../cli/helpers.js';

const FORMS = path.join(REPO, 'tests', 'fixtures', 'forms-en-de');
const opts = { cwd: REPO, patterns: [FORMS], claims: [path.join(FORMS, 'facts.json')], factCache: false as const };

describe('a run that keeps less', () => {
  it('without claims gives the same messages, and no claims', () => {
    const full = run(opts).results;
    const slim = run({ ...opts, keepClaims: false }).results;
    expect(full.some((r) => r.claims?.length)).toBe(true);
    expect(slim.every((r) => r.claims === undefined)).toBe(true);
    expect(slim.map((r) => ({ ...r }))).toEqual(full.map(({ claims: _c, ...r }) => r));
  });

  it('json in pieces is JSON.stringify of the whole array', () => {
    const results = run(opts).results;
    const ctx = { cwd: REPO, color: false, rules: [], version: '0', readSource: () => 'text' };
    expect([...jsonChunks(results, ctx)].join('')).toBe(`${JSON.stringify(results.map((r) => eslintResult(r, ctx)))}\n`);
    expect(json([], ctx)).toBe('[]\n');
    expect([...stylishChunks(results, ctx)].join('')).toBe(stylish(results, ctx));
    expect(stylish([], ctx)).toBe('');
  });

  it('compacted records keep what the check compares, and share their strings', () => {
    const r: CrossRecord = {
      key: 'trade|2024|usd', property: 'trade', subjects: ['kg', 'ru'], source: ['kg'], value: 4.1e9, unit: 'usd', halfUnit: 5e7,
      approx: false, bound: undefined, text: ' $4.1 billion ', filePath: '/a.md', line: 3, column: 7, endLine: 3, endColumn: 19,
    };
    const t = new Interner();
    const a = compactRecord(r, t);
    const b = compactRecord({ ...r, subjects: ['kg', 'ru'], line: 9 }, t);
    expect(a).toEqual({ ...r, text: '$4.1 billion' });
    expect(b.subjects).toBe(a.subjects);
    expect(b.key).toBe(a.key);
  });

  it('a file waiting for the cross-article check is read again for its directives, or kept within the budget', () => {
    const { dir, cleanup } = tempDir('factlint-mem-');
    try {
      const body = (n: string) => `---\ndate: 2025-11-26\nlang: en\n---\n# T\n\nPutin praised Kyrgyzstan. More than ${n} companies with Russian capital work in the country.\n`;
      write(dir, 'a.en.md', body('1,700'));
      write(dir, 'b.en.md', `<!-- factlint-disable cross-article -->\n${body('2,700')}`);
      const lint = (keep: number) => {
        const steps = plainSteps(dir);
        steps.sourcesOnDemand = { keep };
        const claims = [path.join(REPO, 'tests', 'fixtures', 'claims')];
        const out = run({ cwd: dir, patterns: [dir], claims, afterLint: afterLint(steps), factCache: false, deferredTextUnits: keep });
        return { results: out.results, kept: [...steps.sources.keys()].map((f) => path.basename(f)) };
      };
      const read = lint(0);
      const b = read.results.find((r) => r.filePath.endsWith('b.en.md'))!;
      const a = read.results.find((r) => r.filePath.endsWith('a.en.md'))!;
      expect(b.messages.filter((m) => m.ruleId === 'cross-article')).toEqual([]);
      expect(b.suppressedMessages?.some((m) => m.ruleId === 'cross-article')).toBe(true);
      expect(a.messages.some((m) => m.ruleId === 'cross-article')).toBe(true);
      expect(read.kept).toEqual([]);
      // Within the budgets the texts are kept (for the directives, then for the report): the same results.
      const kept = lint(1_000_000);
      expect(kept.results).toEqual(read.results);
      expect(kept.kept).toEqual(['a.en.md']);
    } finally {
      cleanup();
    }
  });

  it('claims spilled to disk give the same json, claims and html reports, a cross-article verdict included', () => {
    const { dir, cleanup } = tempDir('factlint-spill-');
    try {
      // Two articles that disagree on a figure the fact set is silent on: each claim's verdict
      // becomes "contradicted" only after the cross-article check, on claims already on disk.
      const body = (n: string) => `---\ndate: 2025-11-26\nlang: en\n---\n# T\n\nPutin praised Kyrgyzstan. More than ${n} companies with Russian capital work in the country.\n`;
      write(dir, 'a.en.md', body('1,700'));
      write(dir, 'b.en.md', body('2,700'));
      write(dir, 'c.en.md', '---\ndate: 2025-11-26\nlang: en\n---\n# T\n\nNo figures here at all.\n');
      write(dir, 'd.en.md', '---\ndate: 2025-11-26\nlang: en\n---\n<!-- factlint-disable office-holder -->\n# T\n\nPresident of Russia Sadyr Japarov arrived on Monday, 24 November 2025, and on Tuesday, 26 November.\n');
      const claims = [path.join(REPO, 'tests', 'fixtures', 'claims')];
      const lint = (spillClaimsFrom?: number) => run({ cwd: dir, patterns: [dir], claims, afterLint: afterLint(plainSteps(dir)), factCache: false, ...(spillClaimsFrom === undefined ? {} : { spillClaimsFrom }) }).results;
      const inMemory = lint();
      const spilled = lint(0);
      // The spill was used: claims off the heap, but for the files whose verdicts the check changed.
      const changed = (rs: typeof inMemory) => rs.filter((r) => r.claims?.some((c) => c.reason.startsWith('another article disagrees'))).map((r) => path.basename(r.filePath));
      expect(changed(inMemory)).toEqual(['a.en.md', 'b.en.md']);
      expect(changed(spilled)).toEqual(['a.en.md', 'b.en.md']);
      const onDisk = spilled.filter((r) => r.spilledClaims);
      expect(onDisk.map((r) => path.basename(r.filePath))).toEqual(['d.en.md']);
      expect(onDisk.every((r) => r.claims === undefined && r.spilledClaims!.count > 0)).toBe(true);
      // The directive's file went through the per-file step with its claims on disk.
      expect(spilled.find((r) => r.filePath.endsWith('d.en.md'))!.suppressedMessages?.length).toBeGreaterThan(0);
      // A file with no claims keeps its empty list in memory.
      expect(spilled.find((r) => r.filePath.endsWith('c.en.md'))!.claims).toEqual([]);
      // A run below the threshold keeps them in memory.
      expect(lint(1000).every((r) => r.spilledClaims === undefined)).toBe(true);
      const ctx = { cwd: dir, color: false, rules: [], version: '0', readSource: (p: string) => readFileSync(path.resolve(dir, p), 'utf8') };
      for (const name of ['json', 'claims', 'html']) {
        const report = (rs: typeof inMemory) => [...formatters[name]!(rs, ctx)].join('');
        expect(report(spilled), name).toBe(report(inMemory));
      }
    } finally {
      cleanup();
    }
  });

  it('sourceCache reads a file again only when another was asked for in between', () => {
    const reads: string[] = [];
    const get = sourceCache((f) => (reads.push(f), `text of ${f}`), (s) => s.length);
    get('a');
    get('a');
    get('b');
    get('a');
    expect(reads).toEqual(['a', 'b', 'a']);
  });
});
