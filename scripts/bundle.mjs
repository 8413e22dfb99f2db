// Bundles the compiled CLI (dist/) into dist/bundle/, so that starting factlint loads a few files
// instead of eighty modules:
//   factlint.cjs, lint-worker.cjs  the CLI and the worker thread, each one CommonJS bundle;
//   cli.cjs, lint-worker.js        small entries (the bin and the worker entry) that run those
//                                  bundles through V8's code cache (src/bin/run-bundle.ts).
// CommonJS because only a classic script can be compiled with a code cache on Node 20. The bundles
// sit two folders below the package root, like dist/<module folder>/, so paths to rules/, claims/
// and package.json built from import.meta.url resolve the same way.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

// Bundle names stay, but start from an empty folder so nothing stale stays.
rmSync('dist/bundle', { recursive: true, force: true });

const common = {
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Kept as they are: packages loaded lazily through createRequire stay outside the bundle.
  packages: 'external',
  logLevel: 'warning',
  legalComments: 'none',
};

await build({
  ...common,
  entryPoints: { factlint: 'dist/cli.js', 'lint-worker': 'dist/engine/lint-worker.js' },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': 'importMetaUrl' },
  inject: ['scripts/bundle/import-meta-url.js'],
});
// The bin's hashbang belongs to cli.js: the bundle is compiled inside a function wrapper, where
// a hashbang is a syntax error.
const cli = 'dist/bundle/factlint.cjs';
writeFileSync(cli, readFileSync(cli, 'utf8').replace(/^#!.*\n/, ''));

// The bin is CommonJS too: Node starts a .cjs main without its ES module loader (some 20 ms).
await build({
  ...common,
  entryPoints: { cli: 'dist/bin/cli.js' },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': 'importMetaUrl' },
  inject: ['scripts/bundle/import-meta-url.js'],
});

// The worker's entry stays where lint-files.js looks for it: ./lint-worker.js beside the bundle.
await build({
  ...common,
  entryPoints: { 'lint-worker': 'dist/bin/lint-worker.js' },
  format: 'esm',
});
