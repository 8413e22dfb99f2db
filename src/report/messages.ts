// What every format reports for a result: its messages, plus the file's fatal error as a
// message of its own (ruleId file-error, like ESLint's fatal messages) so that all formats
// carry the same diagnostics one for one.
import type { Diagnostic, LintResult } from '../types.js';

export const FILE_ERROR_RULE = 'file-error';

export interface ReportMessage extends Diagnostic {
  /** Set on the message standing for result.fatal (ESLint marks parse errors the same way). */
  fatal?: boolean;
}

export function reportMessages(result: LintResult): ReportMessage[] {
  if (result.fatal === undefined) return result.messages;
  // The engine may already carry the fatal error as a file-error message: mark it, don't repeat it.
  if (result.messages.some((m) => m.ruleId === FILE_ERROR_RULE)) {
    return result.messages.map((m) => (m.ruleId === FILE_ERROR_RULE ? { ...m, fatal: true } : m));
  }
  const fatal: ReportMessage = {
    ruleId: FILE_ERROR_RULE,
    severity: 2,
    message: result.fatal,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fatal: true,
  };
  return [fatal, ...result.messages];
}

export function severityWord(severity: 1 | 2): 'error' | 'warning' {
  return severity === 2 ? 'error' : 'warning';
}

/** The fact behind a message as labelled lines: article, facts, source, note. */
export function factDetails(m: Diagnostic): Array<{ label: 'article' | 'facts' | 'source' | 'note'; value: string }> {
  const out: Array<{ label: 'article' | 'facts' | 'source' | 'note'; value: string }> = [];
  if (m.actual !== undefined) out.push({ label: 'article', value: m.actual });
  if (m.expected !== undefined) out.push({ label: 'facts', value: m.expected });
  if (m.fact) out.push({ label: 'source', value: `${m.fact.source} (${m.fact.id})` });
  if (m.fact?.note !== undefined) out.push({ label: 'note', value: m.fact.note });
  return out;
}

export interface Totals {
  problems: number;
  errors: number;
  warnings: number;
  fixable: number;
}

export function totals(results: LintResult[]): Totals {
  const t: Totals = { problems: 0, errors: 0, warnings: 0, fixable: 0 };
  for (const result of results) {
    for (const m of reportMessages(result)) {
      t.problems += 1;
      if (m.severity === 2) t.errors += 1;
      else t.warnings += 1;
      if (m.fix) t.fixable += 1;
    }
  }
  return t;
}

/** Collapses line breaks for formats that give each message one line. */
export function oneLine(s: string): string {
  return s.replace(/\r\n?|\n/g, ' ');
}

/**
 * The source of a result's file, unless the file could not be linted: its bytes are no text
 * (and may be huge), so no code frame, snippet or byte column is taken from them.
 */
export function textOf<T>(result: LintResult, linesOf: (filePath: string) => T | undefined): T | undefined {
  return result.fatal === undefined ? linesOf(result.filePath) : undefined;
}

/**
 * Memoizes ctx.readSource for the file last asked for. Reporters go through the results file by
 * file, so one entry serves them; a map of every file would hold the whole run's texts.
 */
export function sourceCache<T>(read: (filePath: string) => string | undefined, wrap: (text: string) => T): (filePath: string) => T | undefined {
  let last: { filePath: string; value: T | undefined } | undefined;
  return (filePath) => {
    if (last?.filePath !== filePath) {
      const text = read(filePath);
      last = { filePath, value: text === undefined ? undefined : wrap(text) };
    }
    return last.value;
  };
}
