// The JSON format against its real consumers: ESLint 9 itself (the shape of the results it
// writes, and its own formatters) and formatter packages from npm that people pair with
// `eslint -f json` output. Each one is fed factlint's JSON exactly as a user would pipe it.
import { createRequire } from 'node:module';
import { ESLint } from 'eslint';
import eslintFormatterGitlab from 'eslint-formatter-gitlab';
import eslintFormatterPretty from 'eslint-formatter-pretty';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { json } from '../../src/report/json.js';
import { rdjson } from '../../src/report/rdjson.js';
import type { LintResult } from '../../src/types.js';
import { CWD, SOURCES, context, diag, fixtureResults } from './fixtures.js';

const require = createRequire(import.meta.url);
type Formatter = (results: unknown[], data?: unknown) => string;
const rdjsonFormatter = require('eslint-formatter-rdjson') as Formatter;
const codeframe = require('eslint-formatter-codeframe') as Formatter;
const msSarif = require('@microsoft/eslint-formatter-sarif') as Formatter;

type Result = Record<string, unknown> & { filePath: string; messages: Array<Record<string, unknown>>; suppressedMessages: Array<Record<string, unknown>> };

/** The fixture results plus one problem switched off by a directive and one by the baseline. */
function inputWithSuppressed(): LintResult[] {
  const results = fixtureResults();
  const other = results[1]!;
  other.suppressedMessages = [
    { ...diag('articles/other.md', 'Turnover', { ruleId: 'place', severity: 1, message: 'quoted as said' }), suppressions: [{ kind: 'directive', justification: 'the minister’s own words' }] },
    { ...diag('articles/other.md', 'last year', { ruleId: 'metric-value', message: 'known' }), suppressions: [{ kind: 'file', justification: 'recorded in the baseline factlint-baseline.json' }] },
  ];
  return results;
}

const rendered = json(inputWithSuppressed(), context());
const parse = (): Result[] => JSON.parse(rendered) as Result[];
const rulesMeta = Object.fromEntries(context().rules.map((r) => [r.id, { docs: { description: r.description, url: r.url } }]));
const data = { cwd: CWD, rulesMeta };

/** The enumerable keys of a result as JSON.stringify writes them, in order. */
const keysOf = (o: object) => Object.keys(JSON.parse(JSON.stringify(o)) as object);

