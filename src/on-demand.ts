// Modules loaded on first use instead of at start-up: most runs never need them (a run on named
// files needs no glob library, plain front matter no YAML library, a serial run no worker
// threads, a run without --changed no child processes), and each costs start-up time.
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** A getter that loads module `id` on its first call and returns the same module after. */
export function onDemand<T>(id: string): () => T {
  let mod: T | undefined;
  return () => (mod ??= load(id) as T);
}
