// ESLint's JSON format: the results array, filePath absolute, messages without the internal
// span offsets. Tools that read ESLint JSON (SonarQube import, eslint-formatter-*) read this.
import type { LintResult } from '../types.js';
import { reportMessages, type ReportMessage } from './messages.js';
import { absolutePath } from './paths.js';
import type { Formatter, ReportContext } from './types.js';

function publicMessage(m: ReportMessage, cwd: string): Omit<ReportMessage, 'span'> {
  const { span: _span, ...rest } = m;
  if (rest.related) rest.related = rest.related.map((r) => ({ ...r, filePath: absolutePath(r.filePath, cwd) }));
  return rest;
}

export const json: Formatter = (results: LintResult[], ctx: ReportContext): string => {
  const out = results.map((result) => ({
    ...result,
    filePath: absolutePath(result.filePath, ctx.cwd),
    messages: reportMessages(result).map((m) => publicMessage(m, ctx.cwd)),
  }));
  return `${JSON.stringify(out)}\n`;
};
