// Choosing among overlapping matches: leftmost first, the longer one at the same start.

/** Keeps the first, longest of overlapping items; sorts `items` in place. */
export function dropOverlaps<T extends { start: number; end: number }>(items: T[]): T[] {
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const it of items) if (!out.length || it.start >= out[out.length - 1]!.end) out.push(it);
  return out;
}
