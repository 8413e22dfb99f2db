// Path spellings the formats want: relative to cwd (forward slashes), absolute, or a URI.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { printableLine } from './text-width.js';

export function absolutePath(filePath: string, cwd: string): string {
  return path.resolve(cwd, filePath);
}

/** Relative to cwd with forward slashes, so output reads the same on every OS. */
export function relativePath(filePath: string, cwd: string): string {
  const rel = path.relative(cwd, absolutePath(filePath, cwd));
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

/**
 * relativePath() for people (stylish, compact, claims, messages on stderr): control characters
 * shown as symbols (printableLine), and `./` before a name that starts with white space, `:` or
 * `#`, so that a name at the start of a line cannot read as a CI command (`::warning …`,
 * `##[error]`, `##vso[…]`; runners skip leading blanks). Machine formats keep exact names.
 */
export function displayPath(filePath: string, cwd: string): string {
  const shown = printableLine(relativePath(filePath, cwd));
  return /^[\s:#]/.test(shown) ? `./${shown}` : shown;
}

/** True when the file lies under cwd (a relative URI against %SRCROOT% can name it). */
export function isInside(filePath: string, cwd: string): boolean {
  const rel = path.relative(cwd, absolutePath(filePath, cwd));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** A relative URI reference: each segment percent-encoded (spaces, Cyrillic names). */
export function relativeUri(filePath: string, cwd: string): string {
  return uriOfRelative(relativePath(filePath, cwd));
}

export function fileUri(filePath: string, cwd: string): string {
  return pathToFileURL(absolutePath(filePath, cwd)).href;
}

/** file:// URI of a directory, with the trailing slash SARIF requires of a base URI. */
export function directoryUri(dir: string): string {
  const href = pathToFileURL(path.resolve(dir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * filePath (as reported, relative to cwd) relative to `root` with forward slashes, or undefined
 * when it lies outside root. Real paths are compared when the plain ones disagree: the git work
 * tree root is a real path, while cwd may have been reached through a symbolic link.
 */
export function pathUnder(filePath: string, cwd: string, root: string): string | undefined {
  const file = absolutePath(filePath, cwd);
  if (isInside(file, root)) return relativePath(file, root);
  const realFile = real(file);
  const realRoot = real(root);
  return isInside(realFile, realRoot) ? relativePath(realFile, realRoot) : undefined;
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, Cyrillic names). */
export function uriOfRelative(rel: string): string {
  return rel.split('/').map(encodeURIComponent).join('/');
}
