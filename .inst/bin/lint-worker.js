// A worker thread's entry (dist/bundle/lint-worker.js): starts the bundled worker beside it
// through V8's code cache, as the binary does.
import { fileURLToPath } from 'node:url';
import { runBundle } from './run-bundle.js';
runBundle(fileURLToPath(new URL('./lint-worker.cjs', import.meta.url)));
