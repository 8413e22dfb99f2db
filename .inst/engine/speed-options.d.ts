import type { RunOptions } from './run.js';
export declare const SPEED_HELP = "Speed (see docs/performance.md):\n  --cache                  reuse the results of files that did not change since the last run\n  --cache-location PATH    cache file or folder (default .factlintcache)\n  --concurrency N|auto     lint on N threads; auto: one per CPU for 50 files or more (default 1)\n  --shard K/N              lint only part K of N of the files (split by path), e.g. on N CI jobs";
/** parseArgs definitions of the speed options. */
export declare const SPEED_OPTIONS: {
    readonly cache: {
        readonly type: "boolean";
    };
    readonly 'cache-location': {
        readonly type: "string";
    };
    readonly concurrency: {
        readonly type: "string";
    };
    readonly shard: {
        readonly type: "string";
    };
};
export interface SpeedValues {
    cache?: boolean;
    'cache-location'?: string;
    concurrency?: string;
    shard?: string;
}
/** Checks the values (a usage error, exit 2, for a bad one) and returns the run options they set. */
export declare function speedOptions(values: SpeedValues): Pick<RunOptions, 'cache' | 'concurrency' | 'shard'>;
