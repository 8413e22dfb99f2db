// Code frames on adversarial lines: a frame lays out only what it shows (line-layout.ts), and
// must show what a layout of the whole line shows; a megabyte line with thousands of problems
// must not cost a layout of the line per problem (the default report hung on such a line).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeFrame, FRAME_WIDTH, type CodeFrame, type FrameLocation, type FrameRow } from '../../src/report/code-frame.js';
import { LineLayout } from '../../src/report/line-layout.js';
import { sourceLines, type SourceLines } from '../../src/report/source-lines.js';
import { stylish } from '../../src/report/stylish.js';
import { compact } from '../../src/report/compact.js';
import { displayWidth, layoutLine, type Cell } from '../../src/report/text-width.js';
import type { Diagnostic, LintResult } from '../../src/types.js';

// The frame as it was drawn before windowing: the whole line laid out for every frame. The
// windowed frame must give the same rows.
function referenceFrame(lines: SourceLines, loc: FrameLocation, maxWidth = FRAME_WIDTH): CodeFrame | undefined {
  const target = lines.line(loc.line);
  if (target === undefined) return undefined;
  const cells = layoutLine(target);
  const startIdx = Math.max(loc.column - 1, 0);
  const endIdx = loc.endLine > loc.line ? target.length : Math.max(loc.endColumn - 1, startIdx);
  let col = 0;
  let s: number | undefined;
  let e: number | undefined;
  for (const cell of cells) {
    if (s === undefined && cell.end > startIdx) s = col;
    col += cell.width;
    if (cell.start < endIdx) e = col;
  }
  const start = s ?? col;
  const end = e === undefined || e <= start ? start + 1 : e;
  const width = Math.max(col, end);
  let win = { left: 0, right: maxWidth };
  if (width > maxWidth) {
    const left = Math.max(0, start - 24);
    const right = Math.min(width, left + maxWidth);
    win = { left: Math.max(0, right - maxWidth), right };
  }
  const render = (cs: Cell[]): string => {
    let c = 0;
    let out = '';
    let cl = false;
    let cr = false;
    let filled = win.left;
    for (const cell of cs) {
      const from = c;
      c += cell.width;
      if (from < win.left) cl = true;
      else if (c > win.right || (cell.width === 0 && from >= win.right)) cr = true;
      else {
        if (from > filled) out += ' '.repeat(from - filled);
        out += cell.text;
        filled = c;
      }
    }
    return `${win.left > 0 ? (cl ? '…' : ' ') : ''}${out}${cr ? '…' : ''}`;
  };
  const rows: FrameRow[] = [];
  const before = loc.line > 1 ? lines.line(loc.line - 1) : undefined;
  if (before !== undefined && before.trim() !== '') rows.push({ kind: 'context', lineNo: loc.line - 1, text: render(layoutLine(before)).trimEnd() });
  rows.push({ kind: 'target', lineNo: loc.line, text: render(cells).trimEnd() });
  const shift = win.left > 0 ? 1 : 0;
  const len = Math.max(1, Math.min(end, win.right) - start);
  rows.push({ kind: 'underline', text: `${' '.repeat(start - win.left + shift)}^${'~'.repeat(len - 1)}` });
  return { rows, gutterWidth: String(loc.line).length };
}

// Everything the layout treats specially, so checkpoints fall next to joiners, flags, tabs, VS16.
const PIECES = [
  'a', 'word ', 'Премьер ', '\t', '字', '東京', '🎉', '👩\u200d💻', '❤\ufe0f', '❤', '\ufe0f', '\u200d', '👍🏽', '🏽', '🇲🇩', '🇲',
  'e\u0301', '\u0301', '\u001b[31m', '\u0007', '\u009b', '\u202e', '\u2066', '\ud800', '\udc00', '\u00ad', ' ', '  ',
];
const lineArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((p) => p.join(''));

