// factlint offsets and 1-based line/columns -> LSP positions (0-based lines, UTF-16 characters).
// Pure. factlint already counts columns in UTF-16 code units and breaks lines at CRLF, LF and
// lone CR (src/document/lines.ts), which are exactly the LSP's rules, so the conversion is a
// change of origin plus one correction: the engine lints the text with a leading BOM removed,
// while an editor may keep U+FEFF in its buffer, shifting every offset on the first line by one.
import type { Position, Range } from 'vscode-languageserver';
import { lineOfOffset, lineStarts } from '../document/lines.js';
import type { Diagnostic, Span } from '../types.js';

/** The editor's text indexed for conversions: its line starts and how far the engine's offsets lag. */
export interface TextIndex {
  text: string;
  lineStarts: number[];
  /** 1 when the editor text begins with U+FEFF (the engine's offsets start after it), else 0. */
  shift: number;
}

export function indexText(text: string): TextIndex {
  return { text, lineStarts: lineStarts(text), shift: text.charCodeAt(0) === 0xfeff ? 1 : 0 };
}

/** LSP position of an offset into the editor text, clamped to the text. */
export function positionOf(ix: TextIndex, offset: number): Position {
  const o = Math.min(Math.max(Math.trunc(Number.isFinite(offset) ? offset : 0), 0), ix.text.length);
  const line = lineOfOffset(ix.lineStarts, o) - 1;
  return { line, character: o - ix.lineStarts[line]! };
}

/** Offset into the editor text of an LSP position; a character past the line's end stops at it. */
export function offsetOf(ix: TextIndex, pos: Position): number {
  const line = Math.min(Math.max(pos.line, 0), ix.lineStarts.length - 1);
  const start = ix.lineStarts[line]!;
  let end = ix.lineStarts[line + 1] ?? ix.text.length;
  if (end > start && ix.text.charCodeAt(end - 1) === 10) end--;
  if (end > start && ix.text.charCodeAt(end - 1) === 13) end--;
  return Math.min(start + Math.max(pos.character, 0), end);
}

/** LSP range of a span of the engine's text (offsets into the BOM-less text). */
export function rangeOfSpan(ix: TextIndex, span: Span): Range {
  return { start: positionOf(ix, span.start + ix.shift), end: positionOf(ix, Math.max(span.start, span.end) + ix.shift) };
}

/** LSP position of a 1-based factlint line and column (columns of the engine's text). */
export function positionOfLineColumn(ix: TextIndex, line: number, column: number): Position {
  const l = Math.max(line - 1, 0);
  const character = Math.max(column - 1, 0) + (l === 0 ? ix.shift : 0);
  return { line: l, character };
}

/**
 * The range of a diagnostic: its span when it has one (rule findings), else its line and column
 * range (file errors, unsupported language, cross-article records).
 */
export function rangeOfDiagnostic(ix: TextIndex, d: Pick<Diagnostic, 'span' | 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  if (d.span) return rangeOfSpan(ix, d.span);
  return { start: positionOfLineColumn(ix, d.line, d.column), end: positionOfLineColumn(ix, d.endLine, d.endColumn) };
}

/** Whether `pos` lies in `range` (its end included, so a cursor just after a word still hovers it). */
export function contains(range: Range, pos: Position): boolean {
  const afterStart = pos.line > range.start.line || (pos.line === range.start.line && pos.character >= range.start.character);
  const beforeEnd = pos.line < range.end.line || (pos.line === range.end.line && pos.character <= range.end.character);
  return afterStart && beforeEnd;
}
