// Bundles the compiled CLI (dist/) into a few files under dist/bundle/, so that starting factlint
// loads three or four modules instead of eighty: module loading was the largest part of a
// one-article run. Dynamic imports stay separate chunks (loaded only when used), and the worker
// entry is its own file beside the bundle, where lint-files.js looks for it. dist/bundle/ is two
// folders below the package root, like dist/<module folder>/, so paths to rules/, claims/ and
// package.json built from import.meta.url resolve the same way.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names change with their content: start from an empty folder so no stale chunk stays.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'dist/cli.js', 'lint-worker': 'dist/engine/lint-worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Kept as they are: packages loaded lazily through createRequire stay outside the bundle.
  packages: 'external',
  logLevel: 'warning',
  legalComments: 'none',
});
