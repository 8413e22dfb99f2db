// Event-date claims: a date property's words ("opened", "gegründet", "подписан", "diluncurkan"),
// the date or period written nearest to them in their clause, at the precision written
// ("on 23 October 2003", "im Oktober 2003", "in 2003"), and the thing or event it is said of.
// The subject is the nearest entity of the sentence that has a date of that property in the fact
// set, preferring its own clause ("Kant, which opened in 2003": the relative clause's antecedent).
import type { CalendarDate } from '../language/dates.js';
import type { PeriodMention } from '../language/periods.js';
import type { Span } from '../types.js';
import { SentenceAnnotation } from '../annotate/sentence.js';
import type { NameMatch } from './names.js';
import type { Token } from './tokens.js';
import { inTextOrder, near } from './near.js';
import { anniversaryWithin } from './anniversary-claims.js';
import { CONTAINER_TYPES } from '../facts/kinds.js';

export interface EventDateClaim {
  subject: string;
  /** The date property, or undefined for any of the subject's dates (an anniversary counts from its start). */
  property: string | undefined;
  /** Years of slack either way (an anniversary may be marked in the year before or after). */
  slackYears?: number;
  /** The day was written without its year, which is the article's ("on 15 January" near it). */
  yearless?: boolean;
  /** The date as precise as written: YYYY, YYYY-MM or YYYY-MM-DD. */
  when: string;
  span: Span;
  subjectSpan: Span;
  propertySpan: Span;
  whenSpan: Span;
  /**
   * Every entity the sentence names: a date the fact set gives a pair ("Russia–Kyrgyzstan
   * diplomatic relations") is compared only when the sentence names the whole pair.
   */
  named?: string[];
}

export interface EventDateContext {
  text: string;
  tokens: Token[];
  lang: string;
  /** Entities (and head nouns) of the sentence that may be the subject. */
  subjects: NameMatch[];
  /** Words of date properties. */
  properties: NameMatch[];
  /** Days with their year written, or near the article's date (the caller chooses). */
  dates: CalendarDate[];
  /** Weekdays standing alone ("proclamé samedi", «anunció este lunes»): a verb beside one is of that day. */
  weekdays?: Span[];
  /** Periods of the sentence (years and months are used). */
  periods: PeriodMention[];
  /** Whether the fact set dates `subject` by `property`. */
  hasDate: (subject: string, property: string) => boolean;
  /** Whether the fact set dates the entity by any property (a relative clause of it may give that date). */
  hasAnyDate?: (subject: string) => boolean;
  /** The sentence's annotation layer; made here (dates and periods protected) when absent. */
  annotation?: SentenceAnnotation;
  /** Subjects only in the property's own clause (for a weak property word, a preposition a fact set lists). */
  sameClauseOnly?: boolean;
}

const YEAR_OR_MONTH = /^\d{4}(-\d{2})?$/u;

interface When {
  when: string;
  span: Span;
  /** A day written without its year: the year is the article's. */
  yearless?: boolean;
}

