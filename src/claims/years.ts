// Years written in a sentence ("in 2016", "2016-yilda"): a claim may speak of them rather than of
// the article's date.
import type { Span } from '../types.js';

const YEAR = /(?<![\p{L}\p{N}.,])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;

export function yearsIn(text: string, span: Span): number[] {
  const out = new Set<number>();
  YEAR.lastIndex = 0;
  const s = text.slice(span.start, span.end);
  for (let m = YEAR.exec(s); m; m = YEAR.exec(s)) out.add(Number(m[1]));
  return [...out];
}

/** Each year written in the span, with where it starts in the text (every occurrence). */
export function yearMentionsIn(text: string, span: Span): Array<{ year: number; start: number }> {
  const out: Array<{ year: number; start: number }> = [];
  YEAR.lastIndex = 0;
  const s = text.slice(span.start, span.end);
  for (let m = YEAR.exec(s); m; m = YEAR.exec(s)) out.push({ year: Number(m[1]), start: span.start + m.index });
  return out;
}
