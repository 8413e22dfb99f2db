#!/usr/bin/env node
// The factlint binary (dist/bundle/cli.cjs): starts the bundled CLI beside it through V8's code
// cache, or hands a short run to a resident server when one is running (daemon/client.ts).
import { fileURLToPath } from 'node:url';
import { autoStarts, lintThroughDaemon, mayUseDaemon, startServerBehind } from '../daemon/client.js';
import { cacheFolder, runBundle } from './run-bundle.js';
import { runMode } from './run-mode.js';

const argv = process.argv.slice(2);
const bundle = fileURLToPath(new URL('./factlint.cjs', import.meta.url));
const mode = runMode(argv);
const local = (): void => runBundle(bundle, { optimise: !mode.short });
const servable = mode.servable && mayUseDaemon(argv, process.env);
const served = servable ? lintThroughDaemon(argv, bundle, cacheFolder(), mode.stdin) : undefined;
if (served) {
  served.then((ran) => {
    if (!ran) local();
  }, local);
} else {
  // FACTLINT_DAEMON=auto: this run is local, and starts a server for the runs after it.
  const dir = servable && autoStarts(process.env) ? cacheFolder() : undefined;
  if (dir) process.once('exit', () => startServerBehind(bundle, dir));
  local();
}
