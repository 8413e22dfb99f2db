// `factlint daemon start|stop|status|serve`: a resident server for short lint runs (see
// daemon/server.ts for why, daemon/client.ts for how the binary uses it).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cacheDir, privateDir } from '../cache-dir.js';
import type { CliIO } from '../cli-io.js';
import { FactlintError, ioReason } from '../errors.js';
import { bundleStamp, lockFile, readInfo, servesThis, type DaemonInfo } from '../daemon/info.js';
import { filesUnder, serve, type RunCommandLine } from '../daemon/server.js';

const HELP = `Usage: factlint daemon <command> [options]

A resident server keeps factlint loaded and warm, so that short runs (up to 32 named
articles, or one on standard input: pre-commit hooks, editors, scripts) take about the time
of starting Node. While one runs, the factlint binary sends such runs to it and prints what
it answers: the same output and exit code as a run of its own. Any other run, and any run
when the server is missing, busy elsewhere or out of date, is run locally.

Commands:
  start [--idle MINUTES]   start a server in the background (default: stop after 30 minutes
                           without a run)
  stop                     stop it
  status                   tell whether one runs (exit 0) or not (exit 1)
  serve [--idle MINUTES]   run a server in the foreground until stopped (Ctrl-C)

FACTLINT_DAEMON=off makes a run ignore the server. The server lives in the cache folder
(FACTLINT_CACHE_DIR), one per factlint installation; it serves only its own user.`;

const DEFAULT_IDLE_MINUTES = 30;

/** The bundle the binary runs and the binary itself, whether this code runs bundled or from dist/. */
function bundlePaths(): { bundle: string; cli: string; root: string } {
  const self = fileURLToPath(import.meta.url);
  if (path.basename(self) === 'factlint.cjs') {
    const here = path.dirname(self);
    return { bundle: self, cli: path.join(here, 'cli.cjs'), root: path.resolve(here, '../..') };
  }
  const root = path.resolve(path.dirname(self), '../..');
  return { bundle: path.join(root, 'dist/bundle/factlint.cjs'), cli: path.join(root, 'dist/bundle/cli.cjs'), root };
}

function folder(io: CliIO): string {
  const dir = privateDir(cacheDir(io.cwd, io.env));
  if (!dir) throw new FactlintError(['a resident server needs a private cache folder, and there is none:', 'FACTLINT_CACHE_DIR is off, or the folder is not this user\'s alone (mode 0700).']);
  return dir;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Waits up to `ms` for `ready`, checking every 25 ms. */
function waitFor(ready: () => boolean, ms: number): boolean {
  for (const end = Date.now() + ms; Date.now() < end; sleep(25)) if (ready()) return true;
  return ready();
}

function idleMinutes(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, options: { idle: { type: 'string' } }, allowPositionals: true, strict: false });
  if (positionals.length > 0) throw new FactlintError(`unexpected argument "${positionals[0]}"`);
  if (values.idle === undefined) return DEFAULT_IDLE_MINUTES;
  const n = Number(values.idle);
  if (typeof values.idle !== 'string' || !/^\d+(\.\d+)?$/.test(values.idle) || !(n > 0)) throw new FactlintError(`--idle takes a number of minutes above 0, not "${String(values.idle)}"`);
  return n;
}

function running(dir: string, bundle: string): DaemonInfo | undefined {
  const info = readInfo(dir, bundle);
  return info && alive(info.pid) ? info : undefined;
}

