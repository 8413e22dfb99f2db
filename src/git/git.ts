// Running git as a subprocess. Every call goes through here so a missing git, a folder outside a
// repository and an unknown revision all end as one-line usage errors (exit 2), not stack traces.
import { FactlintError } from '../errors.js';
import { onDemand } from '../on-demand.js';

// Loaded on first use: most runs never call git, and loading child_process costs start-up time.
const childProcess = onDemand<typeof import('node:child_process')>('node:child_process');

/** Blobs and diffs of a whole article set fit; git's own output is the only thing read. */
const MAX_BUFFER = 512 * 1024 * 1024;

/**
 * Options that make git's output independent of the user's config: raw UTF-8 paths (quoted only
 * for control characters and quotes), no pager, no colour, no external diff or textconv.
 */
const NEUTRAL = ['-c', 'core.quotepath=false', '-c', 'color.ui=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false'];

/** Runs git in `cwd` and returns its standard output; `input` is written to its standard input. */
export function git(args: string[], cwd: string, input?: string): Buffer {
  try {
    return childProcess().execFileSync('git', [...NEUTRAL, ...args], {
      cwd,
      maxBuffer: MAX_BUFFER,
      ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] as const } : { input, stdio: ['pipe', 'pipe', 'pipe'] as const }),
      env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: Buffer; status?: number };
    if (e.code === 'ENOENT') throw new FactlintError('git is not installed or not on PATH (needed for --changed-since and --staged)');
    const detail = e.stderr?.toString('utf8').trim().split('\n')[0] ?? e.message;
    throw new GitError(`git ${args[0]} failed: ${detail}`, e.status ?? undefined);
  }
}

/** A git command that ran and failed; callers turn the cases they expect into clearer messages. */
export class GitError extends FactlintError {
  constructor(message: string, readonly status: number | undefined) {
    super(message);
    this.name = 'GitError';
  }
}

/** Top folder of the work tree holding `cwd`; a usage error outside a repository. */
export function repoRoot(cwd: string, option: string): string {
  try {
    return git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim();
  } catch (err) {
    if (err instanceof GitError) throw new FactlintError(`${option} needs a git repository, and ${cwd} is not inside one`);
    throw err;
  }
}

/** Checks that `ref` names a commit, so a typo is reported as such and not as an empty diff. */
export function verifyRef(root: string, ref: string): void {
  if (ref.startsWith('-')) throw new FactlintError(`--changed-since: "${ref}" is not a git revision`);
  try {
    git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
  } catch (err) {
    if (err instanceof GitError) throw new FactlintError(`--changed-since: unknown git revision "${ref}"`);
    throw err;
  }
}

/** Splits NUL-separated git output (`-z`) into paths. */
export function splitNul(out: Buffer): string[] {
  return out.toString('utf8').split('\0').filter((s) => s !== '');
}