describe('code frames on long and unusual lines', () => {
  it('give the rows a layout of the whole line gives, wherever the checkpoints fall', () => {
    fc.assert(
      fc.property(lineArb, lineArb, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 8, max: 60 }), fc.boolean(),
        (before, target, a, b, spacing, maxWidth, multi) => {
          const lines = sourceLines(`${before}\n${target}\nnext`);
          const column = (a % (target.length + 2)) + 1;
          const endColumn = column + (b % (target.length + 2));
          const loc = { line: 2, column, endLine: multi ? 3 : 2, endColumn };
          const layoutOf = (n: number) => {
            const text = lines.line(n);
            return text === undefined ? undefined : new LineLayout(text, spacing);
          };
          expect(codeFrame(lines, loc, maxWidth, layoutOf)).toEqual(referenceFrame(lines, loc, maxWidth));
          expect(codeFrame(lines, loc, maxWidth)).toEqual(referenceFrame(lines, loc, maxWidth));
        }),
      { numRuns: 400 },
    );
  });

  it('give the same rows where a VS16 sits at the span or at the left edge of the window', () => {
    // A layout never stops before a VS16: cells skipped on the way to a span or a window's left
    // edge must not swallow one that is shown (cases random seeds found).
    const cores = ['\ufe0fa', '🇲\ufe0f', '🎉\ufe0f', '❤\ufe0f', 'a\ufe0f\ufe0f\ufe0f', '❤\ufe0f\ufe0f字', '字\ufe0f❤\ufe0fa', '\t\ufe0f', 'ab\t\ufe0f', 'abc\t\ufe0f'];
    for (const core of cores) {
      // A span on the core, or up to 40 columns after it: a frame crops the line 24 columns
      // before its span, so the window's left edge passes over the core too.
      for (const pad of [0, 1, 2, 3]) {
        for (const target of [`${'a'.repeat(pad)}${core}${'b'.repeat(40)}`, `${'字'.repeat(pad)}${core}tail${'字'.repeat(18)}`]) {
          const lines = sourceLines(`${target}\n${target}\nnext`);
          for (let column = 1; column <= target.length + 1; column++) {
            for (const maxWidth of [8, 9]) {
              for (const multi of [false, true]) {
                const loc = { line: 2, column, endLine: multi ? 3 : 2, endColumn: column + 1 };
                const layoutOf = (n: number) => {
                  const text = lines.line(n);
                  return text === undefined ? undefined : new LineLayout(text, 1 + (pad % 3));
                };
                expect(codeFrame(lines, loc, maxWidth, layoutOf), JSON.stringify([target, column, maxWidth, multi])).toEqual(referenceFrame(lines, loc, maxWidth));
              }
            }
          }
        }
      }
    }
  });

  it('draw a problem in the middle of a long line as before, cropped with ellipses', () => {
    const line = `${'Putin met Japarov in Moscow on Tuesday, 8 May. '.repeat(400)}`;
    const lines = sourceLines(`Before.\n${line}`);
    for (const column of [1, 30, 9000, line.length - 5, line.length + 1]) {
      const loc = { line: 2, column, endLine: 2, endColumn: column + 7 };
      expect(codeFrame(lines, loc)).toEqual(referenceFrame(lines, loc));
    }
  });

  it('report thousands of problems on a megabyte line, after a megabyte line, in one test timeout', () => {
    const sentence = 'Putin met Japarov in Moscow on Tuesday, 8 May. ';
    const count = 20_000;
    const line = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const text = `${line}\n${line}\n`;
    const messages: Diagnostic[] = [];
    for (let k = 0; k < count; k++) {
      const column = Math.floor((k * line.length) / count) + 1;
      messages.push({ ruleId: 'date-weekday', severity: 2, message: 'not a Tuesday', line: 2, column, endLine: 2, endColumn: column + 7 });
    }
    const result: LintResult = { filePath: 'long.en.md', messages, errorCount: count, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 } as LintResult;
    const out = stylish([result], { cwd: process.cwd(), color: false, rules: [], version: '0', readSource: () => text });
    const rows = out.split('\n');
    expect(rows.filter((r) => r.startsWith('long.en.md:2:'))).toHaveLength(count);
    // Every frame row stays within the frame: gutter, ellipses and a hundred columns.
    for (const r of rows) expect(displayWidth(r)).toBeLessThanOrEqual(FRAME_WIDTH + 20);
    expect(compact([result], { cwd: process.cwd(), color: false, rules: [], version: '0', readSource: () => text }).split('\n')).toHaveLength(count + 1);
  });
});
