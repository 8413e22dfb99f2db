// The command-line options that make a run faster without changing what it reports:
// --cache, --cache-location, --concurrency and --shard, checked and turned into run options.
import { FactlintError } from '../errors.js';
import type { RunOptions } from './run.js';
import { parseShard } from './shard.js';

export const SPEED_HELP = `Speed (see docs/performance.md):
  --cache                  reuse the results of files that did not change since the last run
  --cache-location PATH    cache file or folder (default: one per project in the user's cache folder)
  --concurrency N|auto     lint on N threads; auto: one per CPU, with 3+ CPUs and 50+ files (default 1)
  --shard K/N              lint only part K of N of the files (split by path), e.g. on N CI jobs`;

export { SPEED_OPTIONS } from '../cli-option-table.js';

export interface SpeedValues {
  cache?: boolean;
  'cache-location'?: string;
  concurrency?: string;
  shard?: string;
}

/** Checks the values (a usage error, exit 2, for a bad one) and returns the run options they set. */
export function speedOptions(values: SpeedValues): Pick<RunOptions, 'cache' | 'concurrency' | 'shard'> {
  const out: Pick<RunOptions, 'cache' | 'concurrency' | 'shard'> = {};
  if (values.concurrency !== undefined) {
    const v = values.concurrency.trim().toLowerCase();
    if (v === 'auto') out.concurrency = 'auto';
    else if (/^\d{1,4}$/.test(v) && Number(v) >= 1) out.concurrency = Number(v);
    else throw new FactlintError(`--concurrency must be a number of threads (1 or more) or "auto", got "${values.concurrency}"`);
  }
  if (values.shard !== undefined) out.shard = parseShard(values.shard);
  if (values['cache-location'] === '') throw new FactlintError('--cache-location needs a file or folder name');
  if (values.cache) out.cache = { location: values['cache-location'] };
  return out;
}
