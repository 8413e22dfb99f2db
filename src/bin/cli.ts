#!/usr/bin/env node
// The factlint binary (dist/bundle/cli.cjs): starts the bundled CLI beside it through V8's code cache.
import { fileURLToPath } from 'node:url';
import { runBundle } from './run-bundle.js';
import { isShortRun } from './run-mode.js';

runBundle(fileURLToPath(new URL('./factlint.cjs', import.meta.url)), { optimise: !isShortRun(process.argv.slice(2)) });
