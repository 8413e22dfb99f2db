import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FactlintError } from '../../src/errors.js';
import { DEFAULT_FORMAT, formatNames, formatters, getFormatter } from '../../src/report/index.js';
import { EXPECTED_DIAGNOSTICS, context, fixtureResults } from './fixtures.js';

const xml = new XMLParser({ ignoreAttributes: false, isArray: () => true });

/** How many diagnostics a format's output carries, read the way a consumer of that format would. */
const counters: Record<string, (out: string) => number> = {
  stylish: (out) => out.split('\n').filter((l) => /^\S.*:\d+:\d+ {2}(error|warning) {2}/.test(l)).length,
  compact: (out) => out.trimEnd().split('\n').length,
  json: (out) => (JSON.parse(out) as Array<{ messages: unknown[] }>).reduce((n, r) => n + r.messages.length, 0),
  sarif: (out) => (JSON.parse(out) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results.length,
  github: (out) => out.trimEnd().split('\n').filter((l) => /^::(error|warning) /.test(l)).length,
  junit: (out) => {
    const doc = xml.parse(out);
    const cases = doc.testsuites[0].testsuite.flatMap((s: { testcase: Array<Record<string, unknown>> }) => s.testcase);
    return cases.filter((c: Record<string, unknown>) => c.failure || c.error).length;
  },
  checkstyle: (out) => {
    const doc = xml.parse(out);
    return doc.checkstyle[0].file.reduce((n: number, f: { error?: unknown[] }) => n + (f.error?.length ?? 0), 0);
  },
  rdjson: (out) => (JSON.parse(out) as { diagnostics: unknown[] }).diagnostics.length,
  // Problem cards of articles shown in full, plus the entries of files listed compactly.
  html: (out) => (out.match(/<li class="problem |<span class="sev-/g) ?? []).length,
};

describe('formatters', () => {
  it('offers the nine diagnostic formats and the claims view, stylish by default', () => {
    expect([...formatNames].sort()).toEqual(['checkstyle', 'claims', 'compact', 'github', 'html', 'json', 'junit', 'rdjson', 'sarif', 'stylish']);
    expect(DEFAULT_FORMAT).toBe('stylish');
    expect(getFormatter('sarif')).toBe(formatters.sarif);
  });

  // The claims view reports claims, not diagnostics (tests/report/claims.test.ts).
  it.each(formatNames.filter((n) => n !== 'claims').map((n) => [n]))('%s carries every diagnostic, one for one', (name) => {
    const count = counters[name];
    expect(count, `no counter for format ${name}`).toBeDefined();
    expect(count!(getFormatter(name)(fixtureResults(), context()))).toBe(EXPECTED_DIAGNOSTICS);
  });

  it.each(formatNames.map((n) => [n]))('%s ends with a newline, and is deterministic', (name) => {
    const a = getFormatter(name)(fixtureResults(), context());
    expect(a.endsWith('\n')).toBe(true);
    expect(getFormatter(name)(fixtureResults(), context())).toBe(a);
  });

  it('rejects an unknown format naming the valid ones', () => {
    expect(() => getFormatter('yaml')).toThrow(FactlintError);
    expect(() => getFormatter('yaml')).toThrow(/unknown format "yaml"; valid formats: stylish, compact, json, sarif, github, junit, checkstyle, rdjson/);
    expect(() => getFormatter('constructor')).toThrow(FactlintError);
    expect(() => getFormatter('toString')).toThrow(FactlintError);
  });
});
