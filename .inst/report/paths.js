// Path spellings the formats want: relative to cwd (forward slashes), absolute, or a URI.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
export function absolutePath(filePath, cwd) {
    return path.resolve(cwd, filePath);
}
/** Relative to cwd with forward slashes, so output reads the same on every OS. */
export function relativePath(filePath, cwd) {
    const rel = path.relative(cwd, absolutePath(filePath, cwd));
    return (rel === '' ? '.' : rel).split(path.sep).join('/');
}
/** True when the file lies under cwd (a relative URI against %SRCROOT% can name it). */
export function isInside(filePath, cwd) {
    const rel = path.relative(cwd, absolutePath(filePath, cwd));
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
/** A relative URI reference: each segment percent-encoded (spaces, Cyrillic names). */
export function relativeUri(filePath, cwd) {
    return relativePath(filePath, cwd).split('/').map(encodeURIComponent).join('/');
}
export function fileUri(filePath, cwd) {
    return pathToFileURL(absolutePath(filePath, cwd)).href;
}
/** file:// URI of a directory, with the trailing slash SARIF requires of a base URI. */
export function directoryUri(dir) {
    const href = pathToFileURL(path.resolve(dir)).href;
    return href.endsWith('/') ? href : `${href}/`;
}
