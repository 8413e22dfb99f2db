// The binary's side of a resident server (`factlint daemon start`): a short lint run is sent to
// the server, which has factlint's code compiled and warm, and its output is written here as the
// server produced it. Anything unexpected before the first byte of output (no server, a server of
// another build, a refusal, a dropped connection) makes the run local, as if there were no
// server; so a server can only make a run faster, never change what it prints.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stdoutWriter } from '../stdout-writer.js';
import { frame, lineReader, type Frame, type LintRequest } from './frames.js';
import { bundleStamp, readInfo, servesThis } from './info.js';
import { handStdin } from './stdin-handoff.js';

/** Environment switch: FACTLINT_DAEMON=off (or 0, false, no) never uses a server. */
const OFF = /^(off|0|false|no)$/i;

/** FACTLINT_DAEMON=auto: a run that finds no server starts one, for the runs after it. */
export function autoStarts(env: NodeJS.ProcessEnv): boolean {
  return /^auto$/i.test(env.FACTLINT_DAEMON ?? '');
}

/**
 * Starts `factlint daemon serve` in the background, detached from this process, which does not
 * wait for it. A server that finds another one already serving this installation exits.
 */
export function startServerBehind(bundle: string, dir: string): void {
  try {
    const { spawn } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
    const cli = path.join(path.dirname(bundle), 'cli.cjs');
    spawn(process.execPath, [cli, 'daemon', 'serve'], { cwd: dir, env: { ...process.env, FACTLINT_CACHE_DIR: dir }, detached: true, stdio: 'ignore', windowsHide: true }).unref();
  } catch {
    // no server this time: runs stay local
  }
}

/**
 * Whether a run may go to a server at all: not when turned off, and not for --debug or
 * FACTLINT_TIMINGS, which report on the process that lints (its loading and its timings).
 */
export function mayUseDaemon(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  if (OFF.test(env.FACTLINT_DAEMON ?? '') || env.FACTLINT_TIMINGS) return false;
  return !argv.includes('--debug');
}

/**
 * Sends the run to this bundle's server in the cache folder `dir`; `readsStdin`: the run reads
 * its article from standard input (bin/run-mode.ts). Undefined (at once) when there is no usable
 * server; otherwise a promise of whether the server ran it (false: run locally).
 */
export function lintThroughDaemon(argv: string[], bundle: string, dir: string | undefined, readsStdin: boolean): Promise<boolean> | undefined {
  if (!dir) return undefined;
  const info = readInfo(dir, bundle);
  if (!info || !servesThis(info, bundleStamp(bundle))) return undefined;
  let cwd: string;
  try {
    cwd = process.cwd();
  } catch {
    return undefined; // main() reports the missing folder
  }
  let stdin: Buffer | undefined;
  if (readsStdin) {
    try {
      stdin = readFileSync(0);
    } catch {
      return undefined; // unreadable: the local run reports it
    }
    handStdin(stdin);
  }
  const out = stdoutWriter(1, () => process.stdout);
  const request: LintRequest = { kind: 'lint', token: info.token, argv, cwd, env: { ...process.env }, isTTY: out.isTTY, ...(stdin ? { stdin: stdin.toString('base64') } : {}) };
  // Loaded only here: a run without a server does not pay for node:net.
  const net = createRequire(import.meta.url)('node:net') as typeof import('node:net');
  return new Promise((resolve) => {
    let started = false;
    let done = false;
    const finish = (ran: boolean): void => {
      if (done) return;
      done = true;
      resolve(ran);
    };
    const lost = (): void => {
      if (!started) {
        finish(false);
        return;
      }
      if (done) return;
      process.stderr.write('factlint: the resident server stopped in the middle of the run; run again, or with FACTLINT_DAEMON=off\n');
      process.exitCode = 2;
      finish(true);
    };
    const socket = net.connect(info.socket);
    socket.on('error', lost);
    socket.on('close', lost);
    socket.on('connect', () => socket.write(frame(request)));
    socket.on('data', lineReader((v) => {
      const f = v as Frame;
      if (f.t === 'r' && !started) {
        socket.destroy();
        finish(false);
      } else if (f.t === 'o' || f.t === 'e') {
        started = true;
        try {
          if (f.t === 'o') out.write(f.d);
          else process.stderr.write(f.d);
        } catch (err) {
          // The local run's own words for an unwritable report (stdout-writer.ts).
          process.stderr.write(`factlint: ${(err as Error).message}\n`);
          process.exitCode = 2;
          socket.destroy();
          finish(true);
        }
      } else if (f.t === 'x') {
        process.exitCode = f.code;
        socket.destroy();
        finish(true);
      }
    }, () => {
      socket.destroy();
      lost();
    }));
  });
}
