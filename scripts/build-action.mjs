// Builds the GitHub Action's prebuilt copy of factlint into action/ (committed), so that the
// Action runs `node action/bundle/cli.cjs` with no `npm ci` and no compile on every run.
//
//   action/bundle/          dist/bundle/ as `npm run build` made it (the package's own bin)
//   action/verified-packs.json, action/verified-packs.bin
//                           dist/verified-packs.*, found by the bundle at ../verified-packs.*
//   action/node_modules/    each package the bundle requires at run time (yaml, ajv/dist/2020.js,
//                           ...), bundled by esbuild into one CommonJS file named as it is required
//                           (node_modules/yaml.js answers require('yaml')), with the licences of
//                           everything inlined in THIRD-PARTY-LICENSES.txt
//
// The bundle reads rules/, claims/ and package.json two folders up, that is from the repository
// root of the Action's checkout, so the data is not copied. Run after `npm run build`:
//   npm run build:action            writes action/
//   node scripts/build-action.mjs --out DIR   writes elsewhere (the test compares the two)
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(ROOT, 'action');
const BUNDLE = path.join(ROOT, 'dist', 'bundle');

if (!existsSync(path.join(BUNDLE, 'cli.cjs'))) {
  console.error('dist/bundle/cli.cjs is missing: run `npm run build` first');
  process.exit(1);
}

// Start from an empty folder, keeping only the hand-written README.
for (const name of ['bundle', 'node_modules', 'verified-packs.json', 'verified-packs.bin']) rmSync(path.join(OUT, name), { recursive: true, force: true });
mkdirSync(path.join(OUT, 'bundle'), { recursive: true });

for (const name of readdirSync(BUNDLE).sort()) copyFileSync(path.join(BUNDLE, name), path.join(OUT, 'bundle', name));
for (const name of ['verified-packs.json', 'verified-packs.bin']) copyFileSync(path.join(ROOT, 'dist', name), path.join(OUT, name));

// What the bundles require from node_modules: the dependencies (and paths inside them) named in them.
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const deps = Object.keys(pkg.dependencies ?? {}).sort();
const bundleText = readdirSync(path.join(OUT, 'bundle')).map((n) => readFileSync(path.join(OUT, 'bundle', n), 'utf8')).join('\n');
const specifiers = new Set();
for (const dep of deps) {
  const escaped = dep.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  for (const m of bundleText.matchAll(new RegExp(`["'](${escaped}(?:/[^"']*)?)["']`, 'g'))) specifiers.add(m[1]);
}

const licences = new Map();
for (const spec of [...specifiers].sort()) {
  // require('yaml') finds node_modules/yaml.js; require('ajv/dist/2020.js') node_modules/ajv/dist/2020.js.
  const file = path.join(OUT, 'node_modules', spec.endsWith('.js') ? spec : `${spec}.js`);
  const result = await build({
    stdin: { contents: `module.exports = require(${JSON.stringify(spec)});`, resolveDir: ROOT, sourcefile: `vendor-${spec}.cjs` },
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  for (const input of Object.keys(result.metafile.inputs)) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) licences.set(m[1], path.join(ROOT, input.slice(0, m.index + m[0].length)));
  }
}

// The licences of every package inlined above, as their MIT/ISC/BSD terms require.
const parts = [];
for (const [name, dir] of [...licences].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const file = readdirSync(dir).filter((f) => /^(licen[cs]e|copying)/i.test(f)).sort()[0];
  const meta = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : `License: ${meta.license ?? 'see package'}`;
  parts.push(`${name}@${meta.version}\n${'-'.repeat(name.length + meta.version.length + 1)}\n${text}\n`);
}
writeFileSync(path.join(OUT, 'node_modules', 'THIRD-PARTY-LICENSES.txt'), `${parts.join('\n')}`);

console.log(`action: ${readdirSync(path.join(OUT, 'bundle')).length} bundle files, ${specifiers.size} vendored modules (${[...specifiers].sort().join(', ')}), ${licences.size} licences`);
