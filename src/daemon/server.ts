// The resident server (`factlint daemon serve`): one process that keeps factlint's code compiled
// and warm, fact sets and language packs loaded, and lints the short runs its binary sends it.
//
// Why: a one-article run (a pre-commit hook, an editor's "lint on save") spent about 60 ms of
// its 130 running factlint's code for the first time, cold in V8's interpreter; the same article
// takes about 2 ms in a process that has linted before. A code cache and a start-up snapshot
// did not remove that (docs/performance.md). This is eslint_d's answer to the same problem.
//
// Each request runs main() exactly as the binary would, in the client's folder and with its
// environment, and answers what it wrote and its exit code. Requests run one at a time: main()
// is synchronous, so the event loop serialises them, and the folder and environment are swapped
// only for the duration of one.
//
// Staleness: the code and language data the process loaded at start are its own copy. Before
// every request the server compares its bundle and the rules/ files with what it loaded; on any
// difference it refuses (the client then runs locally) and exits. Fact sets, configs, baselines
// and caches are read per run, as in a fresh process.
import { readdirSync, renameSync, statSync, unlinkSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onDemand } from '../on-demand.js';
import type { CliIO } from '../cli-io.js';
import { keepLoadedFactSets } from '../facts/compiled-cache.js';
import { randomBytes } from '../hash.js';
import { frame, lineReader, type Frame, type LintRequest } from './frames.js';
import { bundleStamp, infoFile, INFO_FORMAT, readInfo, type DaemonInfo } from './info.js';

// Loaded when a server starts: every run of the bundle would pay for them otherwise.
const net = onDemand<typeof import('node:net')>('node:net');
const crypto = onDemand<typeof import('node:crypto')>('node:crypto');

/** The command line: main() with its errors turned into messages (cli-run.ts runMain). */
export type RunCommandLine = (argv: string[], io: CliIO) => number;

export interface ServeOptions {
  run: RunCommandLine;
  /** The private cache folder the announcement goes to. */
  dir: string;
  /** The bundle the binary runs (its client compares against this). */
  bundle: string;
  /** Files whose change makes the server stale: the bundles and the rules/ tree. */
  watched: readonly string[];
  /** Exit after this long without a request. */
  idleMs: number;
  /** Lints before announcing itself, so that the first real run finds the code warm. */
  warmUp?: () => void;
  /** Called once the server has stopped and removed its announcement. */
  onStop?: (why: string) => void;
}

export interface Server {
  info: DaemonInfo;
  stop: (why: string) => void;
}

/**
 * `dir` and everything under it, depth first, sorted; none when it is missing. Folders are
 * listed too: a file added to or removed from one changes the folder's modification time.
 */
export function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return [dir, ...names.flatMap((n) => {
    const p = path.join(dir, n);
    try {
      return statSync(p).isDirectory() ? filesUnder(p) : [p];
    } catch {
      return [];
    }
  })];
}

function stampOf(files: readonly string[]): string {
  return files.map((f) => {
    try {
      const st = statSync(f);
      return `${f}\0${st.size}\0${st.mtimeMs}`;
    } catch {
      return `${f}\0-`;
    }
  }).join('\n');
}

/** A Unix socket in the private folder; paths beyond the platform's limit (about 104 bytes) go to the temp folder, still behind the token. */
function socketPath(dir: string): string {
  const name = `factlint-${randomBytes(8).toString('hex')}`;
  if (process.platform === 'win32') return `\\\\.\\pipe\\${name}`;
  const inDir = path.join(dir, `${name}.sock`);
  return Buffer.byteLength(inDir) <= 100 ? inDir : path.join(os.tmpdir(), `${name}.sock`);
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto().timingSafeEqual(x, y);
}

function isRequest(v: unknown): v is LintRequest {
  const r = v as Partial<LintRequest> | null;
  return !!r && r.kind === 'lint' && typeof r.token === 'string' && Array.isArray(r.argv) && r.argv.every((a) => typeof a === 'string')
    && typeof r.cwd === 'string' && typeof r.isTTY === 'boolean' && !!r.env && typeof r.env === 'object' && (r.stdin === undefined || typeof r.stdin === 'string');
}

/** Runs one request as the binary would in the client's process, and returns the frames it wrote. */
export function serveRequest(req: LintRequest, run: RunCommandLine): string {
  const frames: string[] = [];
  const out = (f: Frame): void => void frames.push(frame(f));
  const savedCwd = process.cwd();
  const savedEnv = process.env;
  try {
    process.chdir(req.cwd);
  } catch {
    return frame({ t: 'r', why: 'folder' });
  }
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(req.env)) if (typeof v === 'string') env[k] = v;
  const stdin = req.stdin;
  const io: CliIO = {
    cwd: req.cwd,
    stdout: (s) => out({ t: 'o', d: s }),
    stderr: (s) => out({ t: 'e', d: s }),
    isTTY: req.isTTY,
    env,
    ...(stdin !== undefined ? { readStdin: () => Buffer.from(stdin, 'base64') } : {}),
  };
  // Modules that read process.env (git's environment, the cache folder) see the client's.
  process.env = env;
  let code: number;
  try {
    code = run(req.argv, io);
  } finally {
    process.env = savedEnv;
    process.chdir(savedCwd);
  }
  out({ t: 'x', code });
  return frames.join('');
}

/** Starts listening and announces the server in `opts.dir` once it accepts connections. */
export function serve(opts: ServeOptions): Promise<Server> {
  keepLoadedFactSets(true);
  const token = randomBytes(32).toString('hex');
  const stamp = stampOf(opts.watched);
  const socket = socketPath(opts.dir);
  const announcement = infoFile(opts.dir, opts.bundle);
  const own = bundleStamp(opts.bundle);
  if (!own) return Promise.reject(new Error(`cannot read ${opts.bundle}`));
  const info: DaemonInfo = { format: INFO_FORMAT, pid: process.pid, socket, token, execPath: process.execPath, node: process.version, ...own, started: new Date().toISOString() };
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const server = net().createServer((conn) => {
    conn.on('error', () => conn.destroy());
    conn.on('data', lineReader((v) => {
      if (!isRequest(v) || !sameToken(v.token, token)) {
        conn.destroy(); // no answer to a stranger
        return;
      }
      if (stampOf(opts.watched) !== stamp) {
        conn.end(frame({ t: 'r', why: 'stale' }));
        stop('factlint was changed on disk');
        return;
      }
      idle();
      conn.end(serveRequest(v, opts.run));
    }, () => conn.destroy()));
  });
  const idle = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => stop('idle'), opts.idleMs);
  };
  const stop = (why: string): void => {
    if (stopped) return;
    stopped = true;
    if (timer) clearTimeout(timer);
    // Only our own announcement: a newer server may have replaced it.
    if (readInfo(opts.dir, opts.bundle)?.pid === process.pid) {
      try {
        unlinkSync(announcement);
      } catch {
        // already gone
      }
    }
    server.close(() => opts.onStop?.(why));
    if (process.platform !== 'win32') {
      try {
        unlinkSync(socket);
      } catch {
        // already gone
      }
    }
  };
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => {
      server.off('error', reject);
      try {
        if (process.platform !== 'win32') chmodSync(socket, 0o600);
        opts.warmUp?.();
        const tmp = `${announcement}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify(info), { mode: 0o600 });
        renameSync(tmp, announcement);
      } catch (err) {
        stop('cannot announce');
        reject(err);
        return;
      }
      idle();
      resolve({ info, stop });
    });
  });
}
