// Writing a file atomically (a temporary file in the same folder, then rename, so a crash never
// leaves half a file), keeping its mode; used for the baseline. Symbolic links are followed, so
// the link stays a link and its target gets the new text. Fixed articles go through
// write-article.ts, which adds the checks an article needs (unchanged, writable, owner, links).
import { chmodSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from '../hash.js';

/** Bytes of a document text as the file had it: the BOM back in front, everything else as decoded. */
export function encodeDocument(text: string, bom: boolean): Buffer {
  return Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8');
}

/** Replaces (or creates) `file` with `data`; an existing file keeps its mode. */
export function writeAtomic(file: string, data: Buffer | string): void {
  let target = file;
  let mode: number | undefined;
  try {
    target = realpathSync(file);
    mode = statSync(target).mode & 0o7777;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.factlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data, { flag: 'wx', ...(mode !== undefined ? { mode } : {}) });
    if (mode !== undefined) chmodSync(tmp, mode); // the umask may have cut bits from `mode`
    renameSync(tmp, target);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed or never created
    }
    throw err;
  }
}
