import { describe, expect, it } from 'vitest';
import { rdjson } from '../../src/report/rdjson.js';
import { EXPECTED_DIAGNOSTICS, context, fixtureResults } from './fixtures.js';

interface Rd {
  source: { name: string; url: string };
  diagnostics: Array<{
    message: string;
    location: { path: string; range: { start: { line: number; column: number }; end?: { line: number; column: number } } };
    severity: string;
    code: { value: string; url?: string };
    suggestions?: Array<{ range: { start: { line: number; column: number }; end: { line: number; column: number } }; text: string }>;
    related_locations?: Array<{ message?: string; location: { path: string; range: { start: { line: number; column: number } } } }>;
  }>;
}

describe('rdjson', () => {
  const out = JSON.parse(rdjson(fixtureResults(), context())) as Rd;

  it('names factlint as the source and has one diagnostic per message', () => {
    expect(out.source).toEqual({ name: 'factlint', url: 'https://github.com/factlint/factlint' });
    expect(out.diagnostics).toHaveLength(EXPECTED_DIAGNOSTICS);
    expect(out.diagnostics.map((d) => d.severity)).toEqual(['ERROR', 'WARNING', 'ERROR', 'ERROR', 'WARNING', 'ERROR', 'ERROR']);
    expect(out.diagnostics[0]!.code).toEqual({ value: 'metric-value', url: 'https://github.com/factlint/factlint/blob/main/docs/rules/metric-value.md' });
  });

  it('counts columns in UTF-8 bytes, as reviewdog does', () => {
    // "👩‍💻⚡ Trade grew by " is 4+3+4+3+1+14 = 29 bytes: "12%" starts at byte column 30.
    expect(out.diagnostics[0]!.location).toEqual({ path: 'articles/en.md', range: { start: { line: 2, column: 30 }, end: { line: 2, column: 33 } } });
    // 31 Cyrillic letters of 2 bytes and 4 ASCII characters: the span ends before byte column 67.
    expect(out.diagnostics[5]!.location).toEqual({ path: 'статьи/ru.md', range: { start: { line: 5, column: 1 }, end: { line: 5, column: 67 } } });
  });

  it('turns a fix into a suggestion over the same byte range', () => {
    expect(out.diagnostics[0]!.suggestions).toEqual([{ range: { start: { line: 2, column: 30 }, end: { line: 2, column: 33 } }, text: '8.5%' }]);
    expect(out.diagnostics[1]!.suggestions).toBeUndefined();
  });

  it('lists related locations', () => {
    expect(out.diagnostics[1]!.related_locations).toEqual([
      { message: 'says 4.2 billion dollars', location: { path: 'articles/other.md', range: { start: { line: 1, column: 18 } } } },
    ]);
  });

  it('falls back to UTF-16 columns and leaves out suggestions when the text is unavailable', () => {
    const bare = JSON.parse(rdjson(fixtureResults(), context({ readSource: () => undefined }))) as Rd;
    expect(bare.diagnostics[0]!.location.range.start).toEqual({ line: 2, column: 22 });
    expect(bare.diagnostics[0]!.suggestions).toBeUndefined();
  });
});
