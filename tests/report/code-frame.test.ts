import { describe, expect, it } from 'vitest';
import { codeFrame, type CodeFrame } from '../../src/report/code-frame.js';
import { sourceLines } from '../../src/report/source-lines.js';
import { displayWidth } from '../../src/report/text-width.js';

function frameOf(text: string, needle: string, endNeedle = needle): CodeFrame {
  const lines = sourceLines(text);
  const start = text.indexOf(needle);
  const end = text.indexOf(endNeedle) + endNeedle.length;
  const a = lines.positionOf(start);
  const b = lines.positionOf(end);
  const frame = codeFrame(lines, { line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
  if (!frame) throw new Error('no frame');
  return frame;
}

function rows(frame: CodeFrame): { target: string; underline: string; context: string | undefined } {
  const get = (kind: string) => frame.rows.find((r) => r.kind === kind)?.text;
  return { target: get('target') ?? '', underline: get('underline') ?? '', context: get('context') };
}

/** Display column where the underline starts, and its length. */
function underlineAt(underline: string): { col: number; len: number } {
  const col = underline.indexOf('^');
  return { col, len: underline.length - col };
}

describe('codeFrame', () => {
  it('underlines a Cyrillic span under the right letters', () => {
    const f = rows(frameOf('Выставку открыли.\nВчера Премьер-министр Молдовы выступил.', 'Премьер-министр Молдовы'));
    expect(f.context).toBe('Выставку открыли.');
    expect(f.target).toBe('Вчера Премьер-министр Молдовы выступил.');
    expect(underlineAt(f.underline)).toEqual({ col: 6, len: 23 });
    expect(f.underline).toBe(`${' '.repeat(6)}^${'~'.repeat(22)}`);
  });

  it('shifts the underline by the display width of emoji before the span, not their UTF-16 length', () => {
    // "👩‍💻⚡ " is 7 UTF-16 units (a ZWJ sequence of 5, a BMP emoji of 1, a space) but 5 columns.
    const text = '👩\u200d💻⚡ Trade grew by 12% in 2023.';
    expect(text.indexOf('12%')).toBe(21);
    const f = rows(frameOf(text, '12%'));
    expect(underlineAt(f.underline)).toEqual({ col: 19, len: 3 });
  });

  it('expands tabs so the underline stays under the span', () => {
    const f = rows(frameOf('\tTurnover reached\t5 billion dollars.', '5 billion dollars'));
    expect(f.target).not.toContain('\t');
    const caret = underlineAt(f.underline);
    expect(f.target.slice(caret.col, caret.col + caret.len)).toBe('5 billion dollars');
  });

  it('underlines a multi-line span to the end of its first line, without the CR', () => {
    const f = rows(frameOf('The fair opened on Tuesday,\r\n8 May 2023.', 'Tuesday,', '8 May 2023'));
    expect(f.target).toBe('The fair opened on Tuesday,');
    expect(underlineAt(f.underline)).toEqual({ col: 19, len: 8 });
  });

  it('leaves out a blank line before', () => {
    const f = frameOf('First paragraph.\n\nSecond paragraph names Tallinn.', 'Tallinn');
    expect(f.rows.map((r) => r.kind)).toEqual(['target', 'underline']);
  });

  it('draws a single caret for an empty span', () => {
    const lines = sourceLines('abc def');
    const frame = codeFrame(lines, { line: 1, column: 5, endLine: 1, endColumn: 5 });
    expect(rows(frame!).underline).toBe('    ^');
  });

  it('crops a long line around the span with ellipses, keeping the underline aligned', () => {
    const line = `${'filler words here '.repeat(12)}the port in Tallinn handled ships ${'and more filler '.repeat(12)}`;
    const f = rows(frameOf(`Short line before.\n${line}`, 'Tallinn'));
    expect(displayWidth(f.target)).toBeLessThanOrEqual(102);
    expect(f.target.startsWith('…')).toBe(true);
    expect(f.target.endsWith('…')).toBe(true);
    const caret = underlineAt(f.underline);
    expect(f.target.slice(caret.col, caret.col + caret.len)).toBe('Tallinn');
    // The short line before lies left of the window: only the ellipsis is left of it.
    expect(f.context).toBe('…');
  });

  it('keeps alignment when a wide glyph is cut at the left edge of the window', () => {
    // 160 columns of CJK, then "xx ": the span starts at column 163, the window at 139,
    // which falls inside a two-column glyph; a blank must stand in for its visible half.
    const line = `${'字'.repeat(80)}xx target here ${'y'.repeat(120)}`;
    const f = rows(frameOf(line, 'target'));
    expect(f.target.startsWith('… 字')).toBe(true);
    const caret = underlineAt(f.underline);
    const idx = f.target.indexOf('target');
    expect(displayWidth(f.target.slice(0, idx))).toBe(caret.col);
    expect(caret.len).toBe(6);
  });

  it('returns undefined for a line past the end of the text', () => {
    expect(codeFrame(sourceLines('one line'), { line: 5, column: 1, endLine: 5, endColumn: 2 })).toBeUndefined();
  });
});
