// Anniversaries: "the 20th anniversary of the Kant air base", "20-летие авиабазы Кант",
// "der 20. Jahrestag des Unionsvertrags", "HUT ke-20 pangkalan udara Kant". The thing's date
// (opening, founding, signing) is the year of the anniversary minus the count: the article's year
// (a year written in the sentence is usually the thing's own date, "opened on 23 October 2003").
// A country is never the thing (its dates are of relations). Patterns are language data (grammar.json → anniversaries,
// regular expressions with the count as their first group).
import { articleWordsOf, grammarOf, joinerWordsOf } from './grammar.js';
import { perLanguage } from '../language/pack.js';
import type { Span } from '../types.js';
import type { NameMatch } from './names.js';
import { foldWord, type Token } from './tokens.js';

export interface AnniversaryClaim {
  subject: string;
  /** The count ("20th"). */
  count: number;
  /** The year the anniversary falls in. */
  year: number;
  yearWritten: boolean;
  span: Span;
  subjectSpan: Span;
}

const patternsOf = perLanguage((lang): RegExp[] =>
  (grammarOf(lang).anniversaries ?? []).map((p) => new RegExp(p, 'giu')));

/** Whether an anniversary ("30th anniversary of", "30-летие", "peringatan 30 tahun") is written in text[from, to). */
export function anniversaryWithin(text: string, from: number, to: number, lang: string): boolean {
  const part = text.slice(from, to);
  return patternsOf(lang).some((re) => {
    re.lastIndex = 0;
    return re.test(part);
  });
}

export interface AnniversaryContext {
  text: string;
  sentence: Span;
  tokens: Token[];
  /** Entities and heads of the sentence that have dates in the fact set. */
  subjects: NameMatch[];
  /** Country adjectives of the sentence: they may stand between ("the 25th anniversary of the Russian Kant air base"). */
  adjectives?: NameMatch[];
  lang: string;
  date: string | undefined;
}

/** The text between two offsets with the country adjectives in it blanked out. */
function withoutAdjectives(ctx: AnniversaryContext, from: number, to: number): string {
  let gap = ctx.text.slice(from, to);
  for (const a of ctx.adjectives ?? []) {
    if (a.span.start >= from && a.span.end <= to) gap = gap.slice(0, a.span.start - from) + ' '.repeat(a.span.end - a.span.start) + gap.slice(a.span.end - from);
  }
  return gap;
}

/** The text between an anniversary and its thing without articles and joiners ("of the", "des", "авиабазы" stays). */
function stripJoiners(gap: string, lang: string): string {
  const articles = articleWordsOf(lang);
  const joiners = joinerWordsOf(lang);
  return gap.split(/([\s\u00a0]+)/u).filter((w) => !articles.has(foldWord(w)) && !joiners.has(foldWord(w))).join('');
}

export function extractAnniversaryClaims(ctx: AnniversaryContext): AnniversaryClaim[] {
  const out: AnniversaryClaim[] = [];
  const body = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
  for (const re of patternsOf(ctx.lang)) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const count = Number(m[1]);
      if (!(count > 0)) continue;
      const end = ctx.sentence.start + m.index + m[0].length;
      // The thing: the first dated name within a few words after the pattern.
      // The thing is what the anniversary is of: named right after it, with only articles and
      // joiners between ("the 20th anniversary of the Kant air base"), never further on ("the 80th
      // anniversary of the Victory, CIS leaders …").
      const after = ctx.subjects.filter((s) => s.entityType !== 'country' && s.form === 'name' && s.span.start >= end
        && /^[\s\u00a0]*$/u.test(stripJoiners(withoutAdjectives(ctx, end, s.span.start), ctx.lang)))
        .sort((a, b) => a.span.start - b.span.start)[0];
      if (!after || !ctx.date) continue;
      const year = Number(ctx.date.slice(0, 4));
      // A later year written in the sentence may be the anniversary's own ("In 2023, Russia marked
      // …", "… falls in 2027"): the count is then from an unknown year. The thing's own year
      // ("opened on 23 October 2003") is earlier and leaves the claim checkable.
      const written = [...body.matchAll(/(?<!\d)((?:1[89]|20)\d\d)(?!\d)/gu)].map((x) => Number(x[1]));
      if (written.some((y) => y !== year && y > year - count + 1)) continue;
      out.push({
        subject: after.entityId, count, year, yearWritten: false,
        span: { start: ctx.sentence.start + m.index, end: after.span.end }, subjectSpan: after.span,
      });
    }
  }
  return out;
}
