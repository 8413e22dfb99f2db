// The job summary: totals, a table of problems with links, the cap, and escaping of what
// articles and messages contain.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendStepSummary } from '../../src/report/step-summary-file.js';
import { markdownCell, stepSummary } from '../../src/report/step-summary.js';
import type { Diagnostic } from '../../src/types.js';
import { context, fixtureResults, result } from './fixtures.js';

const problem = (line: number, severity: 1 | 2, message = `problem ${line}`): Diagnostic => ({ ruleId: 'place', severity, message, line, column: 1, endLine: line, endColumn: 2 });
const links = { server: 'https://github.com', repository: 'newsroom/desk', sha: 'abc123' };

describe('stepSummary', () => {
  it('gives totals and one row per problem, file by file, with links to the lines', () => {
    const md = stepSummary(fixtureResults(), context(), links);
    const lines = md.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '## factlint',
      '',
      '**5 errors and 2 warnings** in 4 of 5 files checked.',
      '',
      '| File | Line | Severity | Rule | Problem |',
    ]);
    const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| File') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(7);
    expect(rows[0]).toBe('| articles/en.md | [2:22](<https://github.com/newsroom/desk/blob/abc123/articles/en.md#L2>) | error | metric-value | Trade growth in 2023 was 8.5%, not 12% |');
    expect(rows[5]).toContain('| статьи/ru.md | [5:1](<https://github.com/newsroom/desk/blob/abc123/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D0%B8/ru.md#L5>) | error | office-holder |');
  });

  it('says when there is nothing to report', () => {
    expect(stepSummary(fixtureResults().slice(4), context())).toBe('## factlint\n\nNo problems in 1 file checked.\n');
  });

  it('escapes HTML and Markdown so a message cannot add markup, links, mentions or cells', () => {
    expect(markdownCell('<img src=x onerror=alert(1)> & [link](http://x) *b* _i_ `c` | cell ~s~ @team #12 :tada:\nnext\u0007'))
      .toBe('&lt;img src=x onerror=alert(1)&gt; &amp; \\[link\\](http\\://x) \\*b\\* \\_i\\_ \\`c\\` \\| cell \\~s\\~ \\@team \\#12 \\:tada\\: next␇');
    const md = stepSummary([result('a|b.md', [problem(1, 2, 'x | y <b>')])], context());
    expect(md).toContain('| a\\|b.md | 1:1 | error | place | x \\| y &lt;b&gt; |');
  });

  it('caps the table, errors first, rows in file order, and says so', () => {
    const messages = [problem(1, 1), problem(2, 2), problem(3, 1), problem(4, 2), problem(5, 2)];
    const md = stepSummary([result('a.md', messages)], context(), undefined, 3);
    const rows = md.split('\n').filter((l) => /^\| a\.md/.test(l));
    expect(rows.map((r) => r.split(' | ')[1])).toEqual(['2:1', '4:1', '5:1']);
    expect(md).toContain("The first 3 of 5 problems are listed, errors first; the step's log has them all.");
  });

  it('clips long messages', () => {
    const md = stepSummary([result('a.md', [problem(1, 2, 'x'.repeat(1000))])], context());
    expect(md).toContain(`| ${'x'.repeat(299)}… |`);
  });
});

describe('appendStepSummary', () => {
  const withFile = (f: (file: string) => void) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factlint-summary-'));
    try {
      const file = path.join(dir, 'summary.md');
      writeFileSync(file, '# earlier step\n');
      f(file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('appends for github and sarif when $GITHUB_STEP_SUMMARY is set, not for other formats or when turned off', () => {
    withFile((file) => {
      const env = { GITHUB_STEP_SUMMARY: file };
      expect(appendStepSummary('github', fixtureResults(), context(), env)).toBeUndefined();
      expect(appendStepSummary('json', fixtureResults(), context(), env)).toBeUndefined();
      expect(appendStepSummary('sarif', fixtureResults(), context(), { ...env, FACTLINT_STEP_SUMMARY: 'off' })).toBeUndefined();
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith('# earlier step\n## factlint\n')).toBe(true);
      expect(text.match(/## factlint/g)).toHaveLength(1);
    });
    expect(appendStepSummary('github', fixtureResults(), context(), {})).toBeUndefined();
  });

  it('returns a warning when the file cannot be written', () => {
    withFile((file) => {
      expect(appendStepSummary('sarif', [], context(), { GITHUB_STEP_SUMMARY: path.join(file, 'no', 'such') })).toMatch(/^cannot write the job summary to \$GITHUB_STEP_SUMMARY: /);
    });
  });
});
