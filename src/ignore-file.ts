// .factlintignore (gitignore syntax, read from the current folder) and config `exclude`: which
// files a run leaves out. Paths outside the base folder are never matched (gitignore cannot name them).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FactlintError, ioReason } from './errors.js';

export const IGNORE_FILE = '.factlintignore';

export type PathFilter = (absPath: string) => boolean;

/** A predicate that is true for files the gitignore-style `patterns` (relative to `baseDir`) match. */
export function ignoreMatcher(patterns: string[], baseDir: string): PathFilter {
  if (patterns.length === 0) return () => false;
  // Loaded on first use: most runs have no ignore patterns (start-up time).
  const ignore = createRequire(import.meta.url)('ignore') as typeof import('ignore');
  const ig = ignore().add(patterns);
  return (absPath) => {
    const rel = path.relative(baseDir, absPath);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    return ig.ignores(rel.split(path.sep).join('/'));
  };
}

/** The .factlintignore of `cwd` as a predicate; no file means nothing is ignored. */
export function loadIgnoreFile(cwd: string): PathFilter {
  const file = path.join(cwd, IGNORE_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return () => false;
    throw new FactlintError(`cannot read ${IGNORE_FILE}: ${ioReason(err)}`);
  }
  return ignoreMatcher(text.replace(/^\uFEFF/, '').split(/\r?\n/), cwd);
}
