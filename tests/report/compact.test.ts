import { describe, expect, it } from 'vitest';
import { compact } from '../../src/report/compact.js';
import { EXPECTED_DIAGNOSTICS, context, fixtureResults } from './fixtures.js';

const LINE = /^(.+):(\d+):(\d+): (error|warning) (.+) \[([a-z-]+)\]$/;

describe('compact', () => {
  const lines = compact(fixtureResults(), context()).trimEnd().split('\n');

  it('prints path:line:col: severity message [rule], one line per diagnostic', () => {
    expect(lines).toHaveLength(EXPECTED_DIAGNOSTICS);
    for (const line of lines) expect(line).toMatch(LINE);
    expect(lines[0]).toBe('articles/en.md:2:22: error Trade growth in 2023 was 8.5%, not 12% [metric-value]');
    expect(lines[1]).toMatch(/^articles\/en\.md:3:19: warning Turnover last year: .* \[cross-article\]$/);
    expect(lines[6]).toBe('articles/binary.md:1:1: error binary content (NUL bytes at offset 12) [file-error]');
  });

  it('keeps multi-line messages on one line and control characters visible', () => {
    expect(lines[2]).toBe('articles/en.md:4:20: error 100% sure: 8 May 2023 was a Monday, not a Tuesday second line <tag> & "quoted" \u2407bell [date-weekday]');
  });

  it('prints nothing without problems', () => {
    expect(compact([], context())).toBe('');
  });
});
