// Calendar dates in text ("8 May", "в понедельник, 8 мая", "am Montag, dem 8. Mai",
// "Senin (8/5)", "2023-10-12"), with the weekday printed beside them merged in, and bare
// weekdays ("am Freitag"). Month and weekday names come from calendar.json, the phrasing
// around them from periods.json.
//
// Year resolution: a date without a year takes the article's year, except across the turn of
// the year: "Monday, 29 December" in an article of 3 January is last week, not next December
// (within 60 days over the boundary, where the article's year would put it 300 days away).
// A date that cannot exist (30 February) is not resolved.
import { formatDate } from '../document/dates.js';
import type { Span } from '../types.js';
import { calendarPattern, monthIndex, weekdayForms } from './calendar.js';
import { loadPack, perLanguage } from './pack.js';
import type { PeriodsPack } from './periods-pack.js';
import { GAP_CLASS, escapeRegex, phraseSource } from './phrase-pattern.js';
import { Lexicon } from './lexicon.js';
import { dropOverlaps } from './overlaps.js';
import { afterSpaces, isDigitCode } from '../text/char-class.js';

/** A day of a month, maybe with its year and the weekday printed beside it. */
export interface CalendarDate {
  kind: 'date';
  /** Weekday (when printed) and date together. */
  span: Span;
  /** The date alone ("8 May 2023", "8/5"). */
  dateSpan: Span;
  /** Explicit year, else the article's year; undefined when neither is known. */
  year?: number;
  month: number;
  day: number;
  /** ISO weekday 1 = Monday .. 7 = Sunday, when the text prints one with the date. */
  weekday?: number;
  weekdaySpan?: Span;
  /** True when the year is written in the text. */
  yearExplicit: boolean;
  /** YYYY-MM-DD when the year is known and the date exists. */
  resolved?: string;
}

/** A weekday with no date beside it ("on Thursday", "в среду"), after a lead word. */
export interface BareWeekday {
  kind: 'weekday';
  span: Span;
  weekday: number;
  weekdaySpan: Span;
}

export type DateMention = CalendarDate | BareWeekday;

interface NumericFormat {
  re: RegExp;
  order: Array<'D' | 'M' | 'Y' | 'y'>;
}

interface DateRules {
  monthsCapitalized: boolean;
  dm: RegExp | undefined;
  md: RegExp | undefined;
  numeric: NumericFormat[];
  /** Weekday words, each with its ISO weekday; a word list, as an alternation of them cost a large regex compile per language. */
  weekday: Lexicon<number> | undefined;
  joiner: RegExp;
  weekdayLeads: Lexicon<true>;
  /** "last Wednesday", "mercredi dernier": words around a weekday that make it the last one before the article. */
  pastBefore: Lexicon<true>;
  pastAfter: Lexicon<true>;
  /** A year written before the day and month («2003-жылдын 23-октябрында»): matched against the text just before a date. */
  yearBefore: RegExp | undefined;
  yearAfter: Lexicon<true>;
  timeBefore: Lexicon<true>;
  timeAfter: RegExp | undefined;
}

const G = GAP_CLASS;
function alternation(forms: string[] | undefined): string | undefined {
  if (!forms || forms.length === 0) return undefined;
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(phraseSource)
    .join('|');
}

/** "D.M.Y" → a regex with one group per field, bounded so it never starts or ends inside a number. */
function numericFormat(format: string): NumericFormat {
  const order: Array<'D' | 'M' | 'Y' | 'y'> = [];
  let src = '';
  for (const ch of format) {
    if (ch === 'D' || ch === 'M') {
      order.push(ch);
      src += '(\\d{1,2})';
    } else if (ch === 'Y') {
      order.push('Y');
      src += '(\\d{4})';
    } else if (ch === 'y') {
      // A two-digit year ("Rabu (6/4/22)"): this century's.
      order.push('y');
      src += '(\\d{2})';
    } else src += escapeRegex(ch);
  }
  const first = format.charAt(0);
  const last = format.charAt(format.length - 1);
  const lead = /[DMYy]/.test(first) ? '(?<![\\p{N}]|[\\p{N}][.,/-])' : '';
  const trail = /[DMYy]/.test(last) ? '(?![\\p{N}]|[.,/-][\\p{N}])' : last === '.' ? '(?![\\p{N}])' : '';
  return { re: new RegExp(`${lead}${src}${trail}`, 'gu'), order };
}

