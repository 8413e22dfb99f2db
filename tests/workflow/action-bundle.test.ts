// The Action's prebuilt copy (action/, committed) must be what `npm run build:action` makes from
// the current build, and every file of it must be in git, or the Action would run stale code.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, requireBuilt, tempDir } from '../cli/helpers.js';

const ACTION = path.join(REPO, 'action');
const HAND_WRITTEN = new Set(['README.md']);

function files(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name)).split(path.sep).join('/')]))
    .sort();
}

let fresh: ReturnType<typeof tempDir>;
beforeAll(() => {
  requireBuilt();
  fresh = tempDir('factlint-action-build-');
  const r = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'build-action.mjs'), '--out', fresh.dir], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build-action failed: ${r.stderr}`);
});
afterAll(() => fresh?.cleanup());

describe('action/ (the prebuilt Action)', () => {
  it('is what npm run build:action makes from the current build (run `npm run build && npm run build:action` and commit action/ if not)', () => {
    const built = files(fresh.dir);
    expect(files(ACTION).filter((f) => !HAND_WRITTEN.has(f))).toEqual(built);
    const stale = built.filter((f) => !readFileSync(path.join(ACTION, f)).equals(readFileSync(path.join(fresh.dir, f))));
    expect(stale, `stale in action/: ${stale.join(', ')}`).toEqual([]);
  });

  it('holds the bundle, the modules it requires and their licences', () => {
    const built = files(fresh.dir);
    expect(built).toEqual(expect.arrayContaining(['bundle/cli.cjs', 'bundle/factlint.cjs', 'bundle/lint-worker.js', 'verified-packs.json', 'verified-packs.bin', 'node_modules/yaml.js', 'node_modules/ajv/dist/2020.js', 'node_modules/THIRD-PARTY-LICENSES.txt']));
    const licences = readFileSync(path.join(fresh.dir, 'node_modules/THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['yaml@', 'ajv@', 'fast-glob@', 'picomatch@']) expect(licences).toContain(name);
  });

  it.skipIf(spawnSync('git', ['-C', REPO, 'rev-parse'], { encoding: 'utf8' }).status !== 0)('is not hidden from git by .gitignore, not one file', () => {
    const tracked = new Set(execFileSync('git', ['-C', REPO, 'ls-files', '--cached', '--others', '--exclude-standard', 'action'], { encoding: 'utf8' })
      .split('\n').filter(Boolean).map((f) => f.slice('action/'.length)));
    expect(files(fresh.dir).filter((f) => !tracked.has(f))).toEqual([]);
  });
});
