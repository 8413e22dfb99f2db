// The secret that authenticates what --cache stores: 32 random bytes in the user's cache folder,
// readable by that user only. Whoever can read it could forge cache entries, so it is used only
// from a private folder (cache-dir.ts privateDir) and only when the file is the user's own and
// not open to group or others; otherwise there is no secret, and nothing cached is trusted.
import { closeSync, linkSync, lstatSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { privateDir } from './cache-dir.js';
import { randomBytes } from './hash.js';

const NAME = 'secret';
const SIZE = 32;

/** The secret kept in `dir` (made on first use), or undefined when the folder or the file cannot be trusted. */
export function machineSecret(dir: string): Buffer | undefined {
  const folder = privateDir(dir);
  if (!folder) return undefined;
  const file = path.join(folder, NAME);
  return readSecret(file) ?? (create(file) ? readSecret(file) : undefined);
}

function readSecret(file: string): Buffer | undefined {
  try {
    const st = lstatSync(file);
    if (!st.isFile() || st.size !== SIZE) return undefined;
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return undefined;
    if (process.platform !== 'win32' && (st.mode & 0o077) !== 0) return undefined;
    const bytes = readFileSync(file);
    return bytes.length === SIZE ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes a new secret unless one exists: a temporary file (mode 0600) linked to the name, which
 * fails when another run made it first, so every run at once ends with the same secret.
 */
function create(file: string): boolean {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, randomBytes(SIZE));
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(tmp, file);
    } catch {
      // made by another run: readSecret takes that one
    }
    return true;
  } catch {
    return false;
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // not written
    }
  }
}
