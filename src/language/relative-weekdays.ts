// A weekday beside a word for a day counted from the article's ("Сегодня, во вторник", "today,
// Tuesday", "am heutigen Dienstag", "kemarin, Senin"): the day is the article's date moved by the
// word's offset, and the weekday written is a claim about it. Day words come from calendar.json
// "relative", weekdays from its "weekdays".
import type { Span } from '../types.js';
import { relativeDayOffset, weekdayForms } from './calendar.js';
import type { CalendarDate } from './dates.js';

const WORD = /[\p{L}\p{M}'’-]+/gu;
/** A word that may stand between the day word and the weekday: one short one ("во", "am", "pada"). */
const MAX_BETWEEN = 1;
const SHORT = 4;
const DAY_MS = 86_400_000;

interface Word {
  start: number;
  end: number;
  key: string;
}

/**
 * Weekdays written with a relative day word, as dates of the article's calendar. A weekday one day
 * off the day the word names is left alone: an article dated in another time zone, or filed the
 * evening before, says "today" of a day its date does not give.
 */
export function findRelativeWeekdays(text: string, lang: string, articleDate: string | undefined, taken: readonly Span[], from = 0): CalendarDate[] {
  if (!articleDate || !/^\d{4}-\d{2}-\d{2}$/u.test(articleDate)) return [];
  const forms = weekdayForms(lang);
  if (forms.length === 0) return [];
  const weekdayOf = new Map<string, number>();
  for (const f of forms) if (!/\s/u.test(f.form)) weekdayOf.set(f.form.toLowerCase(), f.weekday);
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ start: m.index, end: m.index + m[0].length, key: m[0].toLowerCase() });
  const out: CalendarDate[] = [];
  const base = Date.parse(`${articleDate}T00:00:00Z`);
  // The dates found already, in text order, walked along with the words.
  const spans = [...taken].sort((a, b) => a.start - b.start);
  let t = 0;
  let reach = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    while (t < spans.length && spans[t]!.start <= w.start) reach = Math.max(reach, spans[t++]!.end);
    const weekday = weekdayOf.get(w.key);
    if (weekday === undefined || reach >= w.end) continue;
    // The day word before the weekday, a word or two between (of one or two words itself: "hari ini").
    for (let j = i - 1; j >= 0 && j >= i - 1 - MAX_BETWEEN - 1; j--) {
      const gap = text.slice(words[j]!.end, w.start);
      if (/[.!?;:\n]/u.test(gap)) break;
      // Only a short word between (a preposition or an article), else the two are apart.
      if (j < i - 1 && words.slice(j + 1, i).some((x) => x.end - x.start > SHORT)) continue;
      const one = relativeDayOffset(lang, words[j]!.key);
      const two = j > 0 ? relativeDayOffset(lang, `${words[j - 1]!.key} ${words[j]!.key}`) : undefined;
      const offset = two ?? one;
      if (offset === undefined) continue;
      const start = two !== undefined ? words[j - 1]!.start : words[j]!.start;
      const day = new Date(base + offset * DAY_MS);
      const actual = ((day.getUTCDay() + 6) % 7) + 1;
      const off = Math.min((weekday - actual + 7) % 7, (actual - weekday + 7) % 7);
      if (off === 1) break;
      const resolved = day.toISOString().slice(0, 10);
      out.push({
        kind: 'date', span: { start, end: w.end }, dateSpan: { start, end: two !== undefined ? words[j]!.end : words[j]!.end },
        year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), weekday, weekdaySpan: { start: w.start, end: w.end },
        yearExplicit: false, resolved,
      });
      break;
    }
  }
  return out;
}
