// Figures (the metric-value and share-value rules): a figure against the fact set's statements for the same
// property, subjects and period, within the statement's relative tolerance or the precision the
// article gives ("4 billion" is 3.5-4.5 billion). Bounds ("more than 3 billion") hold when the
// fact lies beyond them. Where the fact set has no statement for that property, subjects and
// period, the claim becomes a record for the cross-article check.
import { asList, type FactIndex } from '../facts/index.js';
import { isValidPeriod, periodRange } from '../facts/time.js';
import { postOf } from '../facts/posts.js';
import type { MetricClaim } from '../extract/metric-claims.js';
import type { IndexedStatement } from '../types.js';
import { verified, unverifiable, type Outcome } from '../claims/frame.js';
import { displayName } from './names.js';


function entitiesOf(s: IndexedStatement): string[] {
  return [...asList(s.subject), ...asList(s.of as string | string[] | undefined)];
}

const DAY = 86_400_000;
/** How long after an event an article's unnamed figure of it ("Turnout was 62.7%") is read as that event's. */
const JUST_HELD_DAYS = 10;

/** Something that is held: typed an event, or with dates of its own; never a country. */
function eventLike(index: FactIndex, e: string): boolean {
  const type = index.entity(e)?.type;
  return type !== 'country' && (type === 'event' || index.datesOf(e).length > 0);
}

/**
 * Whether an event was held in the days before the article's date: by its own dates, else (a set
 * that dates it only by its figures) by the statement's month, the article's or, early in a month,
 * the one before. The article reports it.
 */
function justHeld(index: FactIndex, e: string, s: IndexedStatement, date: string): boolean {
  const t = Date.parse(date);
  if (Number.isNaN(t)) return false;
  const held = index.datesOf(e).map((d) => d.date ?? d.to ?? d.from).filter((d): d is string => typeof d === 'string');
  if (held.length) return held.some((d) => t >= Date.parse(d) && t <= Date.parse(d) + JUST_HELD_DAYS * DAY);
  if (!s.period || !/^\d{4}-\d{2}$/u.test(s.period)) return false;
  const before = new Date(t - JUST_HELD_DAYS * DAY).toISOString().slice(0, 7);
  return s.period === date.slice(0, 7) || s.period === before;
}

/** Whether an event was held within a period (YYYY or YYYY-MM). */
function heldIn(index: FactIndex, e: string, period: string): boolean {
  if (!isValidPeriod(period)) return false;
  const { start, end } = periodRange(period);
  return index.datesOf(e).some((d) => {
    const day = d.date ?? d.from ?? d.to;
    return typeof day === 'string' && day >= start && day <= end;
  });
}

/** Whether a statement is about what the sentence talks of: no outsider named, the rest from context. */
/**
 * Whether a country named with a candidate's share is the candidate's own: one they held a post of
 * ("won the snap presidential election in the country with 81.31%"), in a share of an event.
 */
function candidatesCountry(index: FactIndex, s: IndexedStatement, claim: MetricClaim, country: string): boolean {
  if (claim.propertyKind !== 'share' || index.entity(country)?.type !== 'country' || !asList(s.of as string | string[] | undefined).some((e) => eventLike(index, e))) return false;
  return asList(s.subject).some((p) => claim.named.includes(p) && index.entity(p)?.type === 'person'
    && index.heldBy(p).some((h) => postOf(h)?.of === country));
}

function consistent(s: IndexedStatement, claim: MetricClaim, index: FactIndex, date: string | undefined): boolean {
  const es = entitiesOf(s);
  if (claim.named.some((n) => !es.includes(n) && !candidatesCountry(index, s, claim, n))) return false;
  const missing = es.filter((e) => !claim.named.includes(e));
  // An event a share is of ("79 % of the vote" in an election) is pinned by its subject and period.
  // A country is no event, dates of its own (diplomatic relations) or not: "a share of foreign
  // trade of 15 %" in an article that never names Kyrgyzstan is not Russia's share of Kyrgyzstan's.
  // An event held in the days before the article, of a share with no period written, is the one
  // the article reports ("Turnout was 62.7%" two days after an election it calls "the vote"); not
  // so a count, which may be of any thing the event had (states, candidates, kilometres).
  const pinned = (e: string) => (asList(s.of as string | string[] | undefined).includes(e) && index.entity(e)?.type !== 'country'
    && index.datesOf(e).length > 0 && claim.named.length > 0)
    || (date !== undefined && claim.propertyKind === 'share' && !claim.periodExplicit && eventLike(index, e) && justHeld(index, e, s, date))
    // The event of the period a share of the sentence before wrote ("… im Oktober 2020 mit 84,4
    // Prozent wiedergewählt. Die Wahlbeteiligung lag bei …"): that share's event.
    || (claim.propertyKind === 'share' && claim.periodFromShare === true && !!claim.period && eventLike(index, e) && heldIn(index, e, claim.period));
  if (missing.some((e) => !claim.context.includes(e) && !pinned(e))) return false;
  // A pair named by one side only ("trade between Central Asia and Russia") is not the pair of
  // the article unless the sentence says the figure is bilateral ("both countries").
  const namedCountries = claim.named.filter((n) => index.entity(n)?.type === 'country');
  const pair = asList(s.subject).length > 1;
  if (pair && namedCountries.length === 1 && missing.length > 0 && !claim.bilateral) return false;
  return true;
}

