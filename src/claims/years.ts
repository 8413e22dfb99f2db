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

/** How far around a year an aside's commas are looked for. */
const ASIDE_REACH = 200;

/**
 * The distinct years a claim may speak of: the sentence's (`years`, each occurrence with where it
 * starts), but for those in an aside that another person's name opens ("Rahmon, in power since
 * 1992, overtakes President Nazarbayev": 1992 is Rahmon's, not a time of Nazarbayev's presidency).
 * `others`: the spans of people named other than the claim's; the claim stays outside the aside.
 */
export function yearsOutsideAsides(text: string, span: Span, claim: Span, years: ReadonlyArray<{ year: number; start: number }>, others: readonly Span[]): number[] {
  if (years.length === 0 || others.length === 0) return [...new Set(years.map((y) => y.year))];
  const kept = years.filter((y) => {
    const from = Math.max(span.start, y.start - ASIDE_REACH);
    const open = text.slice(from, y.start).lastIndexOf(',');
    if (open < 0) return true;
    const openAt = from + open;
    const rest = text.slice(y.start, Math.min(span.end, y.start + ASIDE_REACH));
    const close = rest.indexOf(',') < 0 ? Math.min(span.end, y.start + ASIDE_REACH) : y.start + rest.indexOf(',');
    if (claim.start >= openAt && claim.start < close) return true;
    const before = text.slice(Math.max(span.start, openAt - ASIDE_REACH), openAt).trimEnd().length + Math.max(span.start, openAt - ASIDE_REACH);
    return !others.some((o) => o.end === before);
  });
  return [...new Set(kept.map((y) => y.year))];
}
