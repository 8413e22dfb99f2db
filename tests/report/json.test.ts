import { describe, expect, it } from 'vitest';
import { json } from '../../src/report/json.js';
import type { LintResult } from '../../src/types.js';
import { CWD, EXPECTED_DIAGNOSTICS, context, fixtureResults } from './fixtures.js';

describe('json', () => {
  const input = fixtureResults();
  type Out = Omit<LintResult, 'messages'> & { messages: Array<Record<string, unknown>> };
  const parsed = JSON.parse(json(input, context())) as Out[];

  it('is the results array with absolute file paths, as ESLint writes it', () => {
    expect(parsed.map((r) => r.filePath)).toEqual([
      `${CWD}/articles/en.md`,
      `${CWD}/articles/other.md`,
      `${CWD}/статьи/ru.md`,
      `${CWD}/articles/binary.md`,
      `${CWD}/articles/clean.md`,
    ]);
    expect(parsed[0]).toMatchObject({ errorCount: 3, warningCount: 1, fatalErrorCount: 0, fixableErrorCount: 1, fixableWarningCount: 0 });
  });

  it('keeps the ESLint message fields and ours, and drops the internal span', () => {
    const growth = parsed[0]!.messages[0]!;
    expect(growth).toEqual({
      ruleId: 'metric-value',
      severity: 2,
      message: 'Trade growth in 2023 was 8.5%, not 12%',
      line: 2,
      column: 22,
      endLine: 2,
      endColumn: 25,
      actual: '12%',
      expected: '8.5% (tolerance 3%)',
      fact: { id: 'trade-growth-2023', source: 'stat.example, table 4' },
      fix: { range: [30, 33], text: '8.5%' },
    });
    for (const r of parsed) for (const m of r.messages) expect(m).not.toHaveProperty('span');
    expect(parsed[0]!.messages[1]!.related).toEqual([{ filePath: `${CWD}/articles/other.md`, line: 1, column: 18, message: 'says 4.2 billion dollars' }]);
  });

  it('round-trips every message except span, in input order', () => {
    const strip = ({ span: _s, related: _r, ...rest }: Record<string, unknown>) => rest;
    input.forEach((result, i) => {
      const out = parsed[i]!.messages.filter((m) => !m.fatal);
      expect(out.map(strip)).toEqual(result.messages.map((m) => strip({ ...m } as Record<string, unknown>)));
    });
  });

  it('reports a fatal file as an ESLint-style fatal message and keeps the fatal text', () => {
    const binary = parsed[3]!;
    expect(binary.fatal).toBe('binary content (NUL bytes at offset 12)');
    expect(binary.messages).toEqual([
      { ruleId: 'file-error', severity: 2, message: 'binary content (NUL bytes at offset 12)', line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true },
    ]);
    expect(parsed.reduce((n, r) => n + r.messages.length, 0)).toBe(EXPECTED_DIAGNOSTICS);
  });

  it('does not modify its input', () => {
    expect(input[0]!.messages[0]!.span).toBeDefined();
    expect(input[0]!.filePath).toBe(`${CWD}/articles/en.md`);
    expect(input[1]!.filePath).toBe('articles/other.md');
    expect(input[3]!.messages).toEqual([]);
  });
});
