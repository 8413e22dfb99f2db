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

/**
 * True for a lint run over at most FEW_FILES files named on the command line (or stdin). Anything
 * else, or anything unsure (a folder, a glob, --staged, a subcommand, the language server, an
 * argument main() will refuse), is a large run: the default, which only costs the short run time.
 */
export function isShortRun(argv: readonly string[], fileExists: (p: string) => boolean = isFile): boolean {
  if (argv[0] === 'facts' || argv[0] === 'merge' || argv[0] === 'daemon' || argv.includes('--lsp')) return false;
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: LINT_OPTIONS, allowPositionals: true, strict: true });
  } catch {
    return false;
  }
  const { values, positionals } = parsed;
  if (values.staged || values['changed-since'] !== undefined) return false;
  if (values.stdin) return positionals.length === 0;
  if (positionals.length === 0 || positionals.length > FEW_FILES) return false;
  return positionals.every((p) => p === '-' || fileExists(p));
}

/**
 * Whether a run may go to a resident server (daemon/client.ts): a short run, or a pre-commit
 * run over the staged files (--staged), which a commit keeps small. A folder or an archive is
 * linted by a process of its own: it gains little from a warm server and would have the
 * server hold its whole report.
 */
export function isServable(argv: readonly string[], fileExists: (p: string) => boolean = isFile): boolean {
  if (isShortRun(argv, fileExists)) return true;
  if (argv[0] === 'facts' || argv[0] === 'merge' || argv[0] === 'daemon' || argv.includes('--lsp')) return false;
  try {
    const { values } = parseArgs({ args: [...argv], options: LINT_OPTIONS, allowPositionals: true, strict: true });
    return values.staged === true && values['changed-since'] === undefined && values.stdin !== true;
  } catch {
    return false;
  }
}
