import { describe, expect, it } from 'vitest';
import { lineStarts, lineText, offsetAt, positionAt, rangeOf } from '../../src/document/lines.js';

const doc = (text: string) => ({ text, lineStarts: lineStarts(text) });

describe('lineStarts', () => {
  it('counts LF, CRLF and lone CR as one break each', () => {
    expect(lineStarts('a\nb\r\nc\rd')).toEqual([0, 2, 5, 7]);
    expect(lineStarts('')).toEqual([0]);
    expect(lineStarts('\r\n\r\n')).toEqual([0, 2, 4]);
    expect(lineStarts('a\u2028b')).toEqual([0]);
  });
});

describe('positionAt', () => {
  it('gives 1-based lines and columns with CRLF', () => {
    const d = doc('ab\r\ncd\r\n');
    expect(positionAt(d, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(d, 4)).toEqual({ line: 2, column: 1 });
    expect(positionAt(d, 5)).toEqual({ line: 2, column: 2 });
    expect(positionAt(d, 8)).toEqual({ line: 3, column: 1 });
  });

  it('counts astral characters (emoji) as two UTF-16 columns', () => {
    const d = doc('x\n😀 Путин');
    expect(positionAt(d, d.text.indexOf('П'))).toEqual({ line: 2, column: 4 });
  });

  it('clamps offsets outside the text', () => {
    const d = doc('ab\ncd');
    expect(positionAt(d, -5)).toEqual({ line: 1, column: 1 });
    expect(positionAt(d, 99)).toEqual({ line: 2, column: 3 });
    expect(positionAt(d, Number.NaN)).toEqual({ line: 1, column: 1 });
  });

  it('agrees with a naive count on many lines (binary search)', () => {
    const text = Array.from({ length: 300 }, (_, i) => 'x'.repeat(i % 7)).join('\n');
    const d = doc(text);
    for (let o = 0; o <= text.length; o += 13) {
      const before = text.slice(0, o);
      const line = before.split('\n').length;
      const column = o - (before.lastIndexOf('\n') + 1) + 1;
      expect(positionAt(d, o)).toEqual({ line, column });
    }
  });
});

describe('rangeOf', () => {
  it('gives an ESLint range with exclusive end column', () => {
    const d = doc('Title\r\nPutin met Japarov.');
    const start = d.text.indexOf('Putin');
    expect(rangeOf(d, { start, end: start + 5 })).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 6 });
  });
  it('spans lines', () => {
    const d = doc('ab\ncd');
    expect(rangeOf(d, { start: 1, end: 4 })).toEqual({ line: 1, column: 2, endLine: 2, endColumn: 2 });
  });
  it('never ends before it starts', () => {
    const d = doc('abc');
    expect(rangeOf(d, { start: 2, end: 1 })).toEqual({ line: 1, column: 3, endLine: 1, endColumn: 3 });
  });
});

describe('lineText and offsetAt', () => {
  it('returns lines without their breaks', () => {
    const d = doc('one\r\ntwo\rthree\n');
    expect([1, 2, 3, 4].map((l) => lineText(d, l))).toEqual(['one', 'two', 'three', '']);
    expect(lineText(d, 0)).toBe('');
    expect(lineText(d, 9)).toBe('');
  });
  it('inverts positionAt within a line', () => {
    const d = doc('one\r\ntwo😀x');
    for (let o = 0; o <= d.text.length; o++) {
      if (o === 4) continue; // between \r and \n: not addressable by line/column
      expect(offsetAt(d, positionAt(d, o))).toBe(o);
    }
  });
});
