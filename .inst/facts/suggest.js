// "Did you mean" for unknown ids. Only the few unknown ids get suggestions, and each candidate
// is dropped as soon as its edit distance exceeds the limit, so a 100k-entity set stays cheap.
/** Edit distance between a and b if it is at most `max`, else max + 1. */
export function boundedEditDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let prev = new Array(b.length + 1);
    let cur = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        cur[0] = i;
        let rowMin = i;
        const ca = a.charCodeAt(i - 1);
        for (let j = 1; j <= b.length; j++) {
            const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            cur[j] = v;
            if (v < rowMin)
                rowMin = v;
        }
        if (rowMin > max)
            return max + 1;
        [prev, cur] = [cur, prev];
    }
    return Math.min(prev[b.length], max + 1);
}
/** Suggests the closest known id for a mistyped one, with a cap on how many lookups it does. */
export class Suggester {
    candidates;
    maxLookups;
    cache = new Map();
    lookups = 0;
    constructor(candidates, maxLookups = 25) {
        this.candidates = candidates;
        this.maxLookups = maxLookups;
    }
    /** The closest candidate within a few edits, or undefined (also once the lookup budget is spent). */
    suggest(unknown) {
        if (this.cache.has(unknown))
            return this.cache.get(unknown);
        if (this.lookups >= this.maxLookups)
            return undefined;
        this.lookups++;
        const max = unknown.length <= 4 ? 1 : unknown.length <= 12 ? 2 : 3;
        let best;
        let bestDistance = max + 1;
        for (const candidate of this.candidates) {
            const d = boundedEditDistance(unknown, candidate, Math.min(max, bestDistance - 1));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
                if (d === 1)
                    break; // cannot do better than one edit for a different string
            }
        }
        this.cache.set(unknown, best);
        return best;
    }
}
