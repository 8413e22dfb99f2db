// A code frame: the line before, the line with the problem, and an underline under the span,
// measured in display columns (see text-width.ts) and cropped around the span when long.
import type { SourceLines } from './source-lines.js';
import { lineLayout, type LineLayout, type WindowCells } from './line-layout.js';

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

/**
 * Renders the cells that fit entirely inside [left, right), marking cropped sides. The text
 * starts at display column `left` (after one column of ellipsis or blank when left > 0), so
 * a wide glyph cut by the left edge leaves blanks rather than shifting the line.
 */
function renderWindow({ cells, before, after }: WindowCells, win: Window): string {
  let out = '';
  let croppedLeft = before;
  let croppedRight = after;
  let filled = win.left;
  for (const cell of cells) {
    const from = cell.column;
    const col = from + cell.width;
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
function spanColumns(layout: LineLayout, startIdx: number, endIdx: number): { start: number; end: number } {
  const s = layout.cellAt(startIdx)?.column ?? layout.width; // past the end: the span starts at the end of the line
  // The end of the last cell starting before endIdx: the cell holding endIdx - 1.
  const last = endIdx > 0 ? layout.cellAt(Math.min(endIdx, layout.text.length) - 1) : undefined;
  const end = last ? last.column + last.width : undefined;
  const e = end === undefined || end <= s ? s + 1 : end;
  return { start: s, end: e };
}

/**
 * `layoutOf` gives the layout of a line, made once per line: a frame lays out only the columns
 * it shows (see line-layout.ts), so many frames on one long line stay cheap.
 */
export function codeFrame(
  lines: SourceLines,
  loc: FrameLocation,
  maxWidth = FRAME_WIDTH,
  layoutOf: (lineNo: number) => LineLayout | undefined = (n) => lineLayout(lines, n),
): CodeFrame | undefined {
  const layout = layoutOf(loc.line);
  if (layout === undefined) return undefined;
  const startIdx = Math.max(loc.column - 1, 0);
  const endIdx = loc.endLine > loc.line ? layout.text.length : Math.max(loc.endColumn - 1, startIdx);
  const span = spanColumns(layout, startIdx, endIdx);

  const left = Math.max(0, span.start - LEFT_CONTEXT);
  // The line's width matters only up to left + maxWidth (whether to crop, and where the window
  // ends), so the line is not laid out beyond that.
  const width = Math.max(layout.widthBeyond(left + maxWidth), span.end);
  // The same window crops the line before, so both stay aligned column for column.
  let win: Window = { left: 0, right: maxWidth };
  if (width > maxWidth) {
    const right = Math.min(width, left + maxWidth);
    win = { left: Math.max(0, right - maxWidth), right };
  }
  const shift = win.left > 0 ? 1 : 0; // the ellipsis (or its blank) before cropped text
  const underlineStart = span.start - win.left + shift;
  const underlineLength = Math.max(1, Math.min(span.end, win.right) - span.start);

  const rows: FrameRow[] = [];
  // A blank line before (the usual paragraph break in Markdown) says nothing: leave it out.
  const before = loc.line > 1 ? layoutOf(loc.line - 1) : undefined;
  if (before !== undefined && !before.blank) {
    rows.push({ kind: 'context', lineNo: loc.line - 1, text: renderWindow(before.window(win.left, win.right), win).trimEnd() });
  }
  rows.push({ kind: 'target', lineNo: loc.line, text: renderWindow(layout.window(win.left, win.right), win).trimEnd() });
  rows.push({ kind: 'underline', text: `${' '.repeat(underlineStart)}^${'~'.repeat(underlineLength - 1)}` });
  return { rows, gutterWidth: String(loc.line).length };
}
