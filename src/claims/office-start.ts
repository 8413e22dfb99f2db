// "Akylbek Japarov was appointed chairman of the cabinet on 12 October 2021", "wurde 2019 zum
// Präsidenten gewählt", "избран президентом в 2021 году": a predicate of taking up a post, in a
// clause that writes one date or one year, says when the term began. Without this the
// appointment's qualifier reads the claim as "at some time", and a wrong date passes.
import type { SentenceAnnotation } from '../annotate/sentence.js';
import type { CalendarDate } from '../language/dates.js';
import { addDays } from '../facts/time.js';
import { articleWordsOf } from '../extract/grammar.js';
import { foldWord } from '../extract/tokens.js';
import { nearArticleDate } from '../rules/office-holder.js';
import type { OfficeClaim, Span } from '../types.js';
import type { Window } from './frame.js';
import { yearMentionsIn } from './years.js';

/** A post is taken up a little after the day the clause names: an inauguration after the election, approval after the decree. */
const START_DAYS = 120;
/** A day or two before it too: the decree dated the evening before, the report of the morning after. */
const EARLY_DAYS = 3;
/** How far from the claim (in characters) a year of its clause is looked for. */
const YEAR_REACH = 300;

export interface OfficeStart {
  /** The time the term must touch: from the written day (or year) to START_DAYS after it. */
  window: Window;
  /** The day or year as written, for the report ("2019-10-12", "2019"); none when the clause writes no time. */
  written?: string;
}

/** "after the 2018 election", "the 2021 vote": a year right after one of the language's articles names something of that year. */
function attributive(text: string, at: number, articles: ReadonlySet<string>): boolean {
  const before = /(\p{L}+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, at - 12), at));
  return !!before && articles.has(foldWord(before[1]!));
}

/**
 * The start the clause gives a predicate claim, or undefined: not a predicate, a tenure's "since"
 * (checked on its own), no start word in the clause, or more than one time in it (a second date
 * may date anything else the clause says). No time at all: from the article's date to
 * START_DAYS after it.
 */
export function officeStart(
  claim: OfficeClaim, annotation: SentenceAnnotation, text: string, sentence: Span, dates: readonly CalendarDate[],
): OfficeStart | undefined {
  if (claim.via !== 'predicate' || claim.since !== undefined) return undefined;
  const clause = annotation.clauseAt(claim.officeSpan.start);
  if (annotation.clauseAt(claim.personSpan.start) !== clause || !annotation.clausesWith('officeStart').has(clause)) return undefined;
  const at = claim.at;
  const near = (d: CalendarDate) => nearArticleDate(d.resolved, at);
  // Only a time joined to the predicate: no comma between it and the office. "Mishustin was
  // appointed prime minister … after Dmitry Medvedev, in office since 2012, resigned" and
  // «Мишустин, руководивший налоговой службой в 2010 году, был назначен …» date something else.
  const joined = (start: number, end: number) => {
    const a = Math.min(end, claim.officeSpan.start);
    const b = Math.max(start, Math.max(claim.officeSpan.end, claim.ofSpan?.end ?? 0));
    return !text.slice(a, b).includes(',');
  };
  const inClause = dates.filter((d) => annotation.clauseAt(d.span.start) === clause && joined(d.span.start, d.span.end));
  const days = new Set<string>();
  for (const d of inClause) {
    // A date the clause writes but whose day cannot be known leaves the start open.
    if (!d.resolved || !(d.yearExplicit || near(d))) return undefined;
    days.add(d.resolved);
  }
  // Years near the claim only: a run-on sentence of thousands of claims is not read again for each.
  const around = { start: Math.max(sentence.start, claim.span.start - YEAR_REACH), end: Math.min(sentence.end, claim.span.end + YEAR_REACH) };
  const years = new Set(yearMentionsIn(text, around)
    .filter((y) => annotation.clauseAt(y.start) === clause && joined(y.start, y.start + 4) && !dates.some((d) => y.start >= d.span.start && y.start < d.span.end)
      && !attributive(text, y.start, articleWordsOf(claim.lang)))
    .map((y) => y.year));
  // "Ваагн Хачатурян избран президентом Армении" in the election's report: no time written, the
  // term may begin some days after the article. Only a claim read at the article's date is moved
  // (a qualifier's reading, "назначенный", "former", already spans more).
  if (days.size + years.size === 0) {
    if (claim.tense !== 'current' || !at) return undefined;
    return { window: { start: at, end: addDays(at, START_DAYS) } };
  }
  if (days.size + years.size !== 1) return undefined;
  const day = [...days][0];
  const year = [...years][0];
  const start = day ?? `${year}-01-01`;
  const end = addDays(day ?? `${year}-12-31`, START_DAYS);
  // A start still to come: the term may not be in the fact set yet. A start before the article's
  // date keeps its whole window: an article of the day after the vote reports a term to begin.
  if (at && start > at) return undefined;
  return { window: { start: addDays(start, -EARLY_DAYS), end }, written: day ?? String(year) };
}
