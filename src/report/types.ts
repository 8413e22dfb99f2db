// The reporter contract: a reporter is a pure function from results to text.
import type { LintResult, RuleMeta } from '../types.js';

export interface ReportContext {
  /** Paths in output are relative to this where the format wants relative paths. */
  cwd: string;
  /** Stylish only; the CLI decides (TTY, NO_COLOR, FORCE_COLOR, --color/--no-color). */
  color: boolean;
  /** All rules known to this run. */
  rules: RuleMeta[];
  /** factlint version. */
  version: string;
  /** Original text of a file, for code frames, snippets and fix positions (may be undefined). */
  readSource(filePath: string): string | undefined;
  /**
   * The git work tree holding cwd (else cwd), asked for only when needed: SARIF takes it as the
   * base of files outside cwd, the job summary links files under it. Absent: cwd.
   */
  projectRoot?(): string;
}

/** Returns the complete report text, ending with a newline unless it is empty. */
export type Formatter = (results: LintResult[], ctx: ReportContext) => string;

/** A report in pieces whose concatenation is the Formatter's text; written as they come. */
export type ChunkedFormatter = (results: LintResult[], ctx: ReportContext) => Iterable<string>;
