// Standard output for the report. A pipe or a file (what hooks, CI and redirects give) is
// written with fs.writeSync: setting up process.stdout loads Node's stream modules, 2–5 ms of a
// one-article run, more than printing the report takes. A terminal, a socket or anything else
// goes through process.stdout, which also writes Unicode right on a Windows console.
import { fstatSync, statSync, writeSync } from 'node:fs';
import { FactlintError, ioReason } from './errors.js';

export interface Stdout {
  write: (s: string) => void;
  isTTY: boolean;
}

/** Whether `fd` is a pipe, a regular file or /dev/null, which a plain write serves. */
export function plainlyWritable(fd: number, platform: NodeJS.Platform = process.platform): boolean {
  try {
    const st = fstatSync(fd);
    if (st.isFIFO() || st.isFile()) return true;
    if (platform === 'win32' || !st.isCharacterDevice()) return false;
    const nul = statSync('/dev/null');
    return st.rdev === nul.rdev && st.ino === nul.ino && st.dev === nul.dev;
  } catch {
    return false;
  }
}

/**
 * The report's writer. When the reader goes away (`factlint … | head`: EPIPE) the rest of the
 * report is dropped and the run ends with its own exit code, as with a stream.
 */
export function stdoutWriter(fd = 1, stream: () => NodeJS.WriteStream = () => process.stdout): Stdout {
  if (!plainlyWritable(fd)) {
    const out = stream();
    return { write: (s) => void out.write(s), isTTY: Boolean(out.isTTY) };
  }
  let gone = false;
  let viaStream = false;
  const write = (s: string): void => {
    if (gone) return;
    if (viaStream) {
      stream().write(s);
      return;
    }
    const bytes = Buffer.from(s, 'utf8');
    let at = 0;
    while (at < bytes.length) {
      try {
        at += writeSync(fd, bytes, at);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          gone = true;
          return;
        }
        // A non-blocking pipe that is full: the stream waits for it, so the rest goes that way.
        if (code === 'EAGAIN') {
          viaStream = true;
          stream().write(bytes.subarray(at));
          return;
        }
        throw new FactlintError(`cannot write the report: ${ioReason(err)}`);
      }
    }
  };
  return { write, isTTY: false };
}