/**
 * "3.56 billion in 2023" where the set has 3.56 billion for 2022 and nothing for 2023: a precise
 * total (three significant digits or more, no hedge, its year written) that is another year's
 * value to the last digit written (not merely within the statement's tolerance: another source's
 * figure for its own year may come that near) is that year's, put on the wrong one. Only one such
 * year, and totals only: a rate or a share may well repeat.
 */
function movedYear(claim: MetricClaim, candidates: readonly IndexedStatement[]): IndexedStatement | undefined {
  if (claim.propertyKind !== 'quantity' || !claim.periodExplicit || claim.periodCarried || claim.periodQuoted || claim.comparisonBase
    || claim.approx || claim.bound !== undefined || claim.nearly || claim.part || !claim.period || !/^\d{4}$/u.test(claim.period) || claim.halfUnit <= 0) return undefined;
  let units = Math.round(Math.abs(claim.value) / (2 * claim.halfUnit));
  while (units > 0 && units % 10 === 0) units /= 10;
  if (units < 100) return undefined;
  const others = candidates.filter((s) => s.rank !== 'deprecated' && typeof s.value === 'number' && !!s.period && /^\d{4}$/u.test(s.period)
    && s.period !== claim.period && Math.abs(s.value - claim.value) <= claim.halfUnit + 1e-9 * Math.abs(s.value));
  return others.length > 0 && new Set(others.map((s) => s.period)).size === 1 ? others[0] : undefined;
}

/** How far a preliminary count may lie from the final one: percentage points of a share, a part of a total. */
const PRELIMINARY_POINTS = 2;
const PRELIMINARY_SHARE = 0.05;

/** How far past its bound a figure written as "more than" or "less than" may be. */
const BOUND_REACH = 1.5;

/** How far under the figure a value said to be "nearly" it may lie. */
const NEARLY_REACH = 0.1;

export function within(claim: Pick<MetricClaim, 'value' | 'halfUnit' | 'approx' | 'bound' | 'nearly'>, value: number, tolerance: number | undefined): boolean {
  const tol = Math.max(tolerance ?? 0, claim.approx ? 0.05 : 0);
  const allowed = Math.max(tol * Math.abs(value), claim.halfUnit);
  // "nearly $30 billion" for 28: a little under the figure, up to a tenth of it, not over it.
  if (claim.nearly && !claim.bound) {
    const exact = Math.max((tolerance ?? 0) * Math.abs(value), claim.halfUnit);
    return Math.abs(value) <= Math.abs(claim.value) + exact && Math.abs(value) >= Math.abs(claim.value) * (1 - NEARLY_REACH) - exact;
  }
  // A bound says the figure is near it: "more than 7 %" for 23.7 % misleads as "7 %" would.
  // Half as much again either way is the reach (a writer rounding 28 down to "over 20" is inside).
  if (claim.bound === 'lower') return value >= claim.value - allowed && Math.abs(value) <= Math.abs(claim.value) * BOUND_REACH + allowed;
  if (claim.bound === 'upper') return value <= claim.value + allowed && Math.abs(value) * BOUND_REACH + allowed >= Math.abs(claim.value);
  return Math.abs(claim.value - value) <= allowed + 1e-9 * Math.abs(value);
}

/**
 * Whether the claim fits the statement: its value (within tolerance and the article's precision),
 * or, for a value known only as bounds ("more than $10 billion": min), the range the bounds leave.
 */
