import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/report/github.js';
import { EXPECTED_DIAGNOSTICS, context, fixtureResults, result as lintResult } from './fixtures.js';

const COMMAND = /^::(error|warning) file=([^,:]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]+)::(.*)$/;

describe('github', () => {
  const lines = github(fixtureResults(), context()).trimEnd().split('\n');

  it('prints one workflow command per diagnostic, error or warning by severity, errors first', () => {
    expect(lines).toHaveLength(EXPECTED_DIAGNOSTICS);
    for (const line of lines) expect(line).toMatch(COMMAND);
    // Errors first (GitHub counts each kind apart, and errors matter most), each kind in file order.
    expect(lines.map((l) => COMMAND.exec(l)?.[1])).toEqual(['error', 'error', 'error', 'error', 'error', 'warning', 'warning']);
  });

  it('gives the relative path, the range and the rule as title', () => {
    expect(lines[0]).toBe('::error file=articles/en.md,line=2,col=22,endLine=2,endColumn=25,title=metric-value::Trade growth in 2023 was 8.5%25, not 12%25');
    expect(lines[3]).toMatch(/^::error file=статьи\/ru\.md,line=5,col=1,endLine=5,endColumn=36,title=office-holder::/);
    expect(lines[4]).toBe('::error file=articles/binary.md,line=1,col=1,endLine=1,endColumn=1,title=file-error::binary content (NUL bytes at offset 12)');
  });

  it('escapes % and line breaks in the message so a message stays on one line', () => {
    const m = COMMAND.exec(lines[1]!);
    expect(m?.[8]).toBe('100%25 sure: 8 May 2023 was a Monday, not a Tuesday%0Asecond line <tag> & "quoted" \u0007bell');
  });

  it('escapes : and , in properties as well', () => {
    expect(escapeProperty('dir,with:odd%name\r\n.md')).toBe('dir%2Cwith%3Aodd%25name%0D%0A.md');
    expect(escapeData('a:b,c%\r\n')).toBe('a:b,c%25%0D%0A');
    const result = lintResult('notes, draft: v2.md', [{ ruleId: 'place', severity: 1, message: 'x', line: 1, column: 1, endLine: 1, endColumn: 2 }]);
    expect(github([result], context())).toBe('::warning file=notes%2C draft%3A v2.md,line=1,col=1,endLine=1,endColumn=2,title=place::x\n');
  });

  it('prints nothing for clean files', () => {
    expect(github(fixtureResults().slice(4), context())).toBe('');
  });
});
