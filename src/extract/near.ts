// Bounded look-ups for binding inside one clause. A figure binds words near it; in an ordinary
// clause "near" is the whole clause, but a clause of thousands of names and figures (a list run
// on without a full stop) would make every figure scan all of them: quadratic in the sentence.
// Past a few dozen items, only those within a reach of characters around the span are considered.

interface Spanned {
  span: { start: number; end: number };
}

/** Items a clause may hold before the reach applies: ordinary sentences never get near it. */
export const NEAR_LIMIT = 48;
/** Characters each side of the span an item must start or end within. */
export const NEAR_REACH = 400;

/** First index whose item satisfies `ok` in a list where `ok` turns from false to true once. */
function firstWhere<T>(list: readonly T[], ok: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ok(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The items of `list` (in text order) near `at`: all of them when there are at most NEAR_LIMIT,
 * else those starting no later than NEAR_REACH after `at` and ending no earlier than NEAR_REACH before it.
 */
export function near<T extends Spanned>(list: readonly T[], at: { start: number; end: number }): readonly T[] {
  if (list.length <= NEAR_LIMIT) return list;
  // A long list not in text order is sorted once (and remembered) before the binary search.
  let sorted = sortedLists.get(list) as readonly T[] | undefined;
  if (!sorted) sortedLists.set(list, (sorted = inTextOrder(list)));
  return window(sorted, at);
}

const sortedLists = new WeakMap<readonly Spanned[], readonly Spanned[]>();

function window<T extends Spanned>(list: readonly T[], at: { start: number; end: number }): readonly T[] {
  const from = firstWhere(list, (x) => x.span.start >= at.start - NEAR_REACH * 2);
  const to = firstWhere(list, (x) => x.span.start > at.end + NEAR_REACH);
  return list.slice(from, to).filter((x) => x.span.end >= at.start - NEAR_REACH);
}

/** The list itself when already in text order (the usual case), else a sorted copy. */
export function inTextOrder<T extends Spanned>(list: readonly T[]): readonly T[] {
  for (let i = 1; i < list.length; i++) if (list[i]!.span.start < list[i - 1]!.span.start) return [...list].sort((a, b) => a.span.start - b.span.start);
  return list;
}
