// --output writes the report to a file, and every format reports the same number of problems.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV, HAVE_DEV, factlint, requireBuilt, tempDir } from './helpers.js';

const xml = new XMLParser({ ignoreAttributes: false });
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** Number of problems in a report of each format, read the way a consumer of that format reads it. */
const counters: Record<string, (text: string) => number> = {
  json: (t) => (JSON.parse(t) as Array<{ messages: unknown[] }>).reduce((n, r) => n + r.messages.length, 0),
  sarif: (t) => (JSON.parse(t) as { runs: Array<{ results: unknown[] }> }).runs.reduce((n, r) => n + r.results.length, 0),
  rdjson: (t) => (JSON.parse(t) as { diagnostics: unknown[] }).diagnostics.length,
  // Annotations, and past GitHub's 10 + 10 the rest as plain log lines after the notice.
  github: (t) => t.split('\n').filter((l) => /^::(error|warning) /.test(l) || (!l.startsWith('::') && /:\d+:\d+: (error|warning) /.test(l))).length,
  compact: (t) => t.split('\n').filter((l) => /:\d+:\d+: (error|warning) /.test(l)).length,
  stylish: (t) => Number(/(\d+) problems?/.exec(t)?.[1] ?? 0),
  // Problem cards of articles shown in full, one row entry each for files listed compactly.
  html: (t) => (t.match(/<li class="problem |<span class="sev-/g) ?? []).length,
  checkstyle: (t) => list((xml.parse(t) as { checkstyle: { file?: unknown } }).checkstyle.file)
    .reduce((n: number, f) => n + list((f as { error?: unknown }).error).length, 0),
  junit: (t) => {
    const suites = list((xml.parse(t) as { testsuites: { testsuite?: unknown } }).testsuites.testsuite);
    return suites.reduce((n: number, s) => n + list((s as { testcase?: unknown }).testcase).filter((c) => (c as { failure?: unknown }).failure !== undefined).length, 0);
  },
};

describe.skipIf(!HAVE_DEV)('--output and formats on the dev set', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    requireBuilt();
    tmp = tempDir();
  });
  afterAll(() => tmp.cleanup());

  // Two articles per language with planted errors: every format, yet a few seconds per run.
  const articles = () => readdirSync(path.join(DEV, 'articles')).filter((f) => /^(01|04|08|11|14|15|21|22)-/.test(f)).map((f) => path.join(DEV, 'articles', f));

  it('writes each format to --output, nothing to stdout, and all formats count the same problems', () => {
    const counts: Record<string, number> = {};
    for (const format of Object.keys(counters)) {
      const out = path.join(tmp.dir, `report.${format}`);
      const r = factlint(['--claims', path.join(DEV, 'facts.json'), ...articles(), '--format', format, '--output', out], tmp.dir);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('');
      expect(r.code).toBe(1); // the dev set has planted errors
      counts[format] = counters[format]!(readFileSync(out, 'utf8'));
    }
    expect(counts.json).toBeGreaterThanOrEqual(8);
    for (const [format, n] of Object.entries(counts)) expect({ format, n }).toEqual({ format, n: counts.json });
  }, 120_000);
});
