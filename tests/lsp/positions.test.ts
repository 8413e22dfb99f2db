// factlint spans -> LSP ranges: 0-based lines, UTF-16 characters, CRLF and lone CR breaks, BOM.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document/parse.js';
import { contains, indexText, offsetOf, positionOf, rangeOfDiagnostic, rangeOfSpan } from '../../src/lsp/positions.js';

/** The span of `needle` in the engine's text (BOM removed), as the engine would report it. */
function spanIn(editorText: string, needle: string) {
  const doc = parseDocument('t.md', editorText);
  const start = doc.text.indexOf(needle);
  return { start, end: start + needle.length };
}

describe('rangeOfSpan', () => {
  it('counts a non-BMP character as two UTF-16 units, as LSP positions do', () => {
    const text = 'A 😀 emoji, then Japarov.\n';
    const ix = indexText(text);
    expect(rangeOfSpan(ix, spanIn(text, 'Japarov'))).toEqual({ start: { line: 0, character: 17 }, end: { line: 0, character: 24 } });
    // The emoji itself: two units wide.
    expect(rangeOfSpan(ix, spanIn(text, '😀'))).toEqual({ start: { line: 0, character: 2 }, end: { line: 0, character: 4 } });
  });

  it('breaks lines at CRLF (one break, not two), lone LF and lone CR', () => {
    const text = 'first\r\nsecond 𝔘 line\rthird\nfourth Japarov\r\n';
    const ix = indexText(text);
    expect(rangeOfSpan(ix, spanIn(text, 'line'))).toEqual({ start: { line: 1, character: 10 }, end: { line: 1, character: 14 } });
    expect(rangeOfSpan(ix, spanIn(text, 'third'))).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 5 } });
    expect(rangeOfSpan(ix, spanIn(text, 'Japarov'))).toEqual({ start: { line: 3, character: 7 }, end: { line: 3, character: 14 } });
    // A span across the CRLF ends on the next line.
    expect(rangeOfSpan(ix, spanIn(text, 'first\r\nsecond'))).toEqual({ start: { line: 0, character: 0 }, end: { line: 1, character: 6 } });
  });

  it('moves first-line offsets past a BOM the editor kept (the engine lints without it)', () => {
    const text = '\uFEFFJaparov\r\nJaparov';
    const ix = indexText(text);
    expect(rangeOfSpan(ix, { start: 0, end: 7 })).toEqual({ start: { line: 0, character: 1 }, end: { line: 0, character: 8 } });
    expect(rangeOfSpan(ix, { start: 9, end: 16 })).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 7 } });
    expect(rangeOfDiagnostic(ix, { line: 1, column: 1, endLine: 1, endColumn: 8 })).toEqual({ start: { line: 0, character: 1 }, end: { line: 0, character: 8 } });
    expect(rangeOfDiagnostic(ix, { line: 2, column: 1, endLine: 2, endColumn: 8 })).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 7 } });
  });

  it('uses line and column when a diagnostic has no span, and clamps offsets to the text', () => {
    const ix = indexText('ab\ncd');
    expect(rangeOfDiagnostic(ix, { line: 2, column: 2, endLine: 2, endColumn: 3 })).toEqual({ start: { line: 1, character: 1 }, end: { line: 1, character: 2 } });
    expect(positionOf(ix, 99)).toEqual({ line: 1, character: 2 });
    expect(positionOf(ix, -4)).toEqual({ line: 0, character: 0 });
    expect(rangeOfSpan(ix, { start: 2, end: 1 })).toEqual({ start: { line: 0, character: 2 }, end: { line: 0, character: 2 } });
  });
});

describe('offsetOf', () => {
  it('inverts positionOf and stops at the end of a line (before its CRLF)', () => {
    const text = 'x😀y\r\nzz';
    const ix = indexText(text);
    for (let o = 0; o <= text.length; o++) {
      if (o === 5) continue; // between CR and LF: no position of its own
      expect(offsetOf(ix, positionOf(ix, o))).toBe(o);
    }
    expect(offsetOf(ix, { line: 0, character: 50 })).toBe(4);
    expect(offsetOf(ix, { line: 9, character: 0 })).toBe(6);
  });
});

describe('contains', () => {
  const range = { start: { line: 1, character: 4 }, end: { line: 2, character: 3 } };
  it('holds its start and its end, nothing outside', () => {
    expect(contains(range, { line: 1, character: 4 })).toBe(true);
    expect(contains(range, { line: 2, character: 3 })).toBe(true);
    expect(contains(range, { line: 1, character: 99 })).toBe(true);
    expect(contains(range, { line: 1, character: 3 })).toBe(false);
    expect(contains(range, { line: 2, character: 4 })).toBe(false);
    expect(contains(range, { line: 0, character: 9 })).toBe(false);
  });
});
