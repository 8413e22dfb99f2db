import { FactlintError } from '../errors.js';
export declare function git(args: string[], cwd: string): Buffer;
/** A git command that ran and failed; callers turn the cases they expect into clearer messages. */
export declare class GitError extends FactlintError {
    readonly status: number | undefined;
    constructor(message: string, status: number | undefined);
}
/** Top folder of the work tree holding `cwd`; a usage error outside a repository. */
export declare function repoRoot(cwd: string, option: string): string;
/** Checks that `ref` names a commit, so a typo is reported as such and not as an empty diff. */
export declare function verifyRef(root: string, ref: string): void;
/** Splits NUL-separated git output (`-z`) into paths. */
export declare function splitNul(out: Buffer): string[];
