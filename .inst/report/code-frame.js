import { layoutLine } from './text-width.js';
/** Display columns shown of a long line; the rest is cropped with an ellipsis. */
export const FRAME_WIDTH = 100;
/** Columns kept left of the span when cropping. */
const LEFT_CONTEXT = 24;
const ELLIPSIS = '…';
function lineWidth(cells) {
    let w = 0;
    for (const c of cells)
        w += c.width;
    return w;
}
/**
 * Renders the cells that fit entirely inside [left, right), marking cropped sides. The text
 * starts at display column `left` (after one column of ellipsis or blank when left > 0), so
 * a wide glyph cut by the left edge leaves blanks rather than shifting the line.
 */
function renderWindow(cells, win) {
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
        }
        else if (col > win.right || (cell.width === 0 && from >= win.right)) {
            croppedRight = true;
        }
        else {
            if (from > filled)
                out += ' '.repeat(from - filled);
            out += cell.text;
            filled = col;
        }
    }
    const lead = win.left > 0 ? (croppedLeft ? ELLIPSIS : ' ') : '';
    return `${lead}${out}${croppedRight ? ELLIPSIS : ''}`;
}
/** Display columns [start, end) of the span on its first line; end is the line's width for multi-line spans. */
function spanColumns(cells, startIdx, endIdx) {
    let col = 0;
    let start;
    let end;
    for (const cell of cells) {
        if (start === undefined && cell.end > startIdx)
            start = col;
        col += cell.width;
        if (cell.start < endIdx)
            end = col;
    }
    const s = start ?? col; // span starts at the end of the line
    const e = end === undefined || end <= s ? s + 1 : end;
    return { start: s, end: e };
}
export function codeFrame(lines, loc, maxWidth = FRAME_WIDTH) {
    const target = lines.line(loc.line);
    if (target === undefined)
        return undefined;
    const cells = layoutLine(target);
    const startIdx = Math.max(loc.column - 1, 0);
    const endIdx = loc.endLine > loc.line ? target.length : Math.max(loc.endColumn - 1, startIdx);
    const span = spanColumns(cells, startIdx, endIdx);
    const width = Math.max(lineWidth(cells), span.end);
    // The same window crops the line before, so both stay aligned column for column.
    let win = { left: 0, right: maxWidth };
    if (width > maxWidth) {
        const left = Math.max(0, span.start - LEFT_CONTEXT);
        const right = Math.min(width, left + maxWidth);
        win = { left: Math.max(0, right - maxWidth), right };
    }
    const shift = win.left > 0 ? 1 : 0; // the ellipsis (or its blank) before cropped text
    const underlineStart = span.start - win.left + shift;
    const underlineLength = Math.max(1, Math.min(span.end, win.right) - span.start);
    const rows = [];
    // A blank line before (the usual paragraph break in Markdown) says nothing: leave it out.
    const before = loc.line > 1 ? lines.line(loc.line - 1) : undefined;
    if (before !== undefined && before.trim() !== '') {
        rows.push({ kind: 'context', lineNo: loc.line - 1, text: renderWindow(layoutLine(before), win).trimEnd() });
    }
    rows.push({ kind: 'target', lineNo: loc.line, text: renderWindow(cells, win).trimEnd() });
    rows.push({ kind: 'underline', text: `${' '.repeat(underlineStart)}^${'~'.repeat(underlineLength - 1)}` });
    return { rows, gutterWidth: String(loc.line).length };
}
