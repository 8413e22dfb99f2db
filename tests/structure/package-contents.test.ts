// What `npm pack` ships: what a user needs (the bundled CLI, the API entry with its types, the
// rules and fact set, LICENSE and README) and nothing else (tests, sources, node_modules, large
// documentation images). Read from `npm pack --dry-run --json`, so the "files" list, .npmignore
// and npm's own always-included files are all taken into account.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, requireBuilt } from '../cli/helpers.js';

interface PackEntry { path: string; size: number }
let files: PackEntry[];
const has = (p: string) => files.some((f) => f.path === p);
const under = (dir: string) => files.filter((f) => f.path.startsWith(`${dir}/`));

beforeAll(() => {
  requireBuilt();
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: REPO, encoding: 'utf8', timeout: 120_000, shell: process.platform === 'win32',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (r.status !== 0) throw new Error(`npm pack --dry-run failed:\n${r.stderr}`);
  files = (JSON.parse(r.stdout) as Array<{ files: PackEntry[] }>)[0]!.files;
}, 120_000);

describe('the npm package', () => {
  it('carries LICENSE, README, package.json and the config schema', () => {
    for (const p of ['LICENSE', 'README.md', 'package.json', 'factlint.schema.json']) expect(has(p), p).toBe(true);
  });

  it('carries the bundled CLI the bin runs, and the API entry with its declarations', () => {
    for (const p of ['dist/bundle/cli.cjs', 'dist/bundle/factlint.cjs', 'dist/bundle/lint-worker.js', 'dist/index.js', 'dist/index.d.ts', 'dist/api/index.js', 'dist/api/index.d.ts', 'dist/api/types.d.ts']) {
      expect(has(p), p).toBe(true);
    }
  });

  it('carries the rules, the language packs and the bundled fact set', () => {
    expect(has('rules/rules.json')).toBe(true);
    expect(under('rules/lang').some((f) => f.path.endsWith('/en/grammar.json'))).toBe(true);
    expect(under('claims').filter((f) => f.path.endsWith('.json')).length).toBeGreaterThan(3);
  });

  it('leaves out tests, sources, node_modules and large documentation images', () => {
    const unwanted = files.filter((f) => /^(tests|src|node_modules|scripts|\.github|\.ci)\//.test(f.path) || f.path.includes('/node_modules/'));
    expect(unwanted.map((f) => f.path)).toEqual([]);
    // No source maps are built (tsconfig sourceMap: false), so no src/ is needed to read them.
    expect(files.filter((f) => f.path.endsWith('.map')).map((f) => f.path)).toEqual([]);
    const bigImages = files.filter((f) => /\.(png|jpe?g|gif|webp|svg|mp4)$/i.test(f.path) && f.size > 1024 * 1024);
    expect(bigImages.map((f) => f.path)).toEqual([]);
    expect(files.filter((f) => f.path.startsWith('docs/') && f.size > 1024 * 1024).map((f) => f.path)).toEqual([]);
  });

  it('declares the license package.json names, matching the LICENSE file', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(`${REPO}/package.json`, 'utf8')) as { license: string };
    expect(pkg.license).toBe('MIT');
    const license = readFileSync(`${REPO}/LICENSE`, 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 factlint contributors\n/);
  });
});
