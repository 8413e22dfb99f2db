// How much of a period the set knows the holder of each post: the share of days some term
// certainly covers (an uncertain boundary counts only its certain days). A fact editor reads it
// to see where the set is silent, and so where factlint cannot check.
import type { FactIndex } from '../index.js';
import { addDays } from '../time.js';
import { certainSpan } from '../uncertain.js';
import { equivalentOffices } from '../../checks/office-equivalents.js';

export interface PostCoverage {
  office: string;
  of: string;
  /** Days of the period with a known holder. */
  known: number;
  days: number;
}

function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

/** Coverage of one post (its office group) over from..to, both inclusive. */
export function postCoverage(index: FactIndex, office: string, of: string, from: string, to: string): PostCoverage {
  const spans = [...equivalentOffices(index, office)]
    .flatMap((o) => index.postsOf(o, of))
    .filter((s) => s.rank !== 'deprecated')
    .map(certainSpan)
    .map((sp) => [sp.from && sp.from > from ? sp.from : from, sp.to && sp.to < to ? sp.to : to] as const)
    .filter(([a, b]) => a <= b)
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  let known = 0;
  let next = from;
  for (const [a, b] of spans) {
    const start = a > next ? a : next;
    if (start <= b) {
      known += dayCount(start, b);
      next = addDays(b, 1);
    }
  }
  return { office, of, known, days: dayCount(from, to) };
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
