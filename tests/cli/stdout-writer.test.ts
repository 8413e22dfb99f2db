import { spawnSync } from 'node:child_process';
import { closeSync, constants, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainlyWritable, stdoutWriter } from '../../src/stdout-writer.js';
import { withTemp } from '../robustness/helpers.js';

const posix = process.platform !== 'win32';

/** A stand-in for process.stdout that keeps what it is given. */
function fakeStream(): { stream: () => NodeJS.WriteStream; written: () => Buffer; calls: () => number } {
  const chunks: Buffer[] = [];
  let calls = 0;
  const s = { write: (c: string | Uint8Array) => chunks.push(Buffer.from(c)), isTTY: false } as unknown as NodeJS.WriteStream;
  return { stream: () => (calls++, s), written: () => Buffer.concat(chunks), calls: () => calls };
}

describe('stdoutWriter', () => {
  it('writes a file directly, every byte, without setting up the stream', () => {
    withTemp((dir) => {
      const file = path.join(dir, 'report.txt');
      const fd = openSync(file, 'w');
      const fake = fakeStream();
      const out = stdoutWriter(fd, fake.stream);
      const text = 'Жапаров — 4,1 Mrd. USD, 40,8 persen\n'.repeat(5000);
      out.write(text);
      out.write('end\n');
      closeSync(fd);
      expect(out.isTTY).toBe(false);
      expect(fake.calls()).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(text + 'end\n');
    });
  });

  it.skipIf(!posix)('hands the rest to the stream when a non-blocking pipe is full, losing nothing', () => {
    withTemp((dir) => {
      const fifo = path.join(dir, 'pipe');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      // Read-write and non-blocking: writes fail with EAGAIN once the pipe's buffer is full.
      const fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
      try {
        const fake = fakeStream();
        const out = stdoutWriter(fd, fake.stream);
        const text = 'x'.repeat(300_000);
        out.write(text);
        out.write('tail');
        const inPipe = Buffer.alloc(400_000);
        const n = readSync(fd, inPipe, 0, inPipe.length, null);
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThan(text.length);
        expect(inPipe.subarray(0, n).toString() + fake.written().toString()).toBe(text + 'tail');
      } finally {
        closeSync(fd);
      }
    });
  });

  it('uses the stream for anything that is not a pipe, a file or /dev/null', () => {
    const fake = fakeStream();
    // A closed descriptor cannot be examined: the stream decides.
    const out = stdoutWriter(987_654, fake.stream);
    out.write('via stream');
    expect(fake.written().toString()).toBe('via stream');
  });
});

describe('plainlyWritable', () => {
  it.skipIf(!posix)('accepts /dev/null and files, not a terminal-like character device', () => {
    const nul = openSync('/dev/null', 'w');
    const zero = openSync('/dev/zero', 'r');
    try {
      expect(plainlyWritable(nul)).toBe(true);
      expect(plainlyWritable(zero)).toBe(false);
    } finally {
      closeSync(nul);
      closeSync(zero);
    }
  });
});
