// Years written in a sentence ("in 2016", "2016-yilda"): a claim may speak of them rather than of
// the article's date.
import type { Span } from '../types.js';

const YEAR = /(?<![\p{L}\p{N}.,])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;

/** The distinct years written in the span, in order of first appearance. */
export function yearsIn(text: string, span: Span): number[] {
  return [...new Set(yearMentionsIn(text, span).map((y) => y.year))];
}

/** Each year written in the span, with where it starts in the text (every occurrence). */
export function yearMentionsIn(text: string, span: Span): Array<{ year: number; start: number }> {
  const out: Array<{ year: number; start: number }> = [];
  YEAR.lastIndex = 0;
  const s = text.slice(span.start, span.end);
  for (let m = YEAR.exec(s); m; m = YEAR.exec(s)) out.push({ year: Number(m[1]), start: span.start + m.index });
  return out;
}

/**
 * The distinct years a claim may speak of: the sentence's, but for those in an aside that another
 * person's name opens ("Rahmon, in power since 1992, overtakes President Nazarbayev": 1992 is
 * Rahmon's, not a time of Nazarbayev's presidency). `others`: the spans of people named other
 * than the claim's; the claim's own span stays outside the aside.
 */
export function yearsOutsideAsides(text: string, span: Span, claim: Span, others: readonly Span[]): number[] {
  const ys = yearMentionsIn(text, span);
  if (ys.length === 0 || others.length === 0) return [...new Set(ys.map((y) => y.year))];
  const kept = ys.filter((y) => {
    const open = text.lastIndexOf(',', y.start);
    if (open < span.start) return true;
    let close = text.indexOf(',', y.start);
    if (close < 0 || close > span.end) close = span.end;
    if (claim.start >= open && claim.start < close) return true;
    const before = text.slice(span.start, open).trimEnd().length + span.start;
    return !others.some((o) => o.end === before);
  });
  return [...new Set(kept.map((y) => y.year))];
}
