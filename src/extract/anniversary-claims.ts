// Anniversaries: "the 20th anniversary of the Kant air base", "20-летие авиабазы Кант",
// "der 20. Jahrestag des Unionsvertrags", "HUT ke-20 pangkalan udara Kant". The thing's date
// (opening, founding, signing) is the year of the anniversary minus the count: the article's year
// (a year written in the sentence is usually the thing's own date, "opened on 23 October 2003").
// A country is never the thing (its dates are of relations). Patterns are language data (grammar.json → anniversaries,
// regular expressions with the count as their first group).
import { grammarOf } from './grammar.js';
import { perLanguage } from '../language/pack.js';
import type { Span } from '../types.js';
import type { NameMatch } from './names.js';
import type { Token } from './tokens.js';

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
  ((grammarOf(lang) as { anniversaries?: string[] }).anniversaries ?? []).map((p) => new RegExp(p, 'giu')));

export interface AnniversaryContext {
  text: string;
  sentence: Span;
  tokens: Token[];
  /** Entities and heads of the sentence that have dates in the fact set. */
  subjects: NameMatch[];
  lang: string;
  date: string | undefined;
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
      const after = ctx.subjects.filter((s) => s.entityType !== 'country' && s.form === 'name' && s.span.start >= end && s.span.start - end <= 40)
        .sort((a, b) => a.span.start - b.span.start)[0];
      if (!after || !ctx.date) continue;
      const year = Number(ctx.date.slice(0, 4));
      out.push({
        subject: after.entityId, count, year, yearWritten: false,
        span: { start: ctx.sentence.start + m.index, end: after.span.end }, subjectSpan: after.span,
      });
    }
  }
  return out;
}
