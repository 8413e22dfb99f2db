// event-date: an opening, signing, founding or event given a date other than the fact set's.
// Only dates with a written year are compared: "on 12 October" in a later article may be an
// anniversary, and the weekday check already covers dates without a year.
import type { FactIndex } from '../facts/index.js';
import type { CalendarDate } from '../language/dates.js';
import type { IndexedStatement, Span } from '../types.js';
import { displayName } from './names.js';
import type { Finding } from './finding.js';

export interface EventDateClaim {
  subject: string;
  property: string;
  date: CalendarDate;
  span: Span;
}

function agrees(s: IndexedStatement, iso: string): boolean {
  if (typeof s.date === 'string') return s.date === iso;
  const from = s.from ?? undefined;
  const to = s.to ?? from;
  if (!from) return true;
  return iso >= from && iso <= (to ?? from);
}

export function checkEventDate(claim: EventDateClaim, index: FactIndex): Finding | undefined {
  const iso = claim.date.resolved;
  if (!iso || !claim.date.yearExplicit) return undefined;
  const statements = index.datesOf(claim.subject, claim.property).filter((s) => s.rank !== 'deprecated');
  if (statements.length === 0 || statements.some((s) => agrees(s, iso))) return undefined;
  const s = statements[0]!;
  const right = typeof s.date === 'string' ? s.date : s.from === s.to || !s.to ? `${s.from}` : `${s.from} to ${s.to}`;
  const subjects = Array.isArray(s.subject) ? s.subject : [s.subject];
  const what = subjects.map((id) => displayName(index, id, 'en')).join('–');
  const verb = index.property(claim.property)?.names?.en?.[0] ?? claim.property;
  return {
    ruleId: 'event-date',
    span: claim.span,
    message: `${what} ${verb}: the article says ${iso}, the fact set ${right}`,
    actual: iso,
    expected: right,
    fact: s,
  };
}
