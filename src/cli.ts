#!/usr/bin/env node
// The factlint binary: real process I/O around main().
import { readFileSync } from 'node:fs';
import { ioReason } from './errors.js';
import type { CliIO } from './main.js';
import { runMain } from './cli-run.js';
import { handedStdin } from './daemon/stdin-handoff.js';
import { version } from './version.js';
import { printableLine } from './report/text-width.js';
import { stdoutWriter } from './stdout-writer.js';

/** The current folder; a deleted one is a usage error, not a crash. */
function currentFolder(): string | undefined {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

/**
 * A reader that stops early (`factlint … | head`) closes the pipe: stop quietly with the exit
 * code of the run, as other command-line tools do, instead of dying on an unhandled EPIPE.
 */
function stopWhenReaderLeaves(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`factlint: cannot write the report: ${ioReason(err)}\n`);
    process.exit(2);
  });
}

/** process.stdout, set up on first use only (see stdout-writer.ts), with the reader watched. */
let watched: NodeJS.WriteStream | undefined;
function stdoutStream(): NodeJS.WriteStream {
  if (!watched) {
    watched = process.stdout;
    stopWhenReaderLeaves(watched);
  }
  return watched;
}

function entry(): void {
  // The language server holds stdin and stdout for the protocol and runs until the client ends it.
  // Loaded on demand, so a lint run never pays for the LSP library.
  if (process.argv.slice(2).includes('--lsp')) {
    import('./lsp/server.js')
      .then(({ startServer }) => startServer(process.stdin, process.stdout, version()))
      .catch((err: unknown) => {
        process.stderr.write(`factlint: cannot start the language server: ${printableLine((err as Error).message)}\n`);
        process.exitCode = 2;
      });
    return;
  }
  const out = stdoutWriter(1, stdoutStream);
  const cwd = currentFolder();
  if (cwd === undefined) {
    process.stderr.write('factlint: the current folder no longer exists\n');
    process.exitCode = 2;
    return;
  }
  const io: CliIO = {
    cwd,
    stdout: out.write,
    stderr: (s) => process.stderr.write(s),
    isTTY: out.isTTY,
    env: process.env,
    // File descriptor 0 read to its end: a pipe, a redirected file or a terminal until Ctrl-D.
    readStdin: () => handedStdin() ?? readFileSync(0),
  };
  process.exitCode = runMain(process.argv.slice(2), io);
}

entry();
