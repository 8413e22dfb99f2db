// event-date: an opening, signing, founding or event given a date other than the fact set's.
// The claim is compared at the precision the text gives: "founded in 2001" against the year,
// "im Oktober 2003" against the month, "on 23 October 2003" against the day. A day without its
// year takes the article's near its date, and is compared only with a fact near that day too:
// "on 12 October" in a later article may be an anniversary.
import type { FactIndex } from '../facts/index.js';
import type { IndexedStatement } from '../types.js';
import type { EventDateClaim } from '../extract/event-date-claims.js';
import { verified, unverifiable, type Outcome } from '../claims/frame.js';
import { displayName } from '../checks/names.js';
import type { Rule } from './rule.js';
import { possibleSpan } from '../facts/uncertain.js';
import { NEAR_DAYS } from './office-holder.js';

/** The statement's day or span, cut to the claim's precision (with some years of slack). */
function agrees(s: IndexedStatement, when: string, slack = 0): boolean {
  const cut = (d: string) => d.slice(0, when.length);
  // A span with an uncertain boundary agrees with any of its candidate days (facts/uncertain.ts).
  const span = possibleSpan(s);
  const day = typeof s.date === 'string' ? s.date : span.from;
  if (!day) return true;
  if (slack > 0 && when.length === 4) return Math.abs(Number(day.slice(0, 4)) - Number(when)) <= slack;
  if (typeof s.date === 'string') return cut(s.date) === when;
  const to = span.to ?? day;
  return when >= cut(day) && when <= cut(to);
}

/** Whether the statement's day or span lies within two months of a day. */
function nearDay(s: IndexedStatement, day: string): boolean {
  const span = possibleSpan(s);
  const from = typeof s.date === 'string' ? s.date : span.from;
  if (!from) return false;
  const to = typeof s.date === 'string' ? s.date : span.to ?? from;
  const t = Date.parse(day);
  return Date.parse(from) - NEAR_MS <= t && t <= Date.parse(to) + NEAR_MS;
}

/** The same reach as a day without its year has for offices (office-holder.ts). */
const NEAR_MS = NEAR_DAYS * 86_400_000;

export function checkEventDate(claim: EventDateClaim, index: FactIndex): Outcome {
  const all = index.datesOf(claim.subject, claim.property).filter((s) => s.rank !== 'deprecated');
  const subjectName = displayName(index, claim.subject, 'en');
  const verb = claim.property ? index.property(claim.property)?.names?.en?.[0] ?? claim.property : 'dated';
  if (all.length === 0) return unverifiable(`the fact set has no date for ${subjectName} ${verb}`);
  // A pair's date ("Russia–Kyrgyzstan diplomatic relations") only where the sentence names the
  // pair: "Indonesia and Kyrgyzstan established relations in 1993" is another pair's, one side of
  // which the fact set does not know.
  const named = claim.named;
  const statements = named ? all.filter((s) => {
    const subjects = Array.isArray(s.subject) ? s.subject : [s.subject];
    return subjects.length < 2 || subjects.every((e) => e === claim.subject || named.includes(e));
  }) : all;
  if (statements.length === 0) return unverifiable(`the sentence names only one side of ${verb} the fact set dates for a pair`);
  const ok = statements.find((s) => agrees(s, claim.when, claim.slackYears));
  // "on 23 October" without its year: the article's year was assumed because the day is near its
  // date; a fact of another year means an anniversary or another instance, not an error.
  if (!ok && claim.yearless && !statements.some((s) => nearDay(s, claim.when))) return unverifiable(`${subjectName} ${verb}: the day is written without its year, and the fact set's is not near the article's`);
  if (ok) return verified(`${subjectName} ${claim.property ? verb : ok.property}: ${ok.date ?? ok.from}`);
  const s = statements[0]!;
  const right = typeof s.date === 'string' ? s.date : s.from === s.to || !s.to ? `${s.from}` : `${s.from} to ${s.to}`;
  const subjects = Array.isArray(s.subject) ? s.subject : [s.subject];
  const what = subjects.map((id) => displayName(index, id, 'en')).join('–');
  const sVerb = index.property(s.property)?.names?.en?.[0] ?? s.property;
  return {
    verdict: 'contradicted',
    reason: `${what} ${sVerb} ${right}`,
    finding: {
      ruleId: 'event-date',
      span: claim.span,
      message: claim.property
        ? `${what} ${verb}: the article says ${claim.when}, the fact set ${right}`
        : `${what}: the anniversary counts from ${claim.when}, the fact set has ${sVerb} ${right}`,
      actual: claim.when,
      expected: right,
      fact: s,
    },
  };
}

export const eventDate: Rule<'event-date'> = {
  meta: { id: 'event-date', frame: 'event-date' },
  check: (frame, ctx) => checkEventDate(frame.claim, ctx.index),
};
