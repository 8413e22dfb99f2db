// Errors a user can act on. The CLI prints `message` (no stack) and exits with `exitCode`.

/** A usage, config or fact-set problem: the run cannot go on (exit 2). */
export class FactlintError extends Error {
  readonly exitCode: number;
  /**
   * The lines the CLI prints. A message given as a string is one line: a line break in it comes
   * from a file name or a value and is shown escaped, so that it cannot start a line of its own.
   */
  readonly lines: readonly string[];
  constructor(message: string | readonly string[], exitCode = 2) {
    const lines = typeof message === 'string' ? [message] : message;
    super(lines.join('\n'));
    this.name = 'FactlintError';
    this.exitCode = exitCode;
    this.lines = lines;
  }
}

/** A problem in one fact file: names the file, the entry (JSON pointer) and what is wrong. */
export class FactSetError extends FactlintError {
  readonly problems: Array<{ file: string; pointer: string; message: string }>;
  constructor(problems: Array<{ file: string; pointer: string; message: string }>) {
    const lines = problems.slice(0, 20).map((p) => `  ${p.file}${p.pointer ? `#${p.pointer}` : ''}: ${p.message}`);
    if (problems.length > 20) lines.push(`  ... and ${problems.length - 20} more`);
    super(['invalid fact set:', ...lines]);
    this.name = 'FactSetError';
    this.problems = problems;
  }
}

/**
 * A problem confined to one article (binary, invalid UTF-8, broken front matter): reported for
 * that file, the run goes on. `line` is where the problem is (1-based), so that an editor or a
 * pull-request annotation points at it; 1 when it concerns the file as a whole.
 */
export class DocumentError extends Error {
  readonly line: number;
  constructor(message: string, line = 1) {
    super(message);
    this.name = 'DocumentError';
    this.line = line;
  }
}

/** What an operating-system error code means, in words a reader acts on; the code stays in brackets for searching. */
const IO_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
  EBUSY: 'the file is busy',
};

/** The reason of a failed read or write, for a message: "no such file or folder (ENOENT)". */
export function ioReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && IO_REASONS[code]) return `${IO_REASONS[code]} (${code})`;
  return code ?? (err instanceof Error ? err.message : String(err));
}
