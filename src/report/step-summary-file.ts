// Appends the job summary to $GITHUB_STEP_SUMMARY after a run with a GitHub-facing format.
// Only for -f github and -f sarif: those are the formats a workflow uses to show problems on
// GitHub, and github's annotations stop at 10 per kind. A run that pipes -f json to another tool
// adds nothing to the page. FACTLINT_STEP_SUMMARY=off turns it off (two runs in one step).
import { appendFileSync } from 'node:fs';
import { ioReason } from '../errors.js';
import type { LintResult } from '../types.js';
import { linksFromEnv, stepSummary } from './step-summary.js';
import type { ReportContext } from './types.js';

export const SUMMARY_FORMATS: readonly string[] = ['github', 'sarif'];

/** Writes the summary when asked for; returns a warning to print when it cannot. */
export function appendStepSummary(format: string, results: readonly LintResult[], ctx: ReportContext, env: NodeJS.ProcessEnv): string | undefined {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file || !SUMMARY_FORMATS.includes(format) || /^(off|0|false|no)$/i.test(env.FACTLINT_STEP_SUMMARY ?? '')) return undefined;
  try {
    appendFileSync(file, `${stepSummary(results, ctx, linksFromEnv(env))}\n`);
    return undefined;
  } catch (err) {
    // The report itself is written; a summary that cannot be is worth a warning, not a failure.
    return `cannot write the job summary to $GITHUB_STEP_SUMMARY: ${ioReason(err)}`;
  }
}
