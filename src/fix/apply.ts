// Applying the fixes diagnostics carry to a document's text. Pure.
// Fixes are taken in order of position; one that overlaps a fix already taken is skipped (its
// problem stays in the report). The fixed text is built in one pass over the sorted fixes and
// remaining problems are moved by binary search, so the work is linear in the fixes (an article
// with 60 000 fixes took minutes when each fix re-spliced the whole text).
import { lineStarts, positionAt } from '../document/lines.js';
import type { Diagnostic } from '../types.js';

export interface FixOutcome {
  /** The text with the fixes applied (BOM-less, like the input). */
  output: string;
  /** Diagnostics whose fix was applied. */
  fixed: Diagnostic[];
  /** Diagnostics still standing, positions moved to the fixed text. */
  remaining: Diagnostic[];
}

type Fixable = Diagnostic & { fix: NonNullable<Diagnostic['fix']> };

function validFix(m: Diagnostic, length: number): m is Fixable {
  if (!m.fix) return false;
  const [a, b] = m.fix.range;
  return Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b <= length;
}

export function applyFixes(text: string, messages: Diagnostic[]): FixOutcome {
  const candidates = messages.filter((m): m is Fixable => validFix(m, text.length))
    .sort((x, y) => x.fix.range[0] - y.fix.range[0] || x.fix.range[1] - y.fix.range[1]);
  const taken: Fixable[] = [];
  let lastEnd = -1;
  for (const m of candidates) {
    const [a, b] = m.fix.range;
    // Touching ranges are fine, except two insertions at one point (their order would be a guess).
    if (a < lastEnd || (a === lastEnd && a === b && taken.at(-1)?.fix.range[0] === a)) continue;
    taken.push(m);
    lastEnd = b;
  }
  if (taken.length === 0) return { output: text, fixed: [], remaining: messages };
  const output = spliceAll(text, taken);
  const fixedSet = new Set<Diagnostic>(taken);
  const shift = offsetMapper(taken);
  const oldStarts = lineStarts(text);
  const fixedDoc = { text: output, lineStarts: lineStarts(output) };
  const remaining = messages.filter((m) => !fixedSet.has(m)).map((m) => moved(m, shift, oldStarts, fixedDoc));
  return { output, fixed: taken, remaining };
}

/** `text` with the taken fixes (sorted, non-overlapping) in place of their ranges, in one pass. */
function spliceAll(text: string, taken: Fixable[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const { fix } of taken) {
    parts.push(text.slice(at, fix.range[0]), fix.text);
    at = fix.range[1];
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Maps an offset in the old text to the new text: shifted by the length change of fixes before it.
 * An end offset (`isEnd`) stays before an insertion made exactly there, a start offset after it.
 * An offset inside a replaced range goes to the end of its replacement.
 */
function offsetMapper(taken: Fixable[]): (offset: number, isEnd?: boolean) => number {
  // delta[k]: the length change of the first k fixes. Ends are non-decreasing (fixes do not overlap).
  const delta = [0];
  for (const m of taken) delta.push(delta.at(-1)! + m.fix.text.length - (m.fix.range[1] - m.fix.range[0]));
  return (offset, isEnd = false) => {
    // k: how many fixes end at or before `offset`.
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]!.fix.range[1] <= offset) lo = mid + 1;
      else hi = mid;
    }
    const k = lo;
    if (isEnd && k > 0) {
      const [a, b] = taken[k - 1]!.fix.range;
      // An insertion right at an end offset comes after it (only the last such fix can be one).
      if (a === b && a === offset) return offset + delta[k - 1]!;
    }
    const next = taken[k];
    if (next && next.fix.range[0] < offset) return next.fix.range[0] + next.fix.text.length + delta[k]!;
    return offset + delta[k]!;
  };
}

/** A remaining diagnostic re-positioned in the fixed text (spans and fixes moved with it). */
function moved(m: Diagnostic, shift: (o: number, isEnd?: boolean) => number, oldStarts: number[], fixedDoc: { text: string; lineStarts: number[] }): Diagnostic {
  const start = m.span?.start ?? (oldStarts[m.line - 1] ?? 0) + m.column - 1;
  const end = m.span?.end ?? (oldStarts[m.endLine - 1] ?? 0) + m.endColumn - 1;
  const s = shift(start);
  const e = Math.max(s, shift(end, true));
  const from = positionAt(fixedDoc, s);
  const to = positionAt(fixedDoc, e);
  const out: Diagnostic = { ...m, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  if (m.span) out.span = { start: s, end: e };
  if (m.fix) out.fix = { range: [shift(m.fix.range[0]), Math.max(shift(m.fix.range[0]), shift(m.fix.range[1], true))], text: m.fix.text };
  return out;
}
