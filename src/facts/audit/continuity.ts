// Gaps and overlaps between successive holders of one post. Within a chain of terms ordered by
// their start, each term should begin the day the one before it ends or the day after (a handover).
// A later start is a gap: days when the set does not know who held the post; an earlier one is an
// overlap: two holders of a post only one person holds. Uncertain boundaries count with all their
// candidate days, so a disputed day is neither. A term that does not follow the one
// before on purpose (a vacancy, a contested handover) says why in `continuity`.
import type { FactIndex } from '../index.js';
import type { IndexedStatement } from '../../types.js';
import { addDays } from '../time.js';
import { boundaryRange } from '../uncertain.js';
import { equivalentOffices, pluralOffice } from '../../checks/office-equivalents.js';
import type { AuditFinding } from './finding.js';
import { plural } from '../../text/plural.js';

const MAX = '9999-12-31';

function where(s: IndexedStatement): string {
  return `${s.origin.file}#${s.origin.pointer}`;
}

function person(s: IndexedStatement): string {
  return Array.isArray(s.subject) ? s.subject.join('+') : s.subject;
}

/** Days from a to b (YYYY-MM-DD), b after a. */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/** The posts of the set: each office group (prime minister = chairman of the cabinet) of each country or body. */
function chains(index: FactIndex): Map<string, IndexedStatement[]> {
  const out = new Map<string, IndexedStatement[]>();
  for (const s of index.statementsOf('holds-office')) {
    if (s.rank === 'deprecated' || typeof s.object !== 'object' || !s.object) continue;
    const { office, of } = s.object;
    if (pluralOffice(office)) continue;
    const key = `${[...equivalentOffices(index, office)].sort().join('=')}|${of}`;
    const list = out.get(key);
    if (list) list.push(s);
    else out.set(key, [s]);
  }
  return out;
}

export function checkContinuity(index: FactIndex): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const property = index.property('holds-office');
  if (!property || property.kind !== 'office') return findings;
  for (const [key, list] of [...chains(index)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const post = key.replace('|', ' of ').replace(/=/g, ' / ');
    const terms = list
      .filter((s) => typeof s.from === 'string')
      .map((s) => ({ s, from: boundaryRange(s.from!, s.fromPrecision, s.fromAlt), to: typeof s.to === 'string' ? boundaryRange(s.to, s.toPrecision, s.toAlt) : undefined }))
      // By the day each term certainly began: a start known only to the year ("2021") follows one
      // known to the month within it ("February 2021").
      .sort((a, b) => (a.from.latest < b.from.latest ? -1 : a.from.latest > b.from.latest ? 1 : 0));
    // The term that reaches furthest so far: the one a next term must follow.
    let reach: (typeof terms)[number] | undefined;
    for (const t of terms) {
      if (reach) {
        const endLatest = reach.to?.latest ?? MAX;
        const endEarliest = reach.to?.earliest ?? MAX;
        if (endLatest !== MAX && t.from.earliest > addDays(endLatest, 1) && typeof t.s.continuity !== 'string') {
          findings.push({
            check: 'gap',
            file: t.s.origin.file,
            pointer: t.s.origin.pointer,
            message: `${post}: no holder from ${addDays(endLatest, 1)} to ${addDays(t.from.earliest, -1)} (${plural(daysBetween(endLatest, t.from.earliest) - 1, 'day')}) between ${person(reach.s)} (to ${endLatest}) and ${person(t.s)} (from ${t.from.earliest}); fill it, or say why in "continuity"`,
            related: [where(reach.s)],
          });
        } else if (t.from.latest < endEarliest && person(t.s) !== person(reach.s) && typeof t.s.continuity !== 'string') {
          const until = endEarliest === MAX ? 'still open' : endEarliest;
          findings.push({
            check: 'overlap',
            file: t.s.origin.file,
            pointer: t.s.origin.pointer,
            message: `${post}: ${person(t.s)} from ${t.from.latest} overlaps ${person(reach.s)}, whose term runs to ${until}; correct one of them, or say why in "continuity"`,
            related: [where(reach.s)],
          });
        }
      }
      const tEnd = t.to?.latest ?? MAX;
      if (!reach || tEnd > (reach.to?.latest ?? MAX) || (tEnd === MAX && !reach.to)) reach = t;
    }
  }
  return findings;
}
