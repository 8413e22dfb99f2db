// GitHub Actions workflow commands: each message becomes an annotation on the PR diff.
// Escaping as @actions/core does it (toCommandValue / escapeData / escapeProperty).
import type { LintResult } from '../types.js';
import { reportMessages } from './messages.js';
import { relativePath } from './paths.js';
import type { Formatter, ReportContext } from './types.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results: LintResult[], ctx: ReportContext): string => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePath(result.filePath, ctx.cwd);
    for (const m of reportMessages(result)) {
      const command = m.severity === 2 ? 'error' : 'warning';
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId)}`,
      ];
      lines.push(`::${command} ${props.join(',')}::${escapeData(m.message)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
