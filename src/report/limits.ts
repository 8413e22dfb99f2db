// What a consumer accepts at most, and which problems to keep when there are more: the
// consumers drop the rest silently, so factlint chooses what goes, says how much, and keeps the
// most useful (errors before warnings, then the order of the files and of the text).
import { plural } from '../text/plural.js';
import type { LintResult } from '../types.js';
import { reportMessages, type ReportMessage } from './messages.js';

/** GitHub shows at most this many error annotations and as many warning annotations per step. */
export const GITHUB_ANNOTATIONS_PER_SEVERITY = 10;
/** GitHub code scanning rejects a SARIF run with more results than this. */
export const SARIF_MAX_RESULTS = 25_000;

/** One problem with its file, in report order (file by file, each in the order of its text). */
export interface Located {
  result: LintResult;
  message: ReportMessage;
}

export function located(results: readonly LintResult[]): Located[] {
  return results.flatMap((result) => reportMessages(result).map((message) => ({ result, message })));
}

export interface Kept<T> {
  /** What is kept, in the order it came in. */
  kept: T[];
  droppedErrors: number;
  droppedWarnings: number;
}

/** At most `max` of `items`: errors first, then warnings, each kind in the order given. */
export function keepMostUseful<T>(items: readonly T[], max: number, severity: (item: T) => 1 | 2): Kept<T> {
  if (items.length <= max) return { kept: [...items], droppedErrors: 0, droppedWarnings: 0 };
  const errors = items.filter((x) => severity(x) === 2).length;
  let errorRoom = Math.min(errors, max);
  let warningRoom = max - errorRoom;
  const kept: T[] = [];
  let droppedErrors = 0;
  let droppedWarnings = 0;
  for (const x of items) {
    if (severity(x) === 2) {
      if (errorRoom > 0) {
        errorRoom--;
        kept.push(x);
      } else droppedErrors++;
    } else if (warningRoom > 0) {
      warningRoom--;
      kept.push(x);
    } else droppedWarnings++;
  }
  return { kept, droppedErrors, droppedWarnings };
}

/** "3 errors and 1 warning", "1 error", "2 warnings". */
export function countWords(errors: number, warnings: number): string {
  const e = plural(errors, 'error');
  const w = plural(warnings, 'warning');
  if (errors > 0 && warnings > 0) return `${e} and ${w}`;
  return errors > 0 ? e : w;
}

/** Rows of the job summary's table: a readable page, far below GitHub's 1 MiB per step. */
export const SUMMARY_MAX_ROWS = 200;
/** Characters of a message in the job summary's table, before an ellipsis. */
export const SUMMARY_MAX_MESSAGE = 300;
