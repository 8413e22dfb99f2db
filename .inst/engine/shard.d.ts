export interface Shard {
    /** 1-based. */
    index: number;
    count: number;
}
/** Parses "K/N" (1 ≤ K ≤ N); a usage error otherwise. */
export declare function parseShard(value: string): Shard;
/** The files of one shard, in their given order. */
export declare function inShard<T extends {
    path: string;
}>(files: readonly T[], shard: Shard, cwd: string): T[];
