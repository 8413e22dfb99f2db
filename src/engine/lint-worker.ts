// Worker thread entry (see workers.ts): opens the compiled fact set it is given (the cache file,
// read as its queries need it, as the main thread reads it), then lints each chunk of files it
// receives and answers on its port, bumping the shared counter so the main thread wakes up.
import { workerData, type MessagePort } from 'node:worker_threads';
import { fromStored, openHandoff } from '../facts/cached-set.js';
import { FactIndex, loadFactSet } from '../facts/index.js';
import { readAndLint, type RunOptions } from './run.js';
import type { Severities } from './severity.js';
import type { FileOutcome, LintTask, WorkerSetup } from './workers.js';

interface Chunk {
  id: number;
  tasks: LintTask[];
}

const { setup, port, signal } = workerData as { setup: WorkerSetup; port: MessagePort; signal: Int32Array };

let lintOne: ((t: LintTask) => FileOutcome) | undefined;
let setupError: Error | undefined;
try {
  const { paths, cwd } = setup.factsFrom;
  const load = () => loadFactSet(paths, { cwd });
  const stored = openHandoff(setup.facts);
  // Without it (the cache file pruned meanwhile by another run) the set is loaded from its files.
  // A worker lints part of a large run: it reads the set as a run of that many files does (EAGER_FILES).
  const index = stored ? fromStored(stored, setup.factsFrom, load).index(setup.files) : new FactIndex(load());
  const opts: RunOptions = { cwd: setup.cwd, patterns: [], ...(setup.lang ? { lang: setup.lang } : {}), ...(setup.date ? { date: setup.date } : {}) };
  const severities = setup.severities as Severities;
  lintOne = (t) => readAndLint(t.path, t.path, index, opts, severities, t.content ? Buffer.from(t.content.buffer, t.content.byteOffset, t.content.byteLength) : undefined);
} catch (err) {
  setupError = err as Error;
}

function reply(message: unknown): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

port.on('message', (chunk: Chunk) => {
  try {
    if (!lintOne) throw setupError ?? new Error('worker: not set up');
    reply({ id: chunk.id, outcomes: chunk.tasks.map(lintOne) });
  } catch (err) {
    const e = err as Error;
    reply({ id: chunk.id, error: { name: e.name, message: e.message, stack: e.stack } });
  }
});
