// The report's line index must count the lines the document's index counts (CRLF, LF, lone CR),
// whichever way it finds them (a native search when there is no CR, a loop otherwise).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineStarts } from '../../src/document/lines.js';
import { sourceLines } from '../../src/report/source-lines.js';

const textArb = fc.array(fc.constantFrom('a', 'Бб', '\n', '\r', '\r\n', ' ', '\u2028', '😀'), { maxLength: 60 }).map((p) => p.join(''));

describe('sourceLines', () => {
  it('gives the lines a split at CRLF, LF and lone CR gives, and the document index line starts', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const lines = sourceLines(text);
        const expected = text.split(/\r\n|\r|\n/);
        expect(lines.lineCount).toBe(expected.length);
        expected.forEach((line, i) => expect(lines.line(i + 1)).toBe(line));
        expect(lines.line(expected.length + 1)).toBeUndefined();
        lineStarts(text).forEach((start, i) => expect(lines.offsetOf(i + 1, 1)).toBe(start));
      }),
      { numRuns: 500 },
    );
  });
});
