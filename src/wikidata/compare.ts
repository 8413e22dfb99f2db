// What an import says against the set: new terms, terms whose days differ (changed), terms the
// set gives someone else (contradicts), and terms it already has (unchanged), for review.
import type { FactIndex } from '../facts/index.js';
import type { IndexedStatement, Statement } from '../types.js';
import { certainSpan, possibleSpan } from '../facts/uncertain.js';
import { equivalentOffices, pluralOffice } from '../checks/office-equivalents.js';
import type { Mapped } from './to-statements.js';

export type Verdict = 'new' | 'changed' | 'contradicts' | 'unchanged';

export interface Compared extends Mapped {
  verdict: Verdict;
  /** The set's statements it was compared with. */
  against: IndexedStatement[];
}

const MIN = '0000-01-01';
const MAX = '9999-12-31';

function meet(a: Statement, b: Statement, span: typeof possibleSpan): boolean {
  const x = span(a);
  const y = span(b);
  return (x.from ?? MIN) <= (y.to ?? MAX) && (y.from ?? MIN) <= (x.to ?? MAX) && (x.from ?? MIN) <= (x.to ?? MAX) && (y.from ?? MIN) <= (y.to ?? MAX);
}

export function compareWithSet(mapped: readonly Mapped[], index: FactIndex): Compared[] {
  return mapped.map((m) => {
    const s = m.statement;
    const post = s.object as { office: string; of: string };
    const offices = equivalentOffices(index, post.office);
    const samePost = (t: IndexedStatement) => typeof t.object === 'object' && !!t.object && offices.has(t.object.office) && t.object.of === post.of && t.rank !== 'deprecated';
    const own = index.heldBy(String(s.subject)).filter(samePost);
    const overlapping = own.filter((t) => meet(s, t, possibleSpan));
    if (overlapping.some((t) => t.from === s.from && (t.to ?? null) === (s.to ?? null))) return { ...m, verdict: 'unchanged', against: overlapping };
    if (overlapping.length) return { ...m, verdict: 'changed', against: overlapping };
    const others = pluralOffice(post.office) ? [] : [...offices].flatMap((o) => index.postsOf(o, post.of)).filter((t) => t.subject !== s.subject && t.rank !== 'deprecated' && meet(s, t, certainSpan));
    if (others.length) return { ...m, verdict: 'contradicts', against: others };
    return { ...m, verdict: 'new', against: [] };
  });
}