const ESLINT_KEYS_WITH_PROBLEMS = ['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'source', 'usedDeprecatedRules'];

describe('-f json has the shape of ESLint 9 results', () => {
  it('ESLint itself writes the fields we write, in the same order', async () => {
    const eslint = new ESLint({ cwd: CWD, overrideConfigFile: true, overrideConfig: { rules: { 'no-var': 'error', eqeqeq: 'warn' } } });
    const [withProblems, clean] = [
      (await eslint.lintText('var a = 1;\n// eslint-disable-next-line no-var -- legacy\nvar b = a == 1;\n', { filePath: `${CWD}/x.js` }))[0]!,
      (await eslint.lintText('export const a = 1;\n', { filePath: `${CWD}/y.js` }))[0]!,
    ];
    expect(keysOf(withProblems)).toEqual(ESLINT_KEYS_WITH_PROBLEMS);
    expect(withProblems.suppressedMessages[0]!.suppressions).toEqual([{ kind: 'directive', justification: 'legacy' }]);
    const ours = parse();
    // A file with problems: ESLint's fields, then factlint's own (claims is absent in the fixtures).
    expect(keysOf(ours[0]!)).toEqual(ESLINT_KEYS_WITH_PROBLEMS);
    // A clean file: no source, as ESLint.
    expect(keysOf(ours[4]!)).toEqual(keysOf(clean));
    // A file that could not be read: no text to give, factlint's fatal string after ESLint's fields.
    expect(keysOf(ours[3]!)).toEqual([...ESLINT_KEYS_WITH_PROBLEMS.filter((k) => k !== 'source'), 'fatal']);
  });

  it('gives the text, the counts of the messages written, and the suppressed messages with their reasons', () => {
    const [en, other, ru, binary, clean] = parse();
    expect(en!.source).toBe(SOURCES['articles/en.md']);
    expect(ru!.source).toBe(SOURCES['статьи/ru.md']);
    expect(en).toMatchObject({ errorCount: 3, fatalErrorCount: 0, warningCount: 1, fixableErrorCount: 1, fixableWarningCount: 0, usedDeprecatedRules: [] });
    expect(binary).toMatchObject({ errorCount: 1, fatalErrorCount: 1, warningCount: 0, usedDeprecatedRules: [] });
    expect(binary!.messages[0]).toMatchObject({ fatal: true, severity: 2 });
    expect(clean).toMatchObject({ messages: [], suppressedMessages: [], errorCount: 0, warningCount: 0 });
    expect(other!.suppressedMessages.map((m) => m.suppressions)).toEqual([
      [{ kind: 'directive', justification: 'the minister’s own words' }],
      [{ kind: 'file', justification: 'recorded in the baseline factlint-baseline.json' }],
    ]);
    for (const m of other!.suppressedMessages) expect(m).not.toHaveProperty('span');
    // Suppressed problems do not count, as in ESLint.
    expect(other).toMatchObject({ errorCount: 0, warningCount: 1 });
  });
});

describe('formatters written for ESLint render -f json', () => {
  it('eslint-formatter-rdjson: reviewdog diagnostics with UTF-8 byte columns equal to factlint’s own rdjson', () => {
    const out = JSON.parse(rdjsonFormatter(parse(), data)) as { diagnostics: Array<{ location: { path: string; range: { start: { line: number; column: number }; end?: { line: number; column: number } } }; severity: string; code: { value: string }; suggestions?: Array<{ range: { start: unknown; end: unknown }; text: string }> }> };
    const ours = JSON.parse(rdjson(inputWithSuppressed(), context())) as { diagnostics: Array<{ location: { path: string; range: unknown } }> };
    expect(out.diagnostics).toHaveLength(ours.diagnostics.length);
    const readable = out.diagnostics.filter((d) => !d.location.path.endsWith('binary.md'));
    readable.forEach((d) => {
      const mine = ours.diagnostics.find((o) => `${CWD}/${o.location.path}` === d.location.path && JSON.stringify(o.location.range) === JSON.stringify(d.location.range));
      expect(mine, `${d.location.path} ${JSON.stringify(d.location.range)}`).toBeDefined();
    });
    // Worked out by hand from the bytes: on the Cyrillic line the claim ends after 35 UTF-16 units, 66 bytes.
    const office = out.diagnostics.find((d) => d.code.value === 'office-holder')!;
    const line = SOURCES['статьи/ru.md']!.split('\n')[4]!;
    expect(office.location.range).toEqual({ start: { line: 5, column: 1 }, end: { line: 5, column: Buffer.byteLength(line.slice(0, 35)) + 1 } });
    // After an emoji with a ZWJ (👩‍💻⚡ is 6 UTF-16 units, 14 bytes), the fix for "12%" starts at byte column 34.
    const growth = out.diagnostics.find((d) => d.code.value === 'metric-value')!;
    const enLine = SOURCES['articles/en.md']!.split('\r\n')[1]!;
    const at = enLine.indexOf('12%');
    expect(growth.location.range.start).toEqual({ line: 2, column: Buffer.byteLength(enLine.slice(0, at)) + 1 });
    // The formatter trims the suffix "%" shared by "12%" and "8.5%": the suggestion replaces "12" with "8.5".
    expect(growth.suggestions).toEqual([{ range: { start: { line: 2, column: Buffer.byteLength(enLine.slice(0, at)) + 1 }, end: { line: 2, column: Buffer.byteLength(enLine.slice(0, at + 2)) + 1 } }, text: '8.5' }]);
  });

  it('ESLint’s own stylish and json formatters, through ESLint.loadFormatter', async () => {
    const eslint = new ESLint({ cwd: CWD, overrideConfigFile: true });
    const stylish = await eslint.loadFormatter('stylish');
    const text = await stylish.format(parse() as never);
    expect(text).toContain(`${CWD}/статьи/ru.md`);
    expect(text).toMatch(/5:1\s+error\s+Иван Петров is not Prime Minister of Moldova.*office-holder/);
    expect(text).toMatch(/✖ 7 problems \(5 errors, 2 warnings\)/);
    const jsonOut = await (await eslint.loadFormatter('json')).format(parse() as never);
    // ESLint sorts by file path and writes what it got: the same results, nothing lost.
    const byPath = (a: Result, b: Result) => (a.filePath < b.filePath ? -1 : 1);
    expect((JSON.parse(jsonOut) as Result[]).sort(byPath)).toEqual(parse().sort(byPath));
  });

  it('eslint-formatter-codeframe draws its frames from source', () => {
    const text = codeframe(parse());
    expect(text).toContain('Trade growth in 2023 was 8.5%, not 12% (metric-value)');
    expect(text).toMatch(/> 5 \| Премьер-министр Молдовы Иван Петров осмотрел павильоны\./);
    expect(text).toContain('5 errors and 2 warnings found.');
  });

  it('eslint-formatter-pretty', () => {
    const text = eslintFormatterPretty(parse() as never, data as never);
    expect(text).toContain('Иван Петров is not Prime Minister of Moldova');
    expect(text).toMatch(/5 errors/);
  });

  it('eslint-formatter-gitlab writes a GitLab Code Quality report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-gitlab-'));
    const report = path.join(dir, 'gl-codequality.json');
    const saved = { ...process.env };
    Object.assign(process.env, { ESLINT_CODE_QUALITY_REPORT: report, CI_PROJECT_DIR: CWD });
    try {
      const text = await eslintFormatterGitlab(parse() as never, { ...data, color: false } as never);
      expect(text).toContain('7 problems (1 fatal, 4 errors, 2 warnings)');
      const issues = JSON.parse(readFileSync(report, 'utf8')) as Array<{ check_name: string; location: { path: string }; fingerprint: string }>;
      expect(issues).toHaveLength(7);
      expect(issues.find((i) => i.check_name === 'office-holder')!.location).toEqual({ path: 'статьи/ru.md', positions: { begin: { line: 5, column: 1 }, end: { line: 5, column: 36 } } });
      expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(7);
    } finally {
      process.env = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('@microsoft/eslint-formatter-sarif, with the suppressed problems as SARIF suppressions', () => {
    const log = JSON.parse(msSarif(parse(), data)) as { runs: Array<{ results: Array<{ ruleId: string; suppressions?: Array<{ kind: string; justification: string }> }> }> };
    const results = log.runs[0]!.results;
    expect(results.filter((r) => !r.suppressions || r.suppressions.length === 0)).toHaveLength(7);
    expect(results.flatMap((r) => r.suppressions ?? [])).toEqual([
      { kind: 'inSource', justification: 'the minister’s own words' },
      { kind: 'external', justification: 'recorded in the baseline factlint-baseline.json' },
    ]);
  });
});
