// A code frame: the line before, the line with the problem, and an underline under the span,
// measured in display columns (see text-width.ts) and cropped around the span when long.
import type { SourceLines } from './source-lines.js';
import { layoutLine, type Cell } from './text-width.js';

export interface FrameLocation {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FrameRow {
  kind: 'context' | 'target' | 'underline';
  /** Line number shown in the gutter (none on the underline row). */
  lineNo?: number;
  text: string;
}

export interface CodeFrame {
  rows: FrameRow[];
  /** Width of the widest line number, for the gutter. */
  gutterWidth: number;
}

/** Display columns shown of a long line; the rest is cropped with an ellipsis. */
export const FRAME_WIDTH = 100;
/** Columns kept left of the span when cropping. */
const LEFT_CONTEXT = 24;
const ELLIPSIS = '…';

interface Window {
  left: number;
  right: number;
}

function lineWidth(cells: Cell[]): number {
  let w = 0;
  for (const c of cells) w += c.width;
  return w;
}

/**
 * Renders the cells that fit entirely inside [left, right), marking cropped sides. The text
 * starts at display column `left` (after one column of ellipsis or blank when left > 0), so
 * a wide glyph cut by the left edge leaves blanks rather than shifting the line.
 */
function renderWindow(cells: Cell[], win: Window): string {
  let col = 0;
  let out = '';
  let croppedLeft = false;
  let croppedRight = false;
  let filled = win.left;
  for (const cell of cells) {
    const from = col;
    col += cell.width;
    if (from < win.left) {
      croppedLeft = true;
    } else if (col > win.right || (cell.width === 0 && from >= win.right)) {
      croppedRight = true;
    } else {
      if (from > filled) out += ' '.repeat(from - filled);
      out += cell.text;
      filled = col;
    }
  }
  const lead = win.left > 0 ? (croppedLeft ? ELLIPSIS : ' ') : '';
  return `${lead}${out}${croppedRight ? ELLIPSIS : ''}`;
}

/** Display columns [start, end) of the span on its first line; end is the line's width for multi-line spans. */
function spanColumns(cells: Cell[], startIdx: number, endIdx: number): { start: number; end: number } {
  let col = 0;
  let start: number | undefined;
  let end: number | undefined;
  for (const cell of cells) {
    if (start === undefined && cell.end > startIdx) start = col;
    col += cell.width;
    if (cell.start < endIdx) end = col;
  }
  const s = start ?? col; // span starts at the end of the line
  const e = end === undefined || end <= s ? s + 1 : end;
  return { start: s, end: e };
}

export function codeFrame(lines: SourceLines, loc: FrameLocation, maxWidth = FRAME_WIDTH): CodeFrame | undefined {
  const target = lines.line(loc.line);
  if (target === undefined) return undefined;
  const cells = layoutLine(target);
  const startIdx = Math.max(loc.column - 1, 0);
  const endIdx = loc.endLine > loc.line ? target.length : Math.max(loc.endColumn - 1, startIdx);
  const span = spanColumns(cells, startIdx, endIdx);

  const width = Math.max(lineWidth(cells), span.end);
  // The same window crops the line before, so both stay aligned column for column.
  let win: Window = { left: 0, right: maxWidth };
  if (width > maxWidth) {
    const left = Math.max(0, span.start - LEFT_CONTEXT);
    const right = Math.min(width, left + maxWidth);
    win = { left: Math.max(0, right - maxWidth), right };
  }
  const shift = win.left > 0 ? 1 : 0; // the ellipsis (or its blank) before cropped text
  const underlineStart = span.start - win.left + shift;
  const underlineLength = Math.max(1, Math.min(span.end, win.right) - span.start);

  const rows: FrameRow[] = [];
  // A blank line before (the usual paragraph break in Markdown) says nothing: leave it out.
  const before = loc.line > 1 ? lines.line(loc.line - 1) : undefined;
  if (before !== undefined && before.trim() !== '') {
    rows.push({ kind: 'context', lineNo: loc.line - 1, text: renderWindow(layoutLine(before), win).trimEnd() });
  }
  rows.push({ kind: 'target', lineNo: loc.line, text: renderWindow(cells, win).trimEnd() });
  rows.push({ kind: 'underline', text: `${' '.repeat(underlineStart)}^${'~'.repeat(underlineLength - 1)}` });
  return { rows, gutterWidth: String(loc.line).length };
}