function gap(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** For each clause number, how many hard clause starts there are up to it: "is there one between?" in one step. */
function hardCounts(hard: ReadonlySet<number>): (from: number, to: number) => boolean {
  let max = 0;
  for (const h of hard) if (h > max) max = h;
  const upTo = new Int32Array(max + 2);
  for (let c = 0; c <= max; c++) upTo[c + 1] = upTo[c]! + (hard.has(c) ? 1 : 0);
  const at = (c: number) => upTo[Math.min(Math.max(c, -1), max) + 1]!;
  return (from, to) => at(to) - at(from) > 0;
}

/** Characters between a date-property word and a lone weekday that make the weekday its day ("anunció este lunes"). */
const WEEKDAY_BESIDE = 8;

/** Characters between two date-property words that make them one phrase ("held on"). */
const NEAR_WORDS = 12;

/** Characters before a date property's words where an anniversary of it may stand. */
const ANNIVERSARY_REACH = 60;

export function extractEventDateClaims(ctx: EventDateContext): EventDateClaim[] {
  const datesInOrder = inTextOrder(ctx.dates);
  const whens: When[] = [
    ...ctx.dates.filter((d) => d.resolved).map((d) => ({ when: d.resolved!, span: d.dateSpan, ...(d.yearExplicit ? {} : { yearless: true }) })),
    // A period inside a written day is that day's year, not a second claim.
    ...ctx.periods.filter((p) => !p.relative && YEAR_OR_MONTH.test(p.period) && !near(datesInOrder, p.span).some((d) => d.span.start <= p.span.start && d.span.end >= p.span.end))
      .map((p) => ({ when: p.period, span: p.span })),
  ];
  // "the first base Russia opened abroad since 1991": a start of a stretch, not the event's date.
  let ann = ctx.annotation;
  if (!ann) {
    ann = new SentenceAnnotation(ctx.text, ctx.tokens, ctx.lang);
    ann.protect(whens.map((w) => w.span));
  }
  const a = ann;
  const open = (sp: Span) => {
    const i = a.tokenAt(sp.start);
    if (i >= a.tokens.length) return false;
    if (a.cue('since', i)) return true;
    for (let j = Math.max(0, i - 3); j < i; j++) if (a.cue('since', j) === i - j) return true;
    return a.cue('sinceAfter', a.tokenAt(sp.end)) > 0;
  };
  for (let i = whens.length - 1; i >= 0; i--) if (open(whens[i]!.span)) whens.splice(i, 1);
  if (whens.length === 0) return [];
  const { hard, ids } = a.clauses();
  const crossesHard = hardCounts(hard);
  const clauseOf = (s: Span) => a.clauseAt(s.start);
  const out: EventDateClaim[] = [];
  const seen = new Set<string>();
  const namedIds = [...new Set(ctx.subjects.map((m) => m.entityId))];
  // Dates and subjects grouped by clause once: a long sentence costs what each clause holds.
  const whensBy = a.byClause(whens);
  const subjectsBy = new Map<string, { all: NameMatch[]; by: Map<number, NameMatch[]> }>();
  const propsInOrder = inTextOrder(ctx.properties);
  // Whether some subject of the sentence has a date of the property, once per property.
  const datedBy = new Map<string, boolean>();
  const dated = (property: string) => {
    let v = datedBy.get(property);
    if (v === undefined) datedBy.set(property, (v = ctx.subjects.some((m) => ctx.hasDate(m.entityId, property))));
    return v;
  };
  for (const p of ctx.properties) {
    const pc = clauseOf(p.span);
    const own = whensBy.get(pc);
    if (!own) continue;
    const reach = near(own, p.span);
    if (reach.length === 0) continue;
    const w = reach.reduce((x, y) => (gap(y.span, p.span) < gap(x.span, p.span) ? y : x));
    // Another word of a date property nearer to the date claims it ("on his first visit … since he
    // was sworn in on June 9": June 9 is the swearing-in's).
    // Words side by side ("held on") are one phrase; a word whose property no subject here has ("the
    // summit, held on 3-4 July, opened its session") claims nothing.
    const dist = gap(p.span, w.span);
    // "a proclamé samedi les résultats de l'élection … du 7 septembre": the verb's day is its weekday.
    if (ctx.weekdays?.some((d) => gap(d, p.span) <= WEEKDAY_BESIDE)) continue;
    if (near(propsInOrder, w.span).some((o) => o !== p && clauseOf(o.span) === pc && gap(o.span, w.span) < dist && gap(o.span, p.span) > NEAR_WORDS && dated(o.entityId))) continue;
    let subs = subjectsBy.get(p.entityId);
    if (!subs) {
      const all = ctx.subjects.filter((m) => ctx.hasDate(m.entityId, p.entityId));
      subjectsBy.set(p.entityId, (subs = { all, by: a.byClause(all) }));
    }
    if (subs.all.length === 0) continue;
    const sameClause = near(subs.by.get(pc) ?? [], p.span);
    // Else the antecedent of a relative clause ("Kant, which opened in 2003"): only across a comma,
    // never across a semicolon or a colon, which start another statement.
    const pool = sameClause.length ? sameClause
      : hard.has(pc) || ctx.sameClauseOnly ? [] : near(subs.all, p.span).filter((m) => m.span.end <= p.span.start && clauseOf(m.span) < pc && !crossesHard(clauseOf(m.span), pc));
    if (pool.length === 0) continue;
    // Not one inside a comparison the sentence draws after the date ("… compared with … at the
    // first forum in 2018"): that one is the base, another instance.
    const compared = (m: NameMatch) => m.span.start > p.span.end && a.cueIn('comparison', a.tokenAt(Math.max(p.span.end, w.span.end)), m.tokenStart);
    const pool2 = pool.filter((m) => !compared(m));
    if (pool2.length === 0) continue;
    const subject = pool2.reduce((x, y) => (gap(y.span, p.span) < gap(x.span, p.span) ? y : x));
    // The antecedent of a relative clause is the name right before it: "the accession coincided with
    // NATO's anniversary, which was founded on 4 April 1949" dates NATO, not the accession. Another
    // dated thing between the subject and the clause takes the date from it; not a place the
    // subject is in ("the base in Kyrgyzstan, which opened in 2003").
    if (!sameClause.length && ctx.hasAnyDate && near(ctx.subjects, p.span).some((m) => m.entityId !== subject.entityId && m.span.start >= subject.span.end
      && m.span.end <= p.span.start && !CONTAINER_TYPES.has(m.entityType) && ctx.hasAnyDate!(m.entityId))) continue;
    // "the second summit, three years after the first, held in Astana in 2022": another instance
    // of the subject stands between, and the date is that one's.
    const named = Math.max(subject.span.end, p.span.end);
    const [gapFrom, gapTo] = subject.span.end <= p.span.start ? [subject.span.end, p.span.start] : [p.span.end, subject.span.start];
    if ((gapFrom < gapTo && a.cueIn('otherInstance', a.tokenAt(gapFrom), a.tokenAt(gapTo)))
      || (named <= w.span.start && a.cueIn('otherInstance', a.tokenAt(named), a.tokenAt(w.span.start)))) continue;
    // "marked the 30th anniversary of diplomatic relations on 20 March 2022": the date is the
    // anniversary's, not the relations'. The anniversary stands right before the property's words
    // ("30-летие дипломатических отношений", "peringatan 30 tahun hubungan diplomatik"): looked for
    // in a bounded window there, in the property's clause, so a long clause costs no more.
    const from = Math.max(0, p.span.start - ANNIVERSARY_REACH);
    let t = a.tokenAt(from);
    while (t < ids.length && ids[t] !== pc) t++;
    if (t < ctx.tokens.length && ctx.tokens[t]!.start < p.span.end && anniversaryWithin(ctx.text, Math.max(from, ctx.tokens[t]!.start), p.span.end, ctx.lang)) continue;
    // One claim per subject, property and date: a property named twice over one date is one claim.
    const key = `${subject.entityId}\u0000${p.entityId}\u0000${w.span.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      subject: subject.entityId, property: p.entityId, when: w.when, ...(w.yearless ? { yearless: true } : {}),
      span: { start: Math.min(p.span.start, w.span.start), end: Math.max(p.span.end, w.span.end) },
      subjectSpan: subject.span, propertySpan: p.span, whenSpan: w.span, named: namedIds,
    });
  }
  return out;
}
