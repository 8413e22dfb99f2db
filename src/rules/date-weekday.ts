// date-weekday: "Tuesday, 8 May" under a 2023 dateline, when 8 May 2023 was a Monday. Needs no
// fact: the calendar decides. The year is the one printed, else the article's.
import { calendarPack } from '../language/calendar.js';
import { WEEKDAY_NAMES, weekdayOf, type CalendarDate } from '../language/dates.js';
import { verified, unverifiable, type Outcome } from '../claims/frame.js';
import type { Finding } from '../checks/finding.js';
import type { Rule } from './rule.js';

const EN_DAYS = WEEKDAY_NAMES;
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function checkWeekday(d: CalendarDate, text: string, lang: string): Outcome {
  if (d.weekday === undefined || !d.resolved || !d.weekdaySpan) return unverifiable('no year for the date');
  const actual = weekdayOf(d.resolved);
  const when = `${d.day} ${EN_MONTHS[d.month - 1]} ${d.year}`;
  if (actual === d.weekday) return verified(`${when} was a ${EN_DAYS[actual - 1]}`);
  const yearNote = d.yearExplicit ? '' : ` (year from the article's date)`;
  return {
    verdict: 'contradicted',
    reason: `${when} was a ${EN_DAYS[actual - 1]}`,
    finding: {
      ruleId: 'date-weekday',
      span: d.span,
      message: `${when} was a ${EN_DAYS[actual - 1]}, not a ${EN_DAYS[d.weekday - 1]}${yearNote}`,
      actual: `${EN_DAYS[d.weekday - 1]}, ${when}`,
      expected: `${EN_DAYS[actual - 1]}, ${when}`,
      ...weekdayFix(d, actual, text, lang),
    },
  };
}

/** Replace the weekday word when it is written in the dictionary form, so no case ending is needed. */
function weekdayFix(d: CalendarDate, actual: number, text: string, lang: string): Pick<Finding, 'fix'> {
  const pack = calendarPack(lang);
  if (!pack || !d.weekdaySpan) return {};
  const written = text.slice(d.weekdaySpan.start, d.weekdaySpan.end);
  const forms = pack.weekdays[(d.weekday ?? 1) - 1] ?? [];
  if (!forms[0] || forms[0].toLowerCase() !== written.toLowerCase()) return {};
  let replacement = pack.weekdays[actual - 1]?.[0];
  if (!replacement) return {};
  const upper = written[0] !== written[0]!.toLowerCase();
  replacement = upper ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement[0]!.toLowerCase() + replacement.slice(1);
  return { fix: { range: [d.weekdaySpan.start, d.weekdaySpan.end], text: replacement } };
}

export const dateWeekday: Rule<'weekday'> = {
  meta: { id: 'date-weekday', frame: 'weekday' },
  check: (frame, ctx) => checkWeekday(frame.claim, ctx.text, ctx.lang),
};
