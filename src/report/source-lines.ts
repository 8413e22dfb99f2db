// Line/column <-> offset arithmetic over a file's original text.
// Line breaks are CRLF, LF and lone CR, as in the document line index (src/document/lines.ts),
// so the lines shown here are the lines the diagnostics count. Columns are 1-based UTF-16
// code units, as in Diagnostic.

export interface SourceLines {
  readonly text: string;
  readonly lineCount: number;
  /** Text of a 1-based line without its line break, or undefined past the end. */
  line(lineNo: number): string | undefined;
  /** Offset of a 1-based line/column, clamped to the line's end (and the text's end). */
  offsetOf(lineNo: number, column: number): number;
  /** 1-based line/column of an offset (clamped into the text). */
  positionOf(offset: number): { line: number; column: number };
}

export function sourceLines(text: string): SourceLines {
  const starts = [0];
  const ends: number[] = [];
  // Most files end lines with \n alone: the native search is several times faster than a loop
  // (as in document/lines.ts).
  const lfOnly = text.indexOf('\r') === -1;
  for (let i = lfOnly ? text.indexOf('\n') : -1; i !== -1; i = text.indexOf('\n', i + 1)) {
    ends.push(i);
    starts.push(i + 1);
  }
  for (let i = 0; !lfOnly && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    ends.push(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    starts.push(i + 1);
  }
  ends.push(text.length);

  const lineEnd = (index: number): number => ends[index] ?? text.length;

  return {
    text,
    lineCount: starts.length,
    line(lineNo) {
      const start = starts[lineNo - 1];
      return start === undefined ? undefined : text.slice(start, lineEnd(lineNo - 1));
    },
    offsetOf(lineNo, column) {
      const index = Math.min(Math.max(lineNo, 1), starts.length) - 1;
      const start = starts[index] ?? 0;
      return Math.min(start + Math.max(column, 1) - 1, lineEnd(index));
    },
    positionOf(offset) {
      const clamped = Math.min(Math.max(offset, 0), text.length);
      // Binary search for the last line start <= offset.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= clamped) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: clamped - (starts[lo] ?? 0) + 1 };
    },
  };
}

/** Number of UTF-8 bytes of a string (reviewdog counts columns in bytes). */
export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