const dateRules = perLanguage(buildDateRules);

function buildDateRules(code: string): DateRules | undefined {
  const pack = loadPack<PeriodsPack>(code, 'periods');
  const cal = calendarPattern(code);
  let rules: DateRules | undefined;
  if (pack) {
    const d = pack.dates;
    const suffix = alternation(d.daySuffixes);
    const link = alternation(d.dayMonthLinks);
    const day = `(\\d{1,2})${suffix ? `(?:${suffix})?` : ''}`;
    const yearLink = alternation(d.monthYearLinks);
    const dayJoin = alternation(d.dayMonthJoiners);
    // The year may touch its month in a typo («23 октября2003 года»): read as written, else the
    // day would take the article's year.
    const year = `(?:,?${G}{0,3}${yearLink ? `(?:(?:${yearLink})${G}{1,3})?` : ''}(\\d{4})(?![\\p{N}]|[.,]\\p{N}))?`;
    const month = cal ? `((?:${cal.month}))(?!\\p{L})` : undefined;
    const joiners = alternation(d.weekdayJoiners);
    const formats = ['Y-M-D', ...(d.numeric ?? [])];
    // Longer formats first, so "D.M.Y" wins over "D.M." where both fit.
    formats.sort((a, b) => b.length - a.length);
    rules = {
      monthsCapitalized: pack.monthsCapitalized === true,
      dm:
        month && d.order.includes('DM')
          ? new RegExp(
              `(?<![\\p{L}\\p{N}]|[\\p{N}][.,])(?:${day}${G}{0,2}[-–—]${G}{0,2})?${day}(?:${G}{1,3}(?:${link ?? '(?!)'}))?(?:${G}{1,3}${dayJoin ? `|(?:${dayJoin})` : ''})${month}${year}`,
              'giu',
            )
          : undefined,
      md:
        month && d.order.includes('MD')
          ? new RegExp(`(?<![\\p{L}\\p{N}])${month}${G}{1,3}(\\d{1,2})(?:${suffix ?? '(?!)'})?(?![\\p{L}\\p{N}]|[.,]\\p{N})${year}`, 'giu')
          : undefined,
      numeric: formats.map(numericFormat),
      weekday: cal ? new Lexicon(weekdayForms(code).map(({ form, weekday }) => ({ spec: form, data: weekday })), { trail: 'letter' }) : undefined,
      // "Friday, 11 October", "am Freitag, dem 11. Oktober", and a month-name date in brackets:
      // "Friday (October 11, 2024)" (numeric dates bring their own brackets: "Senin (8/5)").
      // "Montag, dem 8. Mai"; a joiner may take its own comma ("шейшемби күнү, 6-ноябрда").
      joiner: new RegExp(`,?${G}{0,3}(?:(?:${joiners ?? '(?!)'}),?${G}{1,3})?(?:\\((?=\\p{L}|\\d{1,2}\\.?${G}{1,3}\\p{L}))?`, 'iuy'),
      weekdayLeads: new Lexicon((d.weekdayLeads ?? []).map((spec) => ({ spec, data: true as const }))),
      pastBefore: new Lexicon((d.weekdayPast?.before ?? []).map((spec) => ({ spec, data: true as const }))),
      pastAfter: new Lexicon((d.weekdayPast?.after ?? []).map((spec) => ({ spec, data: true as const }))),
      yearBefore: alternation(d.yearBeforeLinks) ? new RegExp(`(?<![\\p{N}])(\\d{4})(?:${alternation(d.yearBeforeLinks)})${G}{1,3}$`, 'iu') : undefined,
      yearAfter: new Lexicon(pack.yearAfter.map((spec) => ({ spec, data: true as const })), { lead: 'none' }),
      timeBefore: new Lexicon((pack.time.before ?? []).map((spec) => ({ spec, data: true as const }))),
      timeAfter: alternation(pack.time.after)
        ? new RegExp(`(?<![\\p{N}]|\\p{N}[.,])\\d{1,2}(?:[.:]\\d{2})?${G}{0,2}(?:${alternation(pack.time.after)})(?![\\p{L}\\p{N}])`, 'giu')
        : undefined,
    };
  }
  return rules;
}

