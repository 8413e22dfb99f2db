// How much of a period the set knows the holder of each post: the share of days some term
// certainly covers (an uncertain boundary counts only its certain days). A fact editor reads it
// to see where the set is silent, and so where factlint cannot check.
import type { FactIndex } from '../index.js';
import { certainSpan, possibleSpan } from '../uncertain.js';
import { equivalentOffices } from '../../checks/office-equivalents.js';

export interface PostCoverage {
  office: string;
  of: string;
  /** Days of the period with a known holder. */
  known: number;
  /**
   * Days without a holder that the set explains: the gap before a term whose `continuity` says why
   * (a vacancy, a post abolished for a time). Known and documented days are the days the set
   * accounts for; the rest is where it is silent.
   */
  documented: number;
  days: number;
}

const KNOWN = 2;
const EXPLAINED = 1;

function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

/** Coverage of one post (its office group) over from..to, both inclusive. */
export function postCoverage(index: FactIndex, office: string, of: string, from: string, to: string): PostCoverage {
  const days = dayCount(from, to);
  const dayOf = (d: string) => dayCount(from, d) - 1;
  const statements = [...equivalentOffices(index, office)].flatMap((o) => index.postsOf(o, of)).filter((s) => s.rank !== 'deprecated');
  // One mark per day of the period (a quarter-century is ~9,500 days): known beats explained.
  const mark = new Uint8Array(days);
  const fill = (a: string | undefined, b: string | undefined, value: number) => {
    const lo = Math.max(0, a ? dayOf(a) : 0);
    const hi = Math.min(days - 1, b ? dayOf(b) : days - 1);
    for (let i = lo; i <= hi; i++) if (mark[i]! < value) mark[i] = value;
  };
  for (const s of statements) {
    const sp = certainSpan(s);
    fill(sp.from, sp.to, KNOWN);
  }
  // The unknown days just before a term whose continuity explains them (a vacancy, a post
  // abolished for a time), counted from the term's earliest possible start backwards.
  for (const s of statements) {
    const start = possibleSpan(s).from;
    if (typeof s.continuity !== 'string' || !start) continue;
    for (let i = Math.min(dayOf(start), days) - 1; i >= 0 && mark[i] !== KNOWN; i--) mark[i] = EXPLAINED;
  }
  let known = 0;
  let documented = 0;
  for (const m of mark) {
    if (m === KNOWN) known++;
    else if (m === EXPLAINED) documented++;
  }
  return { office, of, known, documented, days };
}

/**
 * Coverage of every post the set has holders for, sorted by jurisdiction and office; offices of
 * one group (prime minister = chairman of the cabinet) are one post, named by its offices joined.
 */
export function coverage(index: FactIndex, from: string, to: string): PostCoverage[] {
  const posts = new Map<string, { office: string; of: string }>();
  for (const s of index.statementsOf('holds-office')) {
    if (typeof s.object !== 'object' || !s.object) continue;
    const { office, of } = s.object;
    const group = [...equivalentOffices(index, office)].filter((o) => index.postsOf(o, of).length > 0).sort();
    posts.set(`${of}|${group.join(' / ')}`, s.object);
  }
  return [...posts.keys()].sort().map((k) => ({ ...postCoverage(index, posts.get(k)!.office, posts.get(k)!.of, from, to), office: k.split('|')[1]! }));
}
