// --stdin / `-`: one article read from standard input. --stdin-filename gives it a path, which
// decides what a file at that path would get: language by file name and front matter, the
// ignore rules, the directives' syntax (Markdown or text) and the path in the report.
import path from 'node:path';
import type { FileInput } from '../engine/files-types.js';
import { FactlintError } from '../errors.js';

/** The path reported for standard input without --stdin-filename (ESLint says "<text>"). */
export const STDIN_NAME = '<stdin>';

/** The positional that stands for standard input, as in ESLint and most Unix tools. */
export const STDIN_ARG = '-';

/** Whether the run reads standard input; refuses file paths beside it. */
export function wantsStdin(stdinOption: boolean | undefined, positionals: readonly string[]): boolean {
  const dashes = positionals.filter((p) => p === STDIN_ARG).length;
  if (!stdinOption && dashes === 0) return false;
  const others = positionals.filter((p) => p !== STDIN_ARG);
  if (others.length > 0) {
    throw new FactlintError(`--stdin reads one article from standard input: do not name files too (got ${others.map((p) => JSON.stringify(p)).join(', ')})`);
  }
  if (dashes > 1 || (stdinOption && dashes > 0)) throw new FactlintError('standard input is read once: give either --stdin or a single "-"');
  return true;
}

/** The input standing for standard input; `filename` is --stdin-filename (relative to cwd). */
export function stdinInput(content: Buffer, filename: string | undefined, cwd: string): FileInput {
  return { path: filename === undefined ? STDIN_NAME : path.resolve(cwd, filename), content };
}
