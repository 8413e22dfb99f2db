// One line per message, `path:line:col: severity message [rule]` (Vale's "line" output),
// for grep, editors' errorformat and reviewdog -efm="%f:%l:%c: %t%*[a-z] %m".
import type { LintResult } from '../types.js';
import { oneLine, reportMessages, severityWord } from './messages.js';
import { displayPath } from './paths.js';
import { printable } from './text-width.js';
import type { Formatter, ReportContext } from './types.js';

/** The report in pieces, one per file with messages (see stylishChunks). */
export function* compactChunks(results: LintResult[], ctx: ReportContext): Generator<string> {
  for (const result of results) {
    const rel = displayPath(result.filePath, ctx.cwd);
    let lines = '';
    for (const m of reportMessages(result)) {
      lines += `${rel}:${m.line}:${m.column}: ${severityWord(m.severity)} ${printable(oneLine(m.message))} [${m.ruleId}]\n`;
    }
    if (lines) yield lines;
  }
}

export const compact: Formatter = (results: LintResult[], ctx: ReportContext): string => [...compactChunks(results, ctx)].join('');
