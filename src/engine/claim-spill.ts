// Claims of a large run kept on disk until the report prints them. A report that prints every
// claim (json, claims, html) made the run hold each file's claims from its lint to the end, since
// the cross-article check may still change a verdict: about 7 KB an article, 140 MB of a
// 20,000-article run and growing with the archive. Each file's claims are written to one
// temporary file as JSON when the file is done and read back, one file at a time, when the
// report (or the cross-article check, for the files it concerns) asks for them.
import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ClaimReport, SpilledClaims } from '../types.js';

export class ClaimSpill {
  private fd: number | undefined;
  private size = 0;
  /** Set when the file cannot be made or written: claims then stay in memory, as before. */
  private failed = false;

  /** Writes the claims out; undefined when they must stay in memory (no temporary file). */
  put(claims: readonly ClaimReport[]): SpilledClaims | undefined {
    const fd = this.open();
    if (fd === undefined) return undefined;
    // Written as a string: node encodes it straight into the file, with no buffer left for the GC.
    const text = JSON.stringify(claims);
    const length = Buffer.byteLength(text, 'utf8');
    try {
      if (writeSync(fd, text, this.size, 'utf8') !== length) throw new Error('short write');
    } catch {
      this.failed = true;
      return undefined;
    }
    const offset = this.size;
    this.size += length;
    return { count: claims.length, read: () => this.read(offset, length) };
  }

  private read(offset: number, length: number): ClaimReport[] {
    // One buffer for every read, grown to the longest: the report reads thousands of files' claims.
    if (this.scratch.length < length) this.scratch = Buffer.allocUnsafeSlow(Math.max(length, 2 * this.scratch.length));
    const bytes = this.scratch;
    let n = 0;
    while (n < length) {
      const got = readSync(this.fd!, bytes, n, length - n, offset + n);
      if (got === 0) throw new Error('factlint: the temporary claims file was cut short');
      n += got;
    }
    return JSON.parse(bytes.toString('utf8', 0, length)) as ClaimReport[];
  }

  private scratch = Buffer.alloc(0);

  private open(): number | undefined {
    if (this.fd !== undefined || this.failed) return this.fd;
    try {
      // A folder of its own (mode 0700), so no other user can read or replace the file.
      const dir = mkdtempSync(path.join(os.tmpdir(), 'factlint-claims-'));
      const file = path.join(dir, 'claims.json');
      this.fd = openSync(file, 'wx+', 0o600);
      // Gone from the folder at once where the system allows it (the open descriptor keeps the
      // data), so that nothing is left behind however the run ends; else removed at exit.
      try {
        unlinkSync(file);
        rmdirSync(dir);
      } catch {
        process.once('exit', () => removeQuietly(this.fd, file, dir));
      }
    } catch {
      this.failed = true;
    }
    return this.fd;
  }
}

function removeQuietly(fd: number | undefined, file: string, dir: string): void {
  try {
    if (fd !== undefined) closeSync(fd);
    unlinkSync(file);
    rmdirSync(dir);
  } catch {
    // Left in the system's temporary folder, which it clears.
  }
}