export function fits(claim: Pick<MetricClaim, 'value' | 'halfUnit' | 'approx' | 'bound' | 'nearly'>, s: Pick<IndexedStatement, 'value' | 'min' | 'max' | 'tolerance'>): boolean {
  if (typeof s.value === 'number') return within(claim, s.value, s.tolerance);
  if (typeof s.min !== 'number' && typeof s.max !== 'number') return false;
  const allowed = Math.max(claim.approx ? 0.05 * Math.abs(claim.value) : 0, claim.halfUnit) + 1e-9 * Math.abs(claim.value);
  // The claim's range against the statement's: they must meet.
  const lo = claim.bound === 'upper' ? -Infinity : claim.value - allowed;
  const hi = claim.bound === 'lower' ? Infinity : claim.value + allowed;
  return hi >= (s.min ?? -Infinity) && lo <= (s.max ?? Infinity);
}

/** The statement's value for messages: "4.1 billion USD", "more than 10 billion USD", with its series. */
export function describeValue(s: Pick<IndexedStatement, 'value' | 'min' | 'max' | 'unit' | 'tolerance' | 'series' | 'period'>, unit: string | undefined, withPeriod = false): string {
  const u = s.unit ?? unit;
  let v: string;
  if (typeof s.value === 'number') v = `${formatValue(s.value, u)}${tolText(s)}`;
  else if (typeof s.min === 'number' && typeof s.max === 'number') v = `${formatValue(s.min, u)} to ${formatValue(s.max, u)}`;
  else if (typeof s.min === 'number') v = `at least ${formatValue(s.min, u)}`;
  else if (typeof s.max === 'number') v = `at most ${formatValue(s.max, u)}`;
  else v = 'no value';
  const tags = [s.series, withPeriod ? s.period : undefined].filter(Boolean);
  return tags.length ? `${v} (${tags.join(', ')})` : v;
}

/** How far a statement's value or bounds lie from a figure, for picking the nearest. */
function distance(s: IndexedStatement, v: number): number {
  if (typeof s.value === 'number') return Math.abs(s.value - v);
  if (typeof s.min === 'number' && v < s.min) return s.min - v;
  if (typeof s.max === 'number' && v > s.max) return v - s.max;
  return 0;
}

export function formatValue(value: number, unit: string | undefined): string {
  const abs = Math.abs(value);
  const scaled = abs >= 1e12 ? `${round(value / 1e12)} trillion` : abs >= 1e9 ? `${round(value / 1e9)} billion` : abs >= 1e6 ? `${round(value / 1e6)} million` : `${round(value)}`;
  if (unit === '%') return `${scaled} %`;
  return unit ? `${scaled} ${unit}` : scaled;
}

function round(v: number): string {
  return String(Math.round(v * 1000) / 1000);
}

function tolText(s: Pick<IndexedStatement, 'tolerance'>): string {
  return s.tolerance ? ` (±${Math.round(s.tolerance * 1000) / 10} %)` : '';
}

/** Two ways of writing one period ("2024-01..2024-06" and "2024-H1") are the same period. */
export function samePeriodAs(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || !isValidPeriod(a) || !isValidPeriod(b)) return false;
  const x = periodRange(a);
  const y = periodRange(b);
  return x.start === y.start && x.end === y.end;
}

/** A statement's entities, once each, in order: what tells its subjects apart from another's. */
function subjectsOfStatement(st: IndexedStatement): string[] {
  return [...new Set(entitiesOf(st))].sort();
}

function subjectSets(statements: IndexedStatement[]): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  for (const st of statements) {
    const es = subjectsOfStatement(st);
    sets.set(es.join(','), es);
  }
  return sets;
}

/** The entities a property's statements are of ("of": the assembly whose seats parties hold). */
function containersOf(index: FactIndex, property: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of index.statementsOf(property)) for (const e of asList(s.of as string | string[] | undefined)) out.add(e);
  return out;
}

const FISCAL_YEAR = /^(\d{4})\/\d{2}$/u;

