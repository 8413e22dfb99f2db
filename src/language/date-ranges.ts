// A refiner over found dates (as chrono's refiners run after its parsers): weekday ranges.
// "Wednesday and Thursday, 3–4 July", "Wednesday to Friday, 3–5 July", "Rabu dan Kamis, 3-4 Juli", "в среду и четверг, 3–4 июля",
// "Wednesday and Thursday, July 3-4": the first weekday goes with the first day and the second
// with the second. The date finder sees a bare weekday, then "Thursday, 3" and "4 July" (or only
// "Thursday, July 3"); left alone, Thursday would be checked against 3 July.
import { formatDate } from '../document/dates.js';
import { grammarOf } from '../extract/grammar.js';
import { loadPack, perLanguage } from './pack.js';
import type { CalendarDate, DateMention } from './dates.js';
import type { PeriodsPack } from './periods-pack.js';
import { weekdayForms } from './calendar.js';

/** Weekday words of a language, lower case, to their ISO weekday. */
const weekdayWordsOf = perLanguage((lang): Map<string, number> => new Map(weekdayForms(lang).map((f) => [f.form.toLowerCase(), f.weekday])));

const LAST_WORD = /(\p{L}+)([^\p{L}\p{N}]*)$/u;

/** The weekday written right before `at`, joined to it by "and" or a dash: "Wednesday and |Thursday". */
function weekdayBefore(text: string, at: number, lang: string, joiner: RegExp): { weekday: number; start: number; end: number } | undefined {
  const head = text.slice(Math.max(0, at - 40), at);
  // Strip the joiner: the text before it must end in a weekday word.
  for (let cut = head.length; cut >= 0; cut--) {
    if (!joiner.test(head.slice(cut))) continue;
    const m = LAST_WORD.exec(head.slice(0, cut));
    if (!m || m[2] !== '' && !/^[\s\u00a0]*$/u.test(m[2]!)) continue;
    const weekday = weekdayWordsOf(lang).get(m[1]!.toLowerCase());
    if (weekday === undefined) continue;
    const start = at - head.length + m.index;
    return { weekday, start, end: start + m[1]!.length };
  }
  return undefined;
}

/** Words and signs that join two weekdays ("and", "und", "и", "dan", a dash). */
const joinersOf = perLanguage((lang): RegExp => {
  // "and" words, and the range words of the language's periods ("to", "bis", "по", "hingga").
  const range = loadPack<PeriodsPack>(lang, 'periods')?.rangeJoiners ?? [];
  const words = [...grammarOf(lang).and, ...range].map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(`^[\\s\\u00a0]*(?:(?:${[...words, '[-–—/]'].join('|')})[\\s\\u00a0]*)$`, 'iu');
});

const DAY_AFTER = /^[\s\u00a0]*[-–—][\s\u00a0]*(\d{1,2})(?!\d)/u;

function withDay(d: CalendarDate, day: number): string | undefined {
  return d.year === undefined ? undefined : formatDate(d.year, d.month, day);
}

/** Dates with each weekday of a weekday range moved to its own day. Pure; input order kept. */
export function pairWeekdayRanges(found: readonly DateMention[], text: string, lang: string): CalendarDate[] {
  const joiner = joinersOf(lang);
  const out: CalendarDate[] = [];
  for (let i = 0; i < found.length; i++) {
    const d = found[i]!;
    if (d.kind !== 'date') continue;
    const prev = found[i - 1];
    const before = d.weekday === undefined || !d.weekdaySpan ? undefined
      : prev?.kind === 'weekday' && joiner.test(text.slice(prev.span.end, d.weekdaySpan.start))
        ? { weekday: prev.weekday, start: prev.weekdaySpan.start, end: prev.weekdaySpan.end }
        : weekdayBefore(text, d.weekdaySpan.start, lang, joiner);
    if (!before || d.weekday === undefined || !d.weekdaySpan) {
      out.push(d);
      continue;
    }
    // The second day: the next date right after a dash ("3–4 July"), or a bare day ("July 3-4").
    const next = found[i + 1];
    const gap = next?.kind === 'date' ? text.slice(d.dateSpan.end, next.dateSpan.start) : undefined;
    let secondDay: number | undefined;
    let second: CalendarDate | undefined;
    if (next?.kind === 'date' && gap !== undefined && /^[\s\u00a0]*[-–—][\s\u00a0]*$/u.test(gap)) {
      secondDay = next.day;
      second = next;
    } else {
      const m = DAY_AFTER.exec(text.slice(d.dateSpan.end, d.dateSpan.end + 8));
      if (m) secondDay = Number(m[1]);
    }
    if (secondDay === undefined || secondDay <= d.day) {
      out.push(d);
      continue;
    }
    const firstIso = d.resolved;
    const secondIso = second?.resolved ?? withDay(d, secondDay);
    const span = { start: before.start, end: d.span.end };
    out.push({ ...d, weekday: before.weekday, weekdaySpan: { start: before.start, end: before.end }, span, ...(firstIso ? { resolved: firstIso } : {}) });
    const secondMention: CalendarDate = {
      kind: 'date',
      span: { start: d.weekdaySpan.start, end: second ? second.span.end : d.span.end },
      dateSpan: second ? second.dateSpan : d.dateSpan,
      month: d.month,
      day: secondDay,
      yearExplicit: second?.yearExplicit ?? d.yearExplicit,
      weekday: d.weekday,
      weekdaySpan: { ...d.weekdaySpan },
      ...(d.year !== undefined ? { year: d.year } : {}),
      ...(secondIso ? { resolved: secondIso } : {}),
    };
    out.push(secondMention);
    if (second) i++;
    // A bare weekday consumed here is not reported again.
  }
  return out;
}
