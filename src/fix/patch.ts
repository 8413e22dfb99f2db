// --fix-dry-run: the changes --fix would make, as a unified diff `git apply` / `patch -p1` take.
// The diff goes to a terminal or a CI log, so nothing in it may act there: the diff library quotes
// file names as git does (\n, \033, octal bytes; git apply and patch read them), and control
// characters of the article (ESC, BEL, OSC sequences, a lone CR) are shown as symbols, as in code
// frames.
import { createRequire } from 'node:module';
import { printable } from '../report/text-width.js';

let diffLib: typeof import('diff') | undefined;

/** A line of the diff with its control characters shown; the CR of a CRLF line end stays, so the patch applies to CRLF files. */
function shownLine(line: string): string {
  const crlf = line.endsWith('\r');
  const body = printable(crlf ? line.slice(0, -1) : line);
  return crlf ? `${body}\r` : body;
}

/** `relPath` is relative to where the patch is meant to be applied, with forward slashes. */
export function fixPatch(relPath: string, before: string, after: string): string {
  // Loaded on first use: only --fix-dry-run needs it, and loading it costs start-up time.
  diffLib ??= createRequire(import.meta.url)('diff') as typeof import('diff');
  const patch = diffLib.createTwoFilesPatch(`a/${relPath}`, `b/${relPath}`, before, after, undefined, undefined, { context: 3 });
  const shown = patch.split('\n').map(shownLine).join('\n');
  if (shown === patch) return patch;
  // Lines with a symbol for a control character no longer match the file: say so, in a line
  // before the headers that git apply and patch skip.
  return `factlint: control characters of the file below are shown as symbols (␛ for ESC); lines with them will not apply\n${shown}`;
}
