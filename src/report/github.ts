// GitHub Actions workflow commands: each message becomes an annotation on the PR diff.
// Escaping as @actions/core does it (toCommandValue / escapeData / escapeProperty).
//
// GitHub shows only 10 error and 10 warning annotations per step and drops the rest without a
// word, so factlint prints errors first (file by file, in the order of the text), at most 10 of
// each kind, then one notice saying how many were left out, then those as plain log lines, so
// that every problem is in the log and the job summary (step-summary.ts) still lists them all.
import type { LintResult } from '../types.js';
import { GITHUB_ANNOTATIONS_PER_SEVERITY, countWords, located, type Located } from './limits.js';
import { oneLine, severityWord } from './messages.js';
import { displayPath, relativePath } from './paths.js';
import { printable } from './text-width.js';
import type { Formatter, ReportContext } from './types.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation({ result, message: m }: Located, ctx: ReportContext): string {
  const props = [
    `file=${escapeProperty(relativePath(result.filePath, ctx.cwd))}`,
    `line=${m.line}`,
    `col=${m.column}`,
    `endLine=${m.endLine}`,
    `endColumn=${m.endColumn}`,
    `title=${escapeProperty(m.ruleId)}`,
  ];
  return `::${severityWord(m.severity)} ${props.join(',')}::${escapeData(m.message)}`;
}

/** A problem GitHub would not show, as a plain log line (displayPath: it cannot read as a command). */
function logLine({ result, message: m }: Located, ctx: ReportContext): string {
  return `${displayPath(result.filePath, ctx.cwd)}:${m.line}:${m.column}: ${severityWord(m.severity)} ${printable(oneLine(m.message))} [${m.ruleId}]`;
}

export function githubWith(perSeverity: number): Formatter {
  return (results: LintResult[], ctx: ReportContext): string => {
    const all = located(results);
    const errors = all.filter((x) => x.message.severity === 2);
    const warnings = all.filter((x) => x.message.severity !== 2);
    const shown = [...errors.slice(0, perSeverity), ...warnings.slice(0, perSeverity)];
    const hidden = [...errors.slice(perSeverity), ...warnings.slice(perSeverity)];
    const lines = shown.map((x) => annotation(x, ctx));
    if (hidden.length > 0) {
      const hiddenErrors = Math.max(errors.length - perSeverity, 0);
      const hiddenWarnings = Math.max(warnings.length - perSeverity, 0);
      const text =
        `${countWords(hiddenErrors, hiddenWarnings)} not shown as annotations: GitHub shows ${perSeverity} errors and ` +
        `${perSeverity} warnings per step, and factlint found ${countWords(errors.length, warnings.length)}. ` +
        'All of them are listed in the job summary and below in this log; -f sarif puts them all in code scanning.';
      lines.push(`::notice title=${escapeProperty('factlint: more problems than annotations')}::${escapeData(text)}`);
      lines.push(...hidden.map((x) => logLine(x, ctx)));
    }
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  };
}

export const github: Formatter = githubWith(GITHUB_ANNOTATIONS_PER_SEVERITY);
