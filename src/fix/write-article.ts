// Writing a fixed article back, as a careful editor saves: only when the file still holds what
// was linted, only when it may be written, keeping mode, owner, group and hard links, and not
// through a symbolic link out of the project. A file that cannot be written is refused with a
// reason (the caller reports it for that file) and the run goes on.
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, ftruncateSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { ioReason } from '../errors.js';
import { randomBytes } from '../hash.js';

export interface ArticleWrite {
  /** Absolute path the article was linted under (links not resolved). */
  file: string;
  /** The bytes that were linted: the file must still hold exactly these. */
  original: Buffer;
  /** The fixed bytes. */
  data: Buffer;
}

export interface WritePolicy {
  /** Real path of the project's root folder; asked only when the path goes through a link. */
  projectRoot: () => string;
  /** --fix-follow-links: write through links whatever their target. */
  followLinks: boolean;
}

export const CHANGED = 'the file changed on disk after factlint read it; run --fix again';

/**
 * Writes `w.data` over the article. Returns undefined when written, else why not (one sentence).
 *
 * A temporary file in the same folder renamed over the article, so a crash never leaves half an
 * article; in place instead when a rename would lose something: the other names of a hard-linked
 * file, or an owner or group this process may not give the new file. The file is compared with
 * what was linted before anything is written, and its inode, size and times once more right
 * before the rename or the write.
 */
export function writeFixedArticle(w: ArticleWrite, policy: WritePolicy): string | undefined {
  let real: string;
  try {
    real = realpathSync(w.file);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? CHANGED : `cannot write it: ${ioReason(err)}`;
  }
  if (real !== w.file && !policy.followLinks) {
    const root = policy.projectRoot();
    if (!isInside(real, root)) return `it leads through a symbolic link to ${real}, outside the project ${root}; --fix-follow-links writes there`;
  }
  let before: BigIntStats;
  let current: Buffer;
  try {
    before = statSync(real, { bigint: true });
    if (!before.isFile()) return CHANGED;
    const refusal = permissionProblem(real, Number(before.mode & 0o7777n));
    if (refusal) return refusal;
    current = readFileSync(real);
  } catch (err) {
    return `cannot write it: ${ioReason(err)}`;
  }
  if (!current.equals(w.original)) return CHANGED;
  if (before.nlink > 1n) return writeInPlace(real, w.data, before);
  return replaceByRename(real, w.data, before);
}

/**
 * Why a plain write would be wrong or refused: no write bit at all (read-only on purpose; root
 * could write it, but an editor asks first and so do we), or no write permission for this user.
 */
function permissionProblem(file: string, mode: number): string | undefined {
  if ((mode & 0o222) === 0) return `the file is read-only (mode ${mode.toString(8).padStart(4, '0')})`;
  try {
    accessSync(file, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return 'this user may not write the file (permission denied)';
    return `cannot write it: ${ioReason(err)}`;
  }
  return undefined;
}

function isInside(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!path.isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${path.sep}`));
}

/** Whether the file at `file` is still the one stat'ed as `before`, untouched since. */
function unchanged(now: BigIntStats, before: BigIntStats): boolean {
  return now.ino === before.ino && now.dev === before.dev && now.size === before.size
    && now.mtimeNs === before.mtimeNs && now.ctimeNs === before.ctimeNs;
}

function writeAll(fd: number, data: Buffer): void {
  for (let at = 0; at < data.length;) at += writeSync(fd, data, at, data.length - at, at);
}

function replaceByRename(real: string, data: Buffer, before: BigIntStats): string | undefined {
  const dir = path.dirname(real);
  const mode = Number(before.mode & 0o7777n);
  const tmp = path.join(dir, `.${path.basename(real)}.factlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', mode);
  } catch (err) {
    return `cannot create a temporary file in its folder ${dir}: ${ioReason(err)}`;
  }
  let renamed = false;
  let ownerKept = true;
  try {
    writeAll(fd, data);
    const made = fstatSync(fd, { bigint: true });
    if (made.uid !== before.uid || made.gid !== before.gid) {
      try {
        fchownSync(fd, Number(before.uid), Number(before.gid));
      } catch {
        ownerKept = false; // not ours to give away: written in place below
      }
    }
    if (ownerKept) {
      fchmodSync(fd, mode); // after chown (which may clear set-id bits), and past the umask
      closeSync(fd);
      fd = -1;
      if (!unchanged(statSync(real, { bigint: true }), before)) return CHANGED;
      renameSync(tmp, real);
      renamed = true;
    }
  } catch (err) {
    return `cannot write it: ${ioReason(err)}`;
  } finally {
    if (fd >= 0) closeSync(fd);
    if (!renamed) {
      try {
        unlinkSync(tmp);
      } catch {
        // never created or already gone
      }
    }
  }
  return ownerKept ? undefined : writeInPlace(real, data, before);
}

/** Overwrites the file itself: its inode, owner, group, mode and other names stay. Not atomic. */
function writeInPlace(real: string, data: Buffer, before: BigIntStats): string | undefined {
  let fd: number;
  try {
    fd = openSync(real, 'r+');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM' ? 'this user may not write the file (permission denied)' : `cannot write it: ${ioReason(err)}`;
  }
  try {
    if (!unchanged(fstatSync(fd, { bigint: true }), before)) return CHANGED;
    writeAll(fd, data);
    ftruncateSync(fd, data.length);
  } catch (err) {
    return `cannot write it: ${ioReason(err)}`;
  } finally {
    closeSync(fd);
  }
  return undefined;
}
