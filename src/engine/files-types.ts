// What the engine passes between reading, linting and the steps after linting.
import type { LintResult } from '../types.js';

/** A file to lint: its path, and its content when it does not come from disk (git's staged blob). */
export interface FileInput {
  /** Absolute path. */
  path: string;
  content?: Buffer;
}

/** The decoded text of a linted file (offsets in diagnostics index `text`, which has no BOM). */
export interface LintedSource {
  text: string;
  bom: boolean;
  lineStarts: number[];
  /**
   * The text is the file on disk as read (not a staged blob or standard input), so a step that
   * needs it much later may read the file again instead of keeping it: on a large run the texts
   * held until the report were most of its memory.
   */
  onDisk?: boolean;
}

export type AfterLint = (result: LintResult, source: LintedSource | undefined) => LintResult;

