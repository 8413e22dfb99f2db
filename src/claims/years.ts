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
