// Lints many files on worker threads while the caller stays synchronous: the main thread hands
// out chunks of files, lints chunks itself while workers are busy, and blocks on a shared
// counter (Atomics.wait) only when it has nothing left to do. Results are put back in input
// order, so a parallel run reports byte for byte what a serial run reports.
import os from 'node:os';
import { onDemand } from '../on-demand.js';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { CompiledHandoff } from '../facts/cached-set.js';
import type { LintResult } from '../types.js';
import type { LintedSource } from './files-types.js';

/** What linting one file yields before the per-run steps (directives, baseline, fixes). */
export interface FileOutcome {
  result: LintResult;
  source?: LintedSource;
}

/** One file to lint; `content` replaces reading `path`. */
export interface LintTask {
  path: string;
  content?: Buffer;
}

/** What a worker needs to lint like the main thread: the fact set (the compiled cache file, or its bytes) and the settings. */
export interface WorkerSetup {
  facts: CompiledHandoff;
  /** Where the fact set was loaded from, should its bytes prove damaged. */
  factsFrom: { paths: string[]; cwd: string };
  /** Files the run lints (how the worker reads the set, see EAGER_FILES). */
  files: number;
  severities: Record<string, unknown>;
  lang?: string;
  date?: string;
  cwd: string;
}

/** Below this many files `auto` lints serially: starting a worker costs more than it saves. */
export const AUTO_MIN_FILES = 50;
/**
 * Below this many CPUs `auto` lints serially: each worker is a V8 isolate that compiles and
 * warms up factlint's code on its own, and a serial run already keeps V8's compiler and GC
 * threads busy on a second CPU. Measured on 2 CPUs (2,000 articles): 2 threads took 1.07× the
 * serial time, with 45 % more CPU; measured again for 100 to 2,000 files on a busy machine:
 * 1.3-1.7× (docs/performance.md). No third CPU was there to measure the rule above 2.
 */
export const AUTO_MIN_CPUS = 3;
/** Files per message: large enough to amortise messaging, small enough to balance the load. */
const CHUNK = 8;
/** A worker silent this long on a chunk is given up on; its chunks are linted here. */
const STALL_MS = 120_000;

/** Threads (main included) to lint `files` files with; 1 means serial. */
export function threadCount(concurrency: number | 'auto' | undefined, files: number, cpus = os.availableParallelism()): number {
  if (concurrency === undefined) return 1;
  if (concurrency === 'auto') {
    if (files < AUTO_MIN_FILES || cpus < AUTO_MIN_CPUS) return 1;
    return Math.max(1, Math.min(cpus, Math.ceil(files / AUTO_MIN_FILES), 8));
  }
  return Math.max(1, Math.min(concurrency, Math.ceil(files / CHUNK)));
}

interface Chunk {
  id: number;
  /** Index of the first task in the input list. */
  start: number;
  tasks: LintTask[];
}

interface Reply {
  id: number;
  outcomes?: FileOutcome[];
  error?: { name: string; message: string; stack?: string };
}

interface Helper {
  worker: Worker;
  port: MessagePort;
  /** Chunks sent and not answered, with the time they were sent. */
  pending: Map<number, number>;
  dead: boolean;
}

/**
 * Lints `tasks` with `threads` threads: this one (through `lintHere`) and threads - 1 workers
 * running `entry`. Returns one outcome per task, in order. An error thrown while linting
 * (not a file problem, which is an outcome) is rethrown here with its message.
 */
// Loaded when a run uses workers: a serial run (every pre-commit run) does not pay for it.
const workerThreads = onDemand<typeof import('node:worker_threads')>('node:worker_threads');

export function lintInParallel(tasks: LintTask[], threads: number, setup: WorkerSetup, entry: URL, lintHere: (t: LintTask) => FileOutcome): FileOutcome[] {
  const { MessageChannel, receiveMessageOnPort, Worker } = workerThreads();
  const outcomes: Array<FileOutcome | undefined> = new Array(tasks.length);
  const queue: Chunk[] = [];
  for (let start = 0, id = 0; start < tasks.length; start += CHUNK, id++) queue.push({ id, start, tasks: tasks.slice(start, start + CHUNK) });
  const byId = new Map(queue.map((c) => [c.id, c]));
  const done = new Set<number>();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const helpers: Helper[] = [];

  const finish = (chunk: Chunk, results: FileOutcome[]) => {
    if (done.has(chunk.id)) return; // a stalled worker answered after all
    done.add(chunk.id);
    results.forEach((o, k) => (outcomes[chunk.start + k] = o));
  };
  const send = (h: Helper) => {
    const chunk = queue.shift();
    if (!chunk) return;
    h.pending.set(chunk.id, Date.now());
    h.port.postMessage(chunk);
  };

  try {
    for (let i = 1; i < threads; i++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(entry, { workerData: { setup, port: port2, signal }, transferList: [port2] });
      worker.unref();
      helpers.push({ worker, port: port1, pending: new Map(), dead: false });
    }
    // Two chunks in flight per worker: one to work on, one to start right after.
    for (const h of helpers) {
      send(h);
      send(h);
    }
    while (done.size < byId.size) {
      const seen = Atomics.load(signal, 0);
      let progressed = false;
      for (const h of helpers) {
        for (let m = receiveMessageOnPort(h.port); m; m = receiveMessageOnPort(h.port)) {
          const reply = m.message as Reply;
          if (reply.error) throw Object.assign(new Error(reply.error.message), { name: reply.error.name, stack: reply.error.stack });
          h.pending.delete(reply.id);
          finish(byId.get(reply.id)!, reply.outcomes ?? []);
          if (!h.dead) send(h);
          progressed = true;
        }
      }
      if (progressed) continue;
      // Nothing arrived: lint a chunk here rather than wait.
      const mine = queue.shift();
      if (mine) {
        finish(mine, mine.tasks.map(lintHere));
        continue;
      }
      if (done.size === byId.size) break;
      // Wait for a worker; a worker silent for too long is given up on and its chunks linted here.
      Atomics.wait(signal, 0, seen, 1000);
      const now = Date.now();
      for (const h of helpers) {
        if (h.dead) continue;
        for (const [id, sent] of h.pending) {
          if (now - sent < STALL_MS || done.has(id)) continue;
          h.dead = true;
          for (const stuck of h.pending.keys()) if (!done.has(stuck)) queue.push(byId.get(stuck)!);
          break;
        }
      }
    }
  } finally {
    for (const h of helpers) {
      h.port.close();
      void h.worker.terminate();
    }
  }
  return outcomes as FileOutcome[];
}
