// SARIF for GitHub code scanning: relative URIs for every file of the repository, and the
// 25,000-results cap with a run-level notification saying what was left out.
import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { sarif, sarifWith } from '../../src/report/sarif.js';
import type { Diagnostic } from '../../src/types.js';
import { context, fixtureResults, result } from './fixtures.js';
import { SARIF_SCHEMA_FILE, validateSarif, validatorUnavailable } from './sarif-validator.js';

interface Log {
  runs: Array<{
    originalUriBaseIds: Record<string, { uri: string }>;
    artifacts: Array<{ location: { uri: string; uriBaseId?: string } }>;
    results: Array<{ level: string; ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }>; relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }>;
    invocations?: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; message: { text: string } }> }>;
  }>;
}

const problem = (line: number, severity: 1 | 2, extra: Partial<Diagnostic> = {}): Diagnostic => ({ ruleId: 'place', severity, message: `problem ${line}`, line, column: 1, endLine: line, endColumn: 2, ...extra });
const noSource = { readSource: () => undefined };

function schemaCheck(log: unknown): void {
  if (!existsSync(SARIF_SCHEMA_FILE)) return;
  const ajv = new Ajv2020.default({ strict: false, validateFormats: false, allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')));
  expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
}

describe('sarif: the base of relative URIs', () => {
  it('is the current folder while every file is inside it', () => {
    const log = JSON.parse(sarif([result('news/a.md', [problem(1, 2)])], context({ cwd: '/repo/site', projectRoot: () => '/repo', ...noSource }))) as Log;
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/site/' } });
    expect(log.runs[0]!.artifacts.map((a) => a.location)).toEqual([{ uri: 'news/a.md', uriBaseId: '%SRCROOT%' }]);
  });

  it('is the git work tree root when a file lies outside the current folder but inside the repository', () => {
    const results = [
      result('news/a.md', [problem(1, 2, { related: [{ filePath: '../archive/b.md', line: 3, column: 1 }] })]),
      result('../archive/b.md', [problem(3, 1)]),
      result('/elsewhere/c.md', [problem(1, 2)]),
    ];
    const log = JSON.parse(sarif(results, context({ cwd: '/repo/site', projectRoot: () => '/repo', ...noSource }))) as Log;
    const run = log.runs[0]!;
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(run.artifacts.map((a) => a.location)).toEqual([
      { uri: 'site/news/a.md', uriBaseId: '%SRCROOT%' },
      { uri: 'archive/b.md', uriBaseId: '%SRCROOT%' },
      // Not a file of the repository: nothing relative can name it.
      { uri: 'file:///elsewhere/c.md' },
    ]);
    expect(run.results[0]!.relatedLocations![0]!.physicalLocation.artifactLocation).toMatchObject({ uri: 'archive/b.md', uriBaseId: '%SRCROOT%' });
    schemaCheck(log);
  });

  it('stays the current folder without a repository (no projectRoot)', () => {
    const log = JSON.parse(sarif([result('../b.md', [problem(1, 2)])], context({ cwd: '/repo/site', ...noSource }))) as Log;
    expect(log.runs[0]!.artifacts[0]!.location).toEqual({ uri: 'file:///repo/b.md' });
  });
});

describe('sarif: GitHub’s limit of results per run', () => {
  it('keeps errors first, in file order, and says in a run-level notification how many were left out', () => {
    const log = JSON.parse(sarifWith(3)(fixtureResults(), context())) as Log;
    const run = log.runs[0]!;
    expect(run.results.map((r) => `${r.level} ${r.ruleId}`)).toEqual(['error metric-value', 'error date-weekday', 'error place']);
    expect(run.invocations).toEqual([{
      executionSuccessful: true,
      toolExecutionNotifications: [{
        level: 'warning',
        message: { text: '4 of 7 results (2 errors and 2 warnings) were left out of this log: GitHub code scanning rejects a run with more than 3 results. Errors were kept first. Use a baseline (--baseline) or lint fewer files per run to see them all.' },
      }],
    }]);
    // Files whose results were all left out are still artifacts of the run.
    expect(run.artifacts).toHaveLength(5);
    schemaCheck(log);
  });

  it('has no invocations when nothing is left out', () => {
    expect((JSON.parse(sarif(fixtureResults(), context())) as Log).runs[0]!.invocations).toBeUndefined();
  });

  it('at 25,000: 25,010 problems give 25,000 results and a notification for 10 warnings', () => {
    const messages = Array.from({ length: 25_010 }, (_, i) => problem(i + 1, i < 10 ? 1 : 2));
    const run = (JSON.parse(sarif([result('big.md', messages)], context(noSource))) as Log).runs[0]!;
    expect(run.results).toHaveLength(25_000);
    expect(run.results.every((r) => r.level === 'error')).toBe(true);
    expect(run.invocations![0]!.toolExecutionNotifications[0]!.message.text).toMatch(/^10 of 25010 results \(10 warnings\) were left out/);
  });

  const unavailable = validatorUnavailable();
  it.skipIf(unavailable !== undefined)('a capped log passes the SARIF Multitool', () => {
    const findings = validateSarif(sarifWith(3)(fixtureResults(), context()));
    const problems = findings.filter((f) => f.level === 'error' || f.level === 'warning');
    expect(problems, problems.map((p) => `${p.level} ${p.ruleId}: ${p.text}`).join('\n')).toEqual([]);
  }, 120_000);
});
