// "Did you mean" for unknown ids. Only the few unknown ids get suggestions, and each candidate
// is dropped as soon as its edit distance exceeds the limit, so a 100k-entity set stays cheap.

/** Edit distance between a and b if it is at most `max`, else max + 1. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length] as number, max + 1);
}

/** Suggests the closest known id for a mistyped one, with a cap on how many lookups it does. */
export class Suggester {
  private readonly cache = new Map<string, string | undefined>();
  private lookups = 0;

  constructor(
    private readonly candidates: readonly string[],
    private readonly maxLookups = 25,
  ) {}

  /** The closest candidate within a few edits, or undefined (also once the lookup budget is spent). */
  suggest(unknown: string): string | undefined {
    if (this.cache.has(unknown)) return this.cache.get(unknown);
    if (this.lookups >= this.maxLookups) return undefined;
    this.lookups++;
    const max = unknown.length <= 4 ? 1 : unknown.length <= 12 ? 2 : 3;
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const candidate of this.candidates) {
      const d = boundedEditDistance(unknown, candidate, Math.min(max, bestDistance - 1));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
        if (d === 1) break; // cannot do better than one edit for a different string
      }
    }
    this.cache.set(unknown, best);
    return best;
  }
}
