// Line index of a document: offsets <-> 1-based line/column (UTF-16 code units, as ESLint).
//
// Line breaks are CRLF, lone LF and lone CR — the ones git, GitHub annotations and SARIF
// viewers count. U+2028/U+2029 are NOT line breaks here (ESLint counts them, but they are
// rare in articles and counting them would shift every later line in the other tools).
import type { Position, SourceDocument, Span } from '../types.js';

type Indexed = Pick<SourceDocument, 'text' | 'lineStarts'>;

/** Offsets of the first character of every line; line 1 starts at 0. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // Most files end lines with \n alone: the native search is several times faster than a loop.
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) starts.push(i + 1);
    else if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line of an offset. */
export function lineOfOffset(starts: readonly number[], offset: number): number {
  return lineIndexAt(starts, offset) + 1;
}

/** Index of the line (0-based) holding `offset`: the last line start <= offset. */
function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * 1-based line and column of an offset. Offsets outside the text are clamped to it, so a
 * span ending at text.length maps to the column just past the last character.
 */
export function positionAt(doc: Indexed, offset: number): Position {
  const o = Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), doc.text.length) : 0;
  const idx = lineIndexAt(doc.lineStarts, o);
  return { line: idx + 1, column: o - doc.lineStarts[idx]! + 1 };
}

/** ESLint range of a span: 1-based lines and columns, endColumn exclusive. */
export function rangeOf(doc: Indexed, span: Span): { line: number; column: number; endLine: number; endColumn: number } {
  const start = positionAt(doc, span.start);
  const end = positionAt(doc, Math.max(span.start, span.end));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Offset of the first character of a 1-based line and column (inverse of positionAt), clamped. */
export function offsetAt(doc: Indexed, pos: Position): number {
  const idx = Math.min(Math.max(pos.line, 1), doc.lineStarts.length) - 1;
  const start = doc.lineStarts[idx]!;
  return Math.min(start + Math.max(pos.column - 1, 0), lineEnd(doc, idx));
}

/** Offset of the end of line `idx` (0-based), before its line break. */
function lineEnd(doc: Indexed, idx: number): number {
  const next = doc.lineStarts[idx + 1];
  if (next === undefined) return doc.text.length;
  let end = next;
  if (doc.text.charCodeAt(end - 1) === 10) end--;
  if (doc.text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** Text of a 1-based line without its line break; '' for lines outside the document. */
export function lineText(doc: Indexed, line: number): string {
  const idx = line - 1;
  if (!Number.isInteger(idx) || idx < 0 || idx >= doc.lineStarts.length) return '';
  return doc.text.slice(doc.lineStarts[idx]!, lineEnd(doc, idx));
}