/** YYYY-MM-DD when the date exists, else undefined. */
export const isoDate = formatDate;

/** ISO weekdays 1..7 in English, for messages and the explain view (index = weekday - 1). */
export const WEEKDAY_NAMES: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** ISO weekday (1 = Monday .. 7 = Sunday) of a YYYY-MM-DD date. */
export function weekdayOf(iso: string): number {
  // Fields by position: this runs for every date of every article.
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** Year of an article date "YYYY-MM-DD", or undefined. */
export function yearOf(articleDate: string | undefined): number | undefined {
  const m = articleDate ? /^(\d{4})-\d{2}-\d{2}/.exec(articleDate) : null;
  return m ? Number(m[1]) : undefined;
}

function startsUpper(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}

interface RawDate {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number | undefined;
}

function textualDates(text: string, lang: string, r: DateRules): RawDate[] {
  const out: RawDate[] = [];
  const push = (start: number, end: number, day: string, monthWord: string, year: string | undefined) => {
    if (r.monthsCapitalized && !startsUpper(monthWord)) return;
    const month = monthIndex(lang, monthWord);
    const d = Number(day);
    if (!month || d < 1 || d > 31) return;
    let e = end;
    let y: number | undefined;
    if (year !== undefined) {
      y = Number(year);
      const after = r.yearAfter.at(text, afterSpaces(text, e, 3));
      if (after) e = after.end;
    }
    out.push({ start, end: e, day: d, month, year: y });
  };
  if (r.dm) {
    r.dm.lastIndex = 0;
    for (let m = r.dm.exec(text); m; m = r.dm.exec(text)) {
      // The match starts with the (first) day's digits, and only a suffix, blanks and a dash
      // stand before the second day's: offsets come from the groups, without the `d` flag,
      // which made every language's largest regex slower to compile.
      let dayAt = m.index;
      // "7–9 May": the first day of a range is a date of the same month and year.
      if (m[1] !== undefined) {
        const firstEnd = m.index + m[1].length;
        dayAt = firstEnd;
        while (dayAt < m.index + m[0].length && !isDigitCode(text.charCodeAt(dayAt))) dayAt++;
        const suffixEnd = text.slice(firstEnd, dayAt).search(/[\s\u00A0\u2009\u202F\-–—]/u);
        const before = out.length;
        push(m.index, m.index + m[0].length, m[1], m[3]!, m[4]);
        const first = out[before];
        if (first) first.end = suffixEnd > 0 ? firstEnd + suffixEnd : firstEnd;
      }
      // «2003-жылдын 23-октябрында»: a year before the date, where the language writes it there.
      const before = m[4] === undefined && r.yearBefore ? r.yearBefore.exec(text.slice(Math.max(0, m.index - 24), m.index)) : null;
      if (before) push(m.index - before[0].length, m.index + m[0].length, m[2]!, m[3]!, before[1]);
      else push(dayAt, m.index + m[0].length, m[2]!, m[3]!, m[4]);
    }
  }
  if (r.md) {
    r.md.lastIndex = 0;
    for (let m = r.md.exec(text); m; m = r.md.exec(text)) push(m.index, m.index + m[0].length, m[2]!, m[1]!, m[3]);
  }
  return out;
}

function numericDates(text: string, r: DateRules): RawDate[] {
  const out: RawDate[] = [];
  for (const f of r.numeric) {
    f.re.lastIndex = 0;
    for (let m = f.re.exec(text); m; m = f.re.exec(text)) {
      const fields: Partial<Record<'D' | 'M' | 'Y' | 'y', number>> = {};
      f.order.forEach((k, i) => (fields[k] = Number(m![i + 1])));
      const { D, M } = fields;
      const Y = fields.y === undefined ? fields.Y : 2000 + fields.y;
      if (D === undefined || M === undefined || D < 1 || D > 31 || M < 1 || M > 12) continue;
      out.push({ start: m.index, end: m.index + m[0].length, day: D, month: M, year: Y });
    }
  }
  return out;
}

/** Between a date and a weekday after it: a comma or bracket, and at most one short word ("a", "в", "am"). */
const AFTER_GAP = /^[\s\u00a0]*[,(][\s\u00a0]*(?:\p{Ll}{1,4}[\s\u00a0]+)?$/u;

function weekdayAfter(
  text: string, d: { start: number; end: number }, weekdays: Array<{ start: number; end: number; weekday: number }>,
  from: number, raw: Array<{ start: number }>, joiner: RegExp,
): { start: number; end: number; weekday: number } | undefined {
  for (let k = from; k < weekdays.length; k++) {
    const wk = weekdays[k]!;
    if (wk.start < d.end) continue;
    if (wk.start - d.end > 10) break;
    if (!AFTER_GAP.test(text.slice(d.end, wk.start))) return undefined;
    // Not when it leads the next date ("9 May, Tuesday 10 May").
    joiner.lastIndex = wk.end;
    const j = joiner.exec(text);
    if (j && raw.some((x) => x.start === wk.end + j[0].length)) return undefined;
    return wk;
  }
  return undefined;
}

const DAY_MS = 86_400_000;

function yearNear(articleDate: string | undefined, articleYear: number | undefined, month: number, day: number): number | undefined {
  if (articleYear === undefined || !articleDate) return articleYear;
  const t = Date.parse(articleDate.slice(0, 10));
  const away = (y: number) => Math.abs(Date.UTC(y, month - 1, day) - t) / DAY_MS;
  if (away(articleYear) <= 300) return articleYear;
  for (const y of [articleYear - 1, articleYear + 1]) if (away(y) <= 60) return y;
  return articleYear;
}

/**
 * Dates and bare weekdays in the text, in order. A weekday printed right before a date (after
 * an optional comma and joiner word) is merged into that date's mention. Years are resolved
 * against the article date (YYYY-MM-DD) when the text gives none; see the note at the top.
 */
// A body's dates are found once, by lintDocument, which hands each sentence its share to the
// number and period finders; they search on their own only when called alone.
export function findDates(text: string, lang: string, articleDate?: string): DateMention[] {
  const r = dateRules(lang);
  if (!r) return [];
  const raw = dropOverlaps([...textualDates(text, lang, r), ...numericDates(text, r)]);
  const articleYear = yearOf(articleDate);
  const weekdays: Array<{ start: number; end: number; weekday: number }> = [];
  if (r.weekday) {
    for (const m of r.weekday.all(text)) {
      if (r.monthsCapitalized && !startsUpper(m.text)) continue;
      weekdays.push({ start: m.start, end: m.end, weekday: m.data });
    }
  }
  const out: DateMention[] = [];
  const usedWeekdays = new Set<number>();
  let w = 0;
  for (const d of raw) {
    while (w < weekdays.length && weekdays[w]!.end <= d.start - 40) w++;
    let weekday: { start: number; end: number; weekday: number } | undefined;
    for (let k = w; k < weekdays.length && weekdays[k]!.end <= d.start; k++) {
      const wk = weekdays[k]!;
      r.joiner.lastIndex = wk.end;
      const j = r.joiner.exec(text);
      if (j && wk.end + j[0].length === d.start) weekday = wk;
    }
    // The weekday may follow its date: "9 May 2023, a Wednesday", "9 мая (в среду)".
    if (!weekday) weekday = weekdayAfter(text, d, weekdays, w, raw, r.joiner);
    const year = d.year ?? yearNear(articleDate, articleYear, d.month, d.day);
    const mention: CalendarDate = {
      kind: 'date',
      // A weekday after its date ("10-мартта, шейшемби күнү", "9 May 2023, a Wednesday") ends the span.
      span: { start: weekday ? Math.min(weekday.start, d.start) : d.start, end: weekday ? Math.max(weekday.end, d.end) : d.end },
      dateSpan: { start: d.start, end: d.end },
      month: d.month,
      day: d.day,
      yearExplicit: d.year !== undefined,
    };
    if (year !== undefined) {
      mention.year = year;
      const iso = isoDate(year, d.month, d.day);
      if (iso) mention.resolved = iso;
    }
    if (weekday) {
      mention.weekday = weekday.weekday;
      mention.weekdaySpan = { start: weekday.start, end: weekday.end };
      usedWeekdays.add(weekday.start);
    }
    out.push(mention);
  }
  const dateSpans = raw;
  let di = 0;
  for (const wk of weekdays) {
    if (usedWeekdays.has(wk.start)) continue;
    while (di < dateSpans.length && dateSpans[di]!.end <= wk.start) di++;
    const inside = di < dateSpans.length && dateSpans[di]!.start < wk.end;
    if (inside) continue;
    // "el pasado miércoles", "mercredi dernier": the last such day before the article's.
    const past = articleDate ? r.pastBefore.endingAt(text, wk.start) ?? pastAfterAt(r, text, wk.end) : undefined;
    const day = past && articleDate ? lastWeekdayBefore(articleDate, wk.weekday) : undefined;
    if (past && day) {
      const start = Math.min(past.start, wk.start);
      const end = Math.max(past.end, wk.end);
      out.push({ kind: 'date', span: { start, end }, dateSpan: { start, end }, year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)), yearExplicit: false, resolved: day });
      continue;
    }
    const lead = r.weekdayLeads.endingAt(text, wk.start);
    if (!lead) continue;
    const span = { start: wk.start, end: wk.end };
    out.push({ kind: 'weekday', span, weekday: wk.weekday, weekdaySpan: { ...span } });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** A "last" word right after the weekday, blanks between ("miércoles pasado", "Rabu lalu"). */
function pastAfterAt(r: DateRules, text: string, end: number): { start: number; end: number } | undefined {
  let at = end;
  while (at < text.length && at - end < 3 && /[\s\u00a0]/u.test(text[at]!)) at++;
  if (at === end) return undefined;
  return r.pastAfter.at(text, at);
}

/** The last day of ISO weekday `weekday` (1 = Monday) before `date` (YYYY-MM-DD). */
function lastWeekdayBefore(date: string, weekday: number): string | undefined {
  const t = Date.parse(date);
  if (Number.isNaN(t)) return undefined;
  const iso = ((new Date(t).getUTCDay() + 6) % 7) + 1;
  const back = ((iso - weekday + 7) % 7) || 7;
  return new Date(t - back * 86_400_000).toISOString().slice(0, 10);
}

const ISO_TRIPLE = /(?<![\p{N}])\d{1,4}([./-])\d{1,2}\1\d{1,4}(?![\p{N}])/gu;
const CLOCK = /(?<![\p{N}]|\p{N}[.,:])\d{1,2}:\d{2}(?::\d{2})?(?![\p{N}])/gu;
const CLOCK_DOT = /\d{1,2}[.:]\d{2}(?![\p{N}])/uy;

/**
 * Spans that numbers must not be read from: the dates findDates finds (or `dates`, when the
 * caller found them already), any d.m.y / y-m-d triple, clock times ("10:30", "10 Uhr",
 * "pukul 10.30"). Sorted by start.
 */
export function dateAndTimeMasks(text: string, lang: string, dates: readonly DateMention[] = findDates(text, lang)): Span[] {
  const spans: Span[] = [];
  for (const d of dates) if (d.kind === 'date') spans.push({ ...d.dateSpan });
  for (const re of [ISO_TRIPLE, CLOCK]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  const r = dateRules(lang);
  if (r?.timeAfter) {
    r.timeAfter.lastIndex = 0;
    for (let m = r.timeAfter.exec(text); m; m = r.timeAfter.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (r) {
    for (const lead of r.timeBefore.all(text)) {
      const at = afterSpaces(text, lead.end, 3);
      CLOCK_DOT.lastIndex = at;
      const m = CLOCK_DOT.exec(text);
      if (m && at > lead.end) spans.push({ start: at, end: at + m[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