/** A period of twelve months that starts in `year` and ends in the next. */
function isFiscalYearOf(period: string, year: number): boolean {
  if (!isValidPeriod(period)) return false;
  const { start, end } = periodRange(period);
  const months = (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(start.slice(5, 7)) + 1;
  return Number(start.slice(0, 4)) === year && Number(end.slice(0, 4)) === year + 1 && months === 12;
}

export function checkMetricClaim(claim: MetricClaim, index: FactIndex, text: string, date?: string): Outcome {
  // A part ("159 of the 400 seats in the National Assembly") is never the total of the whole the
  // property's other statements are of (the assembly's 400 seats).
  const containers = claim.part ? containersOf(index, claim.property) : undefined;
  // Nor is it a total larger than the whole it is said to be part of ("dos de los cuatro escaños
  // en juego" is no party's 60 seats).
  const all = index.statementsOf(claim.property).filter((s) => consistent(s, claim, index, date) && !(containers && typeof s.subject === 'string' && containers.has(s.subject))
    && !(claim.wholeValue !== undefined && typeof s.value === 'number' && s.value > claim.wholeValue));
  const unitOk = (s: IndexedStatement) => s.unit === undefined || claim.unit === undefined || s.unit === claim.unit;
  const candidates = all.filter(unitOk);
  // The subject sets the claim may mean; two or more that the sentence cannot tell apart leave it
  // unbound. A property with no statement at all says nothing of its subjects' shape: the sentence's
  // incidental names ("Russian investment" next to a company count) would only split groups.
  const sets = subjectSets(candidates);
  const subjects = sets.size === 1 ? [...sets.values()][0]! : sets.size === 0 ? (index.statementsOf(claim.property).length ? claim.named : claim.namedByName) : [];
  // A figure whose subjects the text does not name is compared with no other article's, nor one
  // that names one side of a property the fact set gives for pairs ("sanctions on Russia").
  const pairs = index.statementsOf(claim.property).some((s) => asList(s.subject).length > 1);
  const oneSide = sets.size === 0 && pairs && subjects.filter((e) => index.entity(e)?.type === 'country').length === 1 && !claim.bilateral;
  const recordSubjects = oneSide ? [] : [...new Set(subjects)].sort();
  const record = (reason: string): Outcome => (recordSubjects.length === 0 ? unverifiable(`${reason.split(';')[0]}; the figure's subjects are not named`) : {
    verdict: 'unverifiable',
    reason,
    record: {
      // One key per period however written ("2024-H1", "2024-01..2024-06").
      key: `${claim.property}|${claim.period && isValidPeriod(claim.period) ? Object.values(periodRange(claim.period)).join('..') : claim.period}|${claim.unit ?? ''}`,
      property: claim.property,
      ...(claim.source ? { source: claim.source } : {}),
      // With adjectives too ("russische Soldaten"): another article may name by name what this one names by adjective.
      ...(sets.size === 0 && recordSubjects.length && claim.named.length > recordSubjects.length ? { named: [...new Set(claim.named)].sort() } : {}),
      subjects: recordSubjects, value: claim.value, unit: claim.unit, halfUnit: claim.halfUnit,
      approx: claim.approx, bound: claim.bound, ...(claim.articleDate && !claim.periodExplicit ? { on: claim.articleDate } : {}), text: text.slice(claim.span.start, claim.span.end),
    },
  });
  // A fiscal year ("2023/24") is the fact set's one twelve-month period from that year into the next
  // (April–March in India, July–June in Australia): the set says which months.
  const fiscal = claim.period ? FISCAL_YEAR.exec(claim.period) : null;
  if (fiscal) {
    const months = [...new Set(candidates.map((s) => s.period).filter((p): p is string => !!p && isFiscalYearOf(p, Number(fiscal[1]))))];
    if (months.length === 1) return checkMetricClaim({ ...claim, period: months[0] }, index, text, date);
  }
  if (!claim.period && !candidates.some((s) => s.period === undefined)) return unverifiable('no period');
  // A period bound by the article's date (present tense) meets a statement dated within it when the
  // statement is of an event ("79 % of the vote" in the January election of that year), or is a
  // share of one ("turnout was 62.7%"); not a count or measure of one, which may be another
  // moment's (a storm's winds at its first landfall and at its second).
  // A statement with no period holds at all times (a treaty's term, a lease's rent).
  const samePeriod = candidates.filter((s) => samePeriodAs(s.period, claim.period) || s.period === undefined
    || (!claim.periodExplicit && !!claim.period && !!s.period?.startsWith(claim.period) && (asList(s.of as string | string[] | undefined).some((e) => index.datesOf(e).length > 0) || (claim.propertyKind === 'share' && entitiesOf(s).some((e) => eventLike(index, e)))))
    // A share of an event in the year written ("in the 2021 election he won 79.2%") is that
    // event's, whatever month the set dates it by.
    || (claim.periodExplicit && claim.propertyKind === 'share' && !!claim.period && /^\d{4}$/u.test(claim.period) && !!s.period?.startsWith(claim.period) && entitiesOf(s).some((e) => eventLike(index, e))));
  // A share written without a period ("Russia's share of Kyrgyzstan's trade is 22.3%") is of the
  // period the article wrote before it when the fact set has one for it ("in the first nine
  // months … The share was 10.9%"), else of the article's year, else the latest one known: last year's.
  if (claim.propertyKind === 'share' && !claim.periodExplicit && claim.period && /^\d{4}$/.test(claim.period)) {
    const has = (p: string) => candidates.some((s) => samePeriodAs(s.period, p));
    const context = claim.periodInContext;
    if (context && context !== claim.period && has(context)) return checkMetricClaim({ ...claim, period: context, periodExplicit: true, periodInContext: undefined }, index, text, date);
    // "… im Oktober 2020 mit 84,4 Prozent wiedergewählt. Die Wahlbeteiligung lag bei 70,7 Prozent":
    // the sentence before's share gives the period, and its event.
    const before = claim.periodBefore;
    const shifted = before ? { ...claim, period: before, periodExplicit: true, periodInContext: undefined, periodBefore: undefined, periodFromShare: true } : undefined;
    if (before && shifted && before !== claim.period && index.statementsOf(claim.property).some((st) => samePeriodAs(st.period, before) && consistent(st, shifted, index, date))) return checkMetricClaim(shifted, index, text, date);
    const last = String(Number(claim.period) - 1);
    if (samePeriod.length === 0 && has(last)) return checkMetricClaim({ ...claim, period: last, periodInContext: undefined }, index, text, date);
  }
  // A quotation's "last year" may be counted from an earlier day than the article's: its year is
  // not known well enough to set it against another article's.
  if (samePeriod.length === 0 && claim.periodQuoted && recordSubjects.length > 0) return unverifiable(`the fact set has no value for ${claim.period}; a relative period inside a quotation is not compared with other articles`);
  if (samePeriod.length === 0) {
    const moved = movedYear(claim, candidates);
    if (moved && recordSubjects.length > 0) {
      const said = formatValue(claim.value, claim.unit);
      const what = index.property(claim.property)?.names?.en?.[0] ?? claim.property;
      const who = recordSubjects.map((id) => displayName(index, id, 'en')).join('–');
      return {
        verdict: 'contradicted',
        reason: `${describeValue(moved, claim.unit)} is the fact set's value for ${moved.period}, and it has none for ${claim.period}`,
        finding: {
          ruleId: 'metric-value',
          span: claim.span,
          message: `${what} (${who}): the article gives ${said} for ${claim.period}; that is the fact set's value for ${moved.period}, and it has none for ${claim.period}: is the year right?`,
          actual: `${said} (${claim.period})`,
          expected: `${describeValue(moved, claim.unit)} (${moved.period})`,
          fact: moved,
        },
      };
    }
    return record(`the fact set has no value for ${claim.period}; compared with other articles`);
  }
  const live = samePeriod.filter((s) => s.rank !== 'deprecated');
  const match = live.find((s) => fits(claim, s));
  if (match) return verified(`${describeValue(match, claim.unit)} (${match.period ?? 'at all times'})`);
  // A quotation's "last year" counted from the day it was said, a year before the article's.
  if (claim.periodQuoted && claim.period) {
    const earlier = claim.period.replace(/\d{4}/g, (y) => String(Number(y) - 1));
    const fitsEarlier = candidates.find((s) => s.rank !== 'deprecated' && samePeriodAs(s.period, earlier) && fits(claim, s));
    if (fitsEarlier) return unverifiable(`a relative period inside a quotation: the figure fits ${earlier}, the year before, if the words were said then`);
  }
  let same = subjectSets(samePeriod);
  // Several subjects the sentence cannot tell apart, one of them with the event the sentences
  // before named last ("… la segunda vuelta …. Su rival obtuvo el 44,8 %"): that one is meant.
  let pool = live;
  let readAs = '';
  const withEvent = same.size > 1 && claim.lastEvent ? [...same.entries()].filter(([, es]) => es.includes(claim.lastEvent!)) : [];
  if (withEvent.length === 1) {
    const key = withEvent[0]![0];
    pool = live.filter((st) => subjectsOfStatement(st).join(',') === key);
    same = new Map(withEvent);
    readAs = `; read as of ${displayName(index, claim.lastEvent!, 'en')}, named before`;
  }
  if (same.size > 1) return unverifiable(`the sentence does not say whose figure it is (${[...same.keys()].join(' or ')})`);
  // A first count that the final one corrected is no error of the article's: near the final one
  // (two points of a share, a twentieth of a total), as first counts are; one far from it still is.
  if (claim.preliminary) {
    const best0 = pool.reduce<IndexedStatement | undefined>((a, s) => (!a || distance(s, claim.value) < distance(a, claim.value) ? s : a), undefined);
    const gap = best0 ? distance(best0, claim.value) : Infinity;
    const reach = claim.unit === '%' ? PRELIMINARY_POINTS : PRELIMINARY_SHARE * Math.abs(claim.value);
    if (best0 && gap <= reach) return unverifiable(`a preliminary figure; the fact set has the final one, ${describeValue(best0, claim.unit)}`);
  }
  const rule = claim.propertyKind === 'share' ? 'share-value' : 'metric-value';
  const prop = index.property(claim.property);
  const what = prop?.names?.en?.[0] ?? claim.property;
  // "Russia–Kyrgyzstan" for a pair; "Russia in Kyrgyzstan" for a share of a whole.
  const ref = pool[0] ?? candidates[0];
  const names = (ids: string[]) => ids.map((id) => displayName(index, id, 'en')).join('–');
  const who = ref && ref.of !== undefined
    ? `${names(asList(ref.subject))} in ${names(asList(ref.of as string | string[]))}`
    : names(subjects.length ? subjects : [...same.values()][0] ?? []);
  // Sources that disagree on a growth rate (Tajik data 2.5 %, Russian data 12.5 %) leave a rate
  // between their values open: an agency's own sum from either side's totals may give it. Totals
  // are the sides' own figures: one between them is no side's.
  const byValue = claim.propertyKind === 'change' ? pool.filter((s) => typeof s.value === 'number') : [];
  // Statistics named by their series ("Tajik data", "Russian data"), else by their source.
  if (new Set(byValue.map((s) => s.series ?? s.source)).size >= 2 && claim.bound === undefined) {
    const vs = byValue.map((s) => s.value as number);
    if (claim.value > Math.min(...vs) && claim.value < Math.max(...vs)) return unverifiable(`between the values the fact set's sources give (${[...new Set(byValue.map((s) => describeValue(s, claim.unit)))].join('; ')}): another source may give it`);
  }
  const deprecated = samePeriod.find((s) => s.rank === 'deprecated' && fits(claim, s));
  const best = pool.reduce<IndexedStatement | undefined>((a, s) => (!a || distance(s, claim.value) < distance(a, claim.value) ? s : a), undefined);
  const said = `${claim.bound === 'lower' ? 'more than ' : claim.bound === 'upper' ? 'less than ' : claim.approx ? 'about ' : ''}${formatValue(claim.value, claim.unit)}`;
  // Every source's figure, so an editor sees both sides' statistics ("4.1 billion USD (Russian data), 3.2 billion USD (Kyrgyz data)").
  const values = [...new Set(pool.map((s) => describeValue(s, claim.unit)))];
  let message: string;
  if (deprecated && !best) message = `${what} (${who}, ${claim.period}): ${said} is a value the fact set marks as wrong`;
  else if (best) message = `${what} (${who}, ${claim.period}): the article says ${said}, the fact set ${values.join('; ')}${readAs}`;
  else return unverifiable('no value to compare');
  // The right value of another period: "4.1 billion is the 2024 figure".
  const other = candidates.find((s) => s.period && !samePeriodAs(s.period, claim.period) && s.rank !== 'deprecated' && typeof s.value === 'number' && within({ ...claim, approx: false }, s.value, s.tolerance));
  if (other) message += `; ${formatValue(other.value ?? NaN, other.unit ?? claim.unit)} is the value for ${other.period}`;
  if (deprecated && best) message += '; the value is one the fact set marks as wrong';
  return {
    verdict: 'contradicted',
    reason: best ? `the fact set has ${values.join('; ')}${readAs}` : 'a value marked wrong',
    finding: {
      ruleId: rule,
      span: claim.span,
      message,
      actual: `${said} (${claim.period})`,
      expected: best ? `${values.join("; ")} (${best.period})` : "another value",
      ...(best ?? deprecated ? { fact: (best ?? deprecated)! } : {}),
    },
  };
}
