// A real editor as the client: headless Neovim starts the built server with its own LSP client
// on a temporary article and must receive the office-holder diagnostic. Skipped (and said so)
// when `nvim` is not installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI, requireBuilt, tempDir, write } from '../cli/helpers.js';
import { WAIT_MS } from './client.js';

/** FACTLINT_TEST_NVIM names another Neovim binary (or a missing one, to see the skip). */
const NVIM = process.env.FACTLINT_TEST_NVIM ?? 'nvim';
const HAVE_NVIM = spawnSync(NVIM, ['--version'], { stdio: 'ignore' }).status === 0;
const SCRIPT = fileURLToPath(new URL('./neovim.lua', import.meta.url));
const TITLE = HAVE_NVIM ? 'headless Neovim as the LSP client' : 'headless Neovim as the LSP client (skipped: `nvim` is not on PATH; apt-get install neovim)';

describe.skipIf(!HAVE_NVIM)(TITLE, () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(requireBuilt);
  beforeEach(() => {
    tmp = tempDir('factlint-nvim-');
  });
  afterEach(() => tmp.cleanup());

  it('shows the office-holder diagnostic through vim.diagnostic', () => {
    const article = write(tmp.dir, 'article.md', '---\ndate: 2023-05-09\nlang: en\n---\nRussian President Sadyr Japarov arrived in Moscow.\n');
    const result = path.join(tmp.dir, 'result.json');
    // Neovim and the server keep their logs and caches in the temporary folder, not the user's.
    const xdg = { XDG_CACHE_HOME: path.join(tmp.dir, 'cache'), XDG_STATE_HOME: path.join(tmp.dir, 'state'), XDG_DATA_HOME: path.join(tmp.dir, 'data'), XDG_CONFIG_HOME: path.join(tmp.dir, 'config') };
    const r = spawnSync(NVIM, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', article, '-c', `luafile ${SCRIPT}`], {
      cwd: tmp.dir,
      encoding: 'utf8',
      timeout: WAIT_MS + 30_000,
      env: {
        ...process.env,
        ...xdg,
        FACTLINT_TEST_NODE: process.execPath,
        FACTLINT_TEST_SERVER: CLI,
        FACTLINT_TEST_ROOT: tmp.dir,
        FACTLINT_TEST_RESULT: result,
        FACTLINT_TEST_WAIT_MS: String(WAIT_MS),
      },
    });
    expect(existsSync(result), `Neovim wrote no result (exit ${r.status}, signal ${r.signal}): ${r.stderr}${r.stdout}`).toBe(true);
    const got = JSON.parse(readFileSync(result, 'utf8')) as { arrived: boolean; diagnostics: Array<Record<string, unknown>> };
    expect(got.arrived).toBe(true);
    expect(got.diagnostics).toHaveLength(1);
    expect(got.diagnostics[0]).toMatchObject({ lnum: 4, col: 0, end_lnum: 4, end_col: 31, severity: 1, source: 'factlint', code: 'office-holder' });
    expect(got.diagnostics[0]!.message).toContain('Sadyr Japarov was not president of Russia on 2023-05-09');
    expect(r.status).toBe(0);
  });
});
