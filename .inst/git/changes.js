// What changed in a git work tree: files and lines added or changed since a revision, and the
// staged content of staged files. Paths come back absolute, spelled from the caller's cwd.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { git, repoRoot, splitNul, verifyRef } from './git.js';
import { parseUnifiedDiff } from './diff-hunks.js';
/** Maps repository-relative paths to absolute ones under `cwd` as the user spelled it (symlinks kept). */
function pathMapper(cwd, root) {
    let realCwd;
    try {
        realCwd = realpathSync(cwd);
    }
    catch {
        realCwd = cwd;
    }
    return (rel) => path.resolve(cwd, path.relative(realCwd, path.join(root, rel)));
}
/**
 * Lines added or changed since `ref`: `git diff --unified=0 REF` (the work tree, or the index with
 * `staged`), plus untracked files as wholly added (not with `staged`: they are not in the index).
 * Renames are followed, so a moved article counts only its edited lines.
 */
export function changedSince(cwd, ref, opts = {}) {
    const root = repoRoot(cwd, '--changed-since');
    verifyRef(root, ref);
    const toAbs = pathMapper(cwd, root);
    const args = ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--find-renames',
        '--src-prefix=a/', '--dst-prefix=b/', ...(opts.staged ? ['--cached'] : []), ref, '--'];
    const out = new Map();
    for (const [rel, ranges] of parseUnifiedDiff(git(args, root).toString('utf8')))
        out.set(toAbs(rel), ranges);
    if (!opts.staged) {
        for (const rel of splitNul(git(['ls-files', '--others', '--exclude-standard', '-z'], root)))
            out.set(toAbs(rel), 'all');
    }
    return out;
}
/**
 * Staged files (added, copied, modified, renamed) with their content as staged: what a commit
 * would record, whatever the work tree holds now.
 */
export function stagedFiles(cwd, extensions) {
    const root = repoRoot(cwd, '--staged');
    const toAbs = pathMapper(cwd, root);
    const names = splitNul(git(['diff', '--cached', '--name-only', '--diff-filter=ACMR', '--no-renames', '-z'], root))
        .filter((rel) => extensions.includes(path.extname(rel).toLowerCase()))
        .sort();
    // `:path` is the index stage-0 blob; `--` would make git read it as a path, so it is not used.
    return names.map((rel) => ({ path: toAbs(rel), content: git(['show', '--no-textconv', `:${rel}`], root) }));
}
