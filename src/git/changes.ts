// What changed in a git work tree: files and lines added or changed since a revision, and the
// staged content of staged files. Paths come back absolute, spelled from the caller's cwd.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { FileInput } from '../engine/run.js';
import { git, repoRoot, splitNul, verifyRef } from './git.js';
import { parseUnifiedDiff, type LineRanges } from './diff-hunks.js';

/** Changed lines per absolute path; `'all'` for a file that is new as a whole (untracked). */
export type ChangedLines = Map<string, LineRanges | 'all'>;

/** Maps repository-relative paths to absolute ones under `cwd` as the user spelled it (symlinks kept). */
function pathMapper(cwd: string, root: string): (rel: string) => string {
  let realCwd: string;
  try {
    realCwd = realpathSync(cwd);
  } catch {
    realCwd = cwd;
  }
  return (rel) => path.resolve(cwd, path.relative(realCwd, path.join(root, rel)));
}

export interface ChangedOptions {
  /** Compare `ref` with the index (staged content) instead of the work tree. */
  staged?: boolean;
}

/**
 * Lines added or changed since `ref`: `git diff --unified=0 REF` (the work tree, or the index with
 * `staged`), plus untracked files as wholly added (not with `staged`: they are not in the index).
 * Renames are followed, so a moved article counts only its edited lines. Every changed file is
 * in the map, a binary one too (with no lines): problems of the file as a whole concern it.
 */
export function changedSince(cwd: string, ref: string, opts: ChangedOptions = {}): ChangedLines {
  const root = repoRoot(cwd, '--changed-since');
  verifyRef(root, ref);
  const toAbs = pathMapper(cwd, root);
  const args = ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--find-renames',
    '--src-prefix=a/', '--dst-prefix=b/', ...(opts.staged ? ['--cached'] : []), ref, '--'];
  const out: ChangedLines = new Map();
  for (const [rel, ranges] of parseUnifiedDiff(git(args, root).toString('utf8'))) out.set(toAbs(rel), ranges);
  // A binary file's diff has no hunks (nor a `+++` header), yet the file changed: listed with no
  // changed lines, it is still linted, and its file-level problems (binary, not UTF-8...) reported.
  const names = ['diff', '--name-only', '-z', '--no-ext-diff', '--find-renames', '--diff-filter=d', ...(opts.staged ? ['--cached'] : []), ref, '--'];
  for (const rel of splitNul(git(names, root))) {
    const abs = toAbs(rel);
    if (!out.has(abs)) out.set(abs, []);
  }
  if (!opts.staged) {
    for (const rel of splitNul(git(['ls-files', '--others', '--exclude-standard', '-z'], root))) out.set(toAbs(rel), 'all');
  }
  return out;
}

/**
 * Staged files (added, copied, modified, renamed) with their content as staged: what a commit
 * would record, whatever the work tree holds now.
 */
export function stagedFiles(cwd: string, extensions: string[]): FileInput[] {
  const root = repoRoot(cwd, '--staged');
  const toAbs = pathMapper(cwd, root);
  const names = splitNul(git(['diff', '--cached', '--name-only', '--diff-filter=ACMR', '--no-renames', '-z'], root))
    .filter((rel) => extensions.includes(path.extname(rel).toLowerCase()))
    .sort();
  const contents = stagedBlobs(root, names);
  return names.map((rel, i) => ({ path: toAbs(rel), content: contents[i]! }));
}

/**
 * The staged content of each path, in order. One `git cat-file --batch` reads them all: a hook
 * on thirty staged articles started thirty `git show` processes, several ms each. A name with a
 * line break cannot be written on cat-file's input, so it is read by `git show` on its own.
 */
export function stagedBlobs(root: string, rels: readonly string[]): Buffer[] {
  // `:path` is the index stage-0 blob; `--` would make git read it as a path, so it is not used.
  const show = (rel: string) => git(['show', '--no-textconv', `:${rel}`], root);
  const batched = rels.filter((rel) => !/[\r\n]/.test(rel));
  const found = new Map<string, Buffer>();
  if (batched.length > 0) {
    const out = git(['cat-file', '--batch'], root, batched.map((rel) => `:${rel}\n`).join(''));
    let at = 0;
    for (const rel of batched) {
      // "<oid> <type> <size>\n<content>\n", or "<name> missing\n".
      const eol = out.indexOf(10, at);
      const header = out.subarray(at, eol).toString('utf8');
      at = eol + 1;
      const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!m) continue; // "missing": no content follows; `git show` says what is wrong
      const size = Number(m[2]);
      if (m[1] === 'blob') found.set(rel, out.subarray(at, at + size));
      at += size + 1;
    }
  }
  return rels.map((rel) => found.get(rel) ?? show(rel));
}
