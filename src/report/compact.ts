// One line per message, `path:line:col: severity message [rule]` (Vale's "line" output),
// for grep, editors' errorformat and reviewdog -efm="%f:%l:%c: %t%*[a-z] %m".
import type { LintResult } from '../types.js';
import { oneLine, reportMessages, severityWord } from './messages.js';
import { displayPath } from './paths.js';
import { printable } from './text-width.js';
import type { Formatter, ReportContext } from './types.js';

export const compact: Formatter = (results: LintResult[], ctx: ReportContext): string => {
  const lines: string[] = [];
  for (const result of results) {
    const rel = displayPath(result.filePath, ctx.cwd);
    for (const m of reportMessages(result)) {
      lines.push(`${rel}:${m.line}:${m.column}: ${severityWord(m.severity)} ${printable(oneLine(m.message))} [${m.ruleId}]`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
