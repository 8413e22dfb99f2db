// Whether a run lints a few named articles (a pre-commit hook, an editor on save, an article on
// stdin), decided from the arguments alone, before the bundle loads.
//
// Why: V8's optimising compiler pays off only after a few dozen articles. On a short run it
// compiles functions in the background that the run then barely uses, and the process waits for
// those jobs before it exits. Measured on 2 CPUs (median of 15 paired runs, bench article): one
// article 158 → 143 ms with `--no-opt`, 3 articles 271 → 213, 10 344 → 285, 30 473 → 420, while
// 100 articles took 813 → 861 ms. So a run over at most FEW_FILES named files turns it off.
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LINT_OPTIONS } from '../cli-option-table.js';

/** Named files up to which a run goes without the optimising compiler (the break-even was 50–100). */
export const FEW_FILES = 32;

function isFile(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}

/** What the loader needs to know of a run, from one parse of its arguments. */
export interface RunMode {
  /** At most FEW_FILES files named on the command line, or stdin: goes without the optimiser. */
  short: boolean;
  /** May go to a resident server: a short run, or --staged (a commit keeps it small). */
  servable: boolean;
  /** Reads the article from standard input (--stdin or `-`). */
  stdin: boolean;
}

const LARGE: RunMode = { short: false, servable: false, stdin: false };

/**
 * A short run is a lint run over at most FEW_FILES files named on the command line (or stdin).
 * Anything else, or anything unsure (a folder, a glob, --staged, a subcommand, the language
 * server, an argument main() will refuse), is a large run: the default, which only costs the
 * short run time. A resident server (daemon/client.ts) takes short runs and pre-commit runs over
 * the staged files; a folder or an archive is linted by a process of its own: it gains little
 * from a warm server and would have the server hold its whole report.
 */
export function runMode(argv: readonly string[], fileExists: (p: string) => boolean = isFile): RunMode {
  if (argv[0] === 'facts' || argv[0] === 'merge' || argv[0] === 'daemon' || argv.includes('--lsp')) return LARGE;
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: LINT_OPTIONS, allowPositionals: true, strict: true });
  } catch {
    return LARGE;
  }
  const { values, positionals } = parsed;
  const stdin = values.stdin === true || positionals.includes('-');
  if (values['changed-since'] !== undefined) return { short: false, servable: false, stdin };
  if (values.staged) return { short: false, servable: values.stdin !== true, stdin };
  const short = values.stdin
    ? positionals.length === 0
    : positionals.length > 0 && positionals.length <= FEW_FILES && positionals.every((p) => p === '-' || fileExists(p));
  return { short, servable: short, stdin };
}

export function isShortRun(argv: readonly string[], fileExists: (p: string) => boolean = isFile): boolean {
  return runMode(argv, fileExists).short;
}

export function isServable(argv: readonly string[], fileExists: (p: string) => boolean = isFile): boolean {
  return runMode(argv, fileExists).servable;
}