function stopServer(info: DaemonInfo, dir: string, bundle: string): boolean {
  try {
    process.kill(info.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  return waitFor(() => readInfo(dir, bundle)?.pid !== info.pid || !alive(info.pid), 5000);
}

function start(argv: string[], io: CliIO): number {
  const minutes = idleMinutes(argv);
  const dir = folder(io);
  const { bundle, cli } = bundlePaths();
  const old = running(dir, bundle);
  if (old && servesThis(old, bundleStamp(bundle))) {
    io.stdout(`factlint: a resident server is already running (pid ${old.pid})\n`);
    return 0;
  }
  if (old) stopServer(old, dir, bundle); // a server of an older build of this installation
  const child = spawn(process.execPath, [cli, 'daemon', 'serve', '--idle', String(minutes)], {
    cwd: dir, env: { ...io.env, FACTLINT_CACHE_DIR: dir }, detached: true, stdio: 'ignore', windowsHide: true,
  });
  child.unref();
  const pid = child.pid;
  // Ours announced itself, or it left because another one (started at the same moment) serves.
  const serving = (): DaemonInfo | undefined => {
    const now = running(dir, bundle);
    return now && servesThis(now, bundleStamp(bundle)) ? now : undefined;
  };
  const lock = lockFile(dir, bundle);
  const starting = (): boolean => {
    const holder = Number(readOrEmpty(lock));
    return (pid !== undefined && alive(pid)) || (Number.isInteger(holder) && holder > 0 && alive(holder));
  };
  waitFor(() => serving() !== undefined || !starting(), 30_000);
  const now = serving();
  if (!now) throw new FactlintError(['the resident server did not start; run factlint daemon serve to see why']);
  io.stdout(now.pid === pid
    ? `factlint: resident server started (pid ${pid}); it stops after ${minutes} minutes without a run, or with factlint daemon stop\n`
    : `factlint: a resident server is already running (pid ${now.pid})\n`);
  return 0;
}

function stop(io: CliIO): number {
  const dir = folder(io);
  const { bundle } = bundlePaths();
  const info = running(dir, bundle);
  if (!info) {
    io.stdout('factlint: no resident server is running\n');
    return 0;
  }
  if (!stopServer(info, dir, bundle)) throw new FactlintError(`the resident server (pid ${info.pid}) did not stop`);
  io.stdout(`factlint: resident server stopped (pid ${info.pid})\n`);
  return 0;
}

function status(io: CliIO): number {
  const dir = folder(io);
  const { bundle } = bundlePaths();
  const info = running(dir, bundle);
  if (!info) {
    io.stdout('factlint: no resident server is running\n');
    return 1;
  }
  const current = servesThis(info, bundleStamp(bundle)) ? '' : ' (out of date: runs go local until it is restarted)';
  io.stdout(`factlint: resident server running (pid ${info.pid}, since ${info.started}, Node ${info.node})${current}\n`);
  return 0;
}

/** Takes the lock file for this process, unless a live process holds it; returns the holder's pid. */
function takeLock(lock: string): number {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx', mode: 0o600 });
    return process.pid;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new FactlintError(`cannot write ${lock}: ${ioReason(err)}`);
  }
  const pid = Number(readOrEmpty(lock));
  if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) return pid;
  writeFileSync(lock, String(process.pid), { mode: 0o600 });
  return process.pid;
}

function releaseLock(lock: string): void {
  if (Number(readOrEmpty(lock)) !== process.pid) return;
  try {
    unlinkSync(lock);
  } catch {
    // already gone
  }
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * The server in this process. main() returns at once; the listening socket keeps the process
 * alive until a signal, the idle timeout or a change to factlint's files stops it.
 */
function serveHere(argv: string[], io: CliIO, runMain: RunCommandLine): number {
  const minutes = idleMinutes(argv);
  const dir = folder(io);
  const { bundle, root } = bundlePaths();
  const other = running(dir, bundle);
  if (other && servesThis(other, bundleStamp(bundle))) {
    io.stdout(`factlint: a resident server is already running (pid ${other.pid})\n`);
    return 0;
  }
  // One server per installation even when two runs start one at once (FACTLINT_DAEMON=auto):
  // the lock is held for the server's life; one left by a process that died is taken over.
  const lock = lockFile(dir, bundle);
  const holder = takeLock(lock);
  if (holder !== process.pid) {
    io.stdout(`factlint: a resident server is already starting (pid ${holder})\n`);
    return 0;
  }
  const release = (): void => releaseLock(lock);
  // What the process loads once and keeps: the code, the language data and the schemas.
  const watched = [bundle, path.join(path.dirname(bundle), 'lint-worker.cjs'), path.join(root, 'package.json'), path.join(root, 'factlint.schema.json'), ...filesUnder(path.join(root, 'rules')), ...filesUnder(path.join(root, 'claims', 'schema'))];
  const examples = path.join(root, 'examples');
  // The bundled examples, linted and thrown away: the code the first real run needs is warm.
  const silent: CliIO = { cwd: root, stdout: () => {}, stderr: () => {}, isTTY: false, env: io.env };
  const warmUp = existsSync(examples) ? () => void runMain(['--format', 'json', '--no-ignore', examples], silent) : undefined;
  serve({ dir, bundle, watched, run: runMain, idleMs: minutes * 60_000, ...(warmUp ? { warmUp } : {}), onStop: (why) => {
    release();
    io.stderr(`factlint: resident server stopped: ${why}\n`);
  } })
    .then((server) => {
      io.stdout(`factlint: resident server listening (pid ${server.info.pid})\n`);
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => server.stop(`signal ${signal}`));
    })
    .catch((err: unknown) => {
      release();
      io.stderr(`factlint: cannot start the resident server: ${(err as Error).message}\n`);
      process.exitCode = 2;
    });
  return 0;
}

/** `runMain` is the command line itself (cli-run.ts), which the server runs for each request. */
export function daemonCommand(argv: string[], io: CliIO, runMain: RunCommandLine): number {
  const [command, ...rest] = argv;
  if (command === 'start') return start(rest, io);
  if (command === 'stop') return stop(io);
  if (command === 'status') return status(io);
  if (command === 'serve') return serveHere(rest, io, runMain);
  if (command === undefined || command === '--help' || command === '-h') {
    io.stdout(HELP + '\n');
    return command === undefined ? 2 : 0;
  }
  throw new FactlintError([`unknown daemon command "${command}": use start, stop, status or serve`, 'Run factlint daemon --help for the commands.']);
}
