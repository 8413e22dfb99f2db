// Where a compiled fact set's bytes come from: the cache file itself, read piece by piece where a
// query needs it (a one-article run reads a few hundred kilobytes of a 60 MB file), or bytes
// already in memory (a worker thread's copy, a set just encoded).
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/** Files up to this size are read whole (see FileSource.open). */
const SMALL = 4 * 1024 * 1024;

export interface ByteSource {
  readonly size: number;
  /** `length` bytes at `offset`; throws RangeError past the end. */
  read(offset: number, length: number): Buffer;
  /** The whole of it (for a worker thread). */
  all(): Buffer;
}

function check(size: number, offset: number, length: number): void {
  if (!(offset >= 0 && length >= 0 && offset + length <= size)) throw new RangeError(`bytes ${offset}+${length} past the end (${size})`);
}

export class MemorySource implements ByteSource {
  readonly size: number;
  constructor(private readonly bytes: Buffer) {
    this.size = bytes.length;
  }

  read(offset: number, length: number): Buffer {
    check(this.size, offset, length);
    return this.bytes.subarray(offset, offset + length);
  }

  all(): Buffer {
    return this.bytes;
  }
}

/**
 * An open file read at offsets. The descriptor stays open while the set is in use: the cache
 * is replaced by renaming a new file over it, so the open file keeps the bytes it had. It is
 * closed when the source is garbage-collected (a long-lived process loading many sets).
 */
export class FileSource implements ByteSource {
  readonly size: number;
  private static readonly closer = new FinalizationRegistry<number>((fd) => {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
  });

  private constructor(private readonly fd: number) {
    this.size = fstatSync(fd).size;
    FileSource.closer.register(this, fd);
  }

  /** The file opened for reading, or undefined when it cannot be. */
  static open(file: string): ByteSource | undefined {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      return undefined;
    }
    try {
      // A small file (the default set's is under 1 MB) is read whole: one read instead of one
      // per record and group, each a system call.
      if (fstatSync(fd).size <= SMALL) {
        const bytes = readFileSync(fd);
        closeSync(fd);
        return new MemorySource(bytes);
      }
      return new FileSource(fd);
    } catch {
      try {
        closeSync(fd);
      } catch {
        // closed already
      }
      return undefined;
    }
  }

  read(offset: number, length: number): Buffer {
    check(this.size, offset, length);
    const out = Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const n = readSync(this.fd, out, done, length - done, offset + done);
      if (n === 0) throw new RangeError('the file ended early');
      done += n;
    }
    return out;
  }

  all(): Buffer {
    return this.read(0, this.size);
  }
}
