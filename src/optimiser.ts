// V8's optimising compiler during a short run. The bin turns it off for a run over a few named
// articles (bin/run-mode.ts: it would compile in the background what the run barely uses). One
// job in such a run is long, though: compiling a large fact set on a cache miss, which ran about
// 1.8 times slower without it (100,000 entities: 4.4 → 8 s of CPU). That job turns it back on
// for its duration. The bin and the bundle are separate scripts, so the state is a global mark.
import { createRequire } from 'node:module';

const OFF = Symbol.for('factlint.optimiser-off');

type Marked = typeof globalThis & { [OFF]?: true };

function setFlags(flags: string): void {
  // Loaded only when needed: node:v8 costs a few milliseconds of start-up.
  (createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).setFlagsFromString(flags);
}

/** Turns the optimising compiler off for the rest of the process, marked so withOptimiser can lift it. */
export function optimiserOff(): void {
  setFlags('--no-opt');
  (globalThis as Marked)[OFF] = true;
}

/**
 * Runs `job` with the optimising compiler, when optimiserOff turned it off, and off again after:
 * the rest of the run stays a short run, and V8's flags are as they were when the bin's code
 * cache is written at exit (a cache made under other flags would be refused by the next run).
 */
export function withOptimiser<T>(job: () => T): T {
  if ((globalThis as Marked)[OFF] !== true) return job();
  setFlags('--opt');
  try {
    return job();
  } finally {
    setFlags('--no-opt');
  }
}
