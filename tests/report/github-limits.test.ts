// GitHub's 10 + 10 annotations per step: which are kept, the notice, and the rest in the log.
import { describe, expect, it } from 'vitest';
import { github, githubWith } from '../../src/report/github.js';
import { countWords, keepMostUseful } from '../../src/report/limits.js';
import type { Diagnostic } from '../../src/types.js';
import { context, fixtureResults, result } from './fixtures.js';

const problem = (line: number, severity: 1 | 2): Diagnostic => ({ ruleId: severity === 2 ? 'place' : 'cross-article', severity, message: `problem on line ${line}`, line, column: 1, endLine: line, endColumn: 5 });

describe('keepMostUseful', () => {
  const sev = (x: { s: 1 | 2 }) => x.s;
  const items = [{ id: 'w1', s: 1 }, { id: 'e1', s: 2 }, { id: 'w2', s: 1 }, { id: 'e2', s: 2 }, { id: 'e3', s: 2 }] as const;
  it('keeps everything under the limit, errors before warnings over it, in the order given', () => {
    expect(keepMostUseful(items, 5, sev).kept.map((x) => x.id)).toEqual(['w1', 'e1', 'w2', 'e2', 'e3']);
    expect(keepMostUseful(items, 4, sev)).toEqual({ kept: [items[0], items[1], items[3], items[4]], droppedErrors: 0, droppedWarnings: 1 });
    expect(keepMostUseful(items, 2, sev)).toEqual({ kept: [items[1], items[3]], droppedErrors: 1, droppedWarnings: 2 });
  });
  it('counts in words', () => {
    expect(countWords(1, 0)).toBe('1 error');
    expect(countWords(0, 2)).toBe('2 warnings');
    expect(countWords(3, 1)).toBe('3 errors and 1 warning');
  });
});

describe('github over the annotation limit', () => {
  it('annotates at most N errors and N warnings, errors first, then one notice and the rest as log lines', () => {
    const lines = githubWith(2)(fixtureResults(), context()).trimEnd().split('\n');
    expect(lines.slice(0, 4).map((l) => /^::(\w+) file=([^,]+),line=(\d+)/.exec(l)!.slice(1).join(' '))).toEqual([
      'error articles/en.md 2', 'error articles/en.md 4', 'warning articles/en.md 3', 'warning articles/other.md 1',
    ]);
    expect(lines[4]).toBe(
      '::notice title=factlint%3A more problems than annotations::3 errors not shown as annotations: GitHub shows 2 errors and 2 warnings per step, ' +
        'and factlint found 5 errors and 2 warnings. All of them are listed in the job summary and below in this log; -f sarif puts them all in code scanning.',
    );
    expect(lines.slice(5)).toEqual([
      'articles/en.md:6:221: error The port is in Tallinn, not in Riga per the fact set [place]',
      'статьи/ru.md:5:1: error Иван Петров is not Prime Minister of Moldova on 2023-05-09; the fact set names Анна Коваль [office-holder]',
      'articles/binary.md:1:1: error binary content (NUL bytes at offset 12) [file-error]',
    ]);
  });

  it('with GitHub’s own limit: 24 errors and 4 warnings give 10 + 4 annotations and a notice for 14 errors', () => {
    const messages = Array.from({ length: 28 }, (_, i) => problem(i + 1, i % 7 === 6 ? 1 : 2));
    const lines = github([result('news/a.md', messages)], context()).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(4);
    // The first ten errors of the file, in order: lines 1-6 and 8-11.
    expect(lines.filter((l) => l.startsWith('::error ')).map((l) => Number(/line=(\d+)/.exec(l)![1]))).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11]);
    expect(lines.filter((l) => l.startsWith('::notice '))).toEqual([expect.stringContaining('::14 errors not shown as annotations: GitHub shows 10 errors and 10 warnings per step, and factlint found 24 errors and 4 warnings.')]);
    expect(lines.filter((l) => !l.startsWith('::'))).toHaveLength(14);
  });

  it('a hidden problem in a file named like a command stays a plain log line', () => {
    const messages = [problem(1, 2), problem(2, 2)];
    const out = githubWith(1)([result('::error x.md', messages)], context());
    expect(out.trimEnd().split('\n').at(-1)).toBe('./::error x.md:2:1: error problem on line 2 [place]');
  });
});
