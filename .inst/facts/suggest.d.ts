/** Edit distance between a and b if it is at most `max`, else max + 1. */
export declare function boundedEditDistance(a: string, b: string, max: number): number;
/** Suggests the closest known id for a mistyped one, with a cap on how many lookups it does. */
export declare class Suggester {
    private readonly candidates;
    private readonly maxLookups;
    private readonly cache;
    private lookups;
    constructor(candidates: readonly string[], maxLookups?: number);
    /** The closest candidate within a few edits, or undefined (also once the lookup budget is spent). */
    suggest(unknown: string): string | undefined;
}
