// The resident server as a user meets it: `factlint daemon start`, short runs of the real binary
// served by it, and a run whose server is gone. A served run must print exactly what the same
// run prints on its own, on both streams, with the same exit code.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleStamp, infoFile, INFO_FORMAT, type DaemonInfo } from '../../src/daemon/info.js';
import { CLI, factlint, git, requireBuilt, tempDir, write, type CliRun } from '../cli/helpers.js';

const EN = '---\ndate: 2023-05-08\nlang: en\n---\nPresident of Russia Sadyr Japarov met officials on Tuesday, 8 May. Trade reached $3.5 billion in 2022.\n';
const RU = '---\ndate: 2023-05-08\nlang: ru\n---\nПрезидент Киргизии Садыр Жапаров в понедельник, 8 мая, провёл встречу с министрами.\n';
const CLEAN = '---\ndate: 2023-05-08\nlang: en\n---\nThe talks went on until late on Monday, 8 May.\n';

function withStdin(args: string[], cwd: string, env: NodeJS.ProcessEnv, input: string): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env }, timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Code caches the short-run mode wrote: a run served by the server loads no bundle and writes none. */
function shortRunCaches(cache: string): string[] {
  return readdirSync(cache).filter((n) => n.startsWith('code-factlint.noopt-'));
}

describe('factlint daemon', () => {
  it('serves short runs byte for byte as they run alone, and stops', () => {
    requireBuilt();
    const { dir, cleanup } = tempDir('factlint-daemon-');
    const cache = path.join(dir, 'fc');
    const env = { FACTLINT_CACHE_DIR: cache };
    try {
      write(dir, 'a.en.md', EN);
      write(dir, 'b.ru.md', RU);
      write(dir, 'c.en.md', CLEAN);
      expect(factlint(['daemon', 'status'], dir, env).code).toBe(1);
      const started = factlint(['daemon', 'start', '--idle', '5'], dir, env);
      expect(started.stderr).toBe('');
      expect(started.stdout).toMatch(/resident server started \(pid \d+\)/);
      expect(started.code).toBe(0);
      try {
        expect(factlint(['daemon', 'status'], dir, env).stdout).toMatch(/resident server running/);
        const cases: string[][] = [['a.en.md'], ['-f', 'json', 'a.en.md', 'b.ru.md'], ['c.en.md'], ['-f', 'sarif', 'b.ru.md'], ['--quiet', '--rule', 'office-holder: off', 'a.en.md'], ['--rule', 'no-such-rule: off', 'a.en.md'], ['--fix-dry-run', 'a.en.md']];
        const served = cases.map((args) => factlint(args, dir, env));
        const servedStdin = withStdin(['--stdin', '--stdin-filename', 'x.en.md', '-f', 'json'], dir, env, EN);
        // Nothing ran locally so far: no short-run code cache was written.
        expect(shortRunCaches(cache)).toEqual([]);
        const local = cases.map((args) => factlint(args, dir, { ...env, FACTLINT_DAEMON: 'off' }));
        expect(shortRunCaches(cache).length).toBe(1);
        expect(served).toEqual(local);
        expect(served[0]!.code).toBe(1);
        expect(served[0]!.stdout).toContain('Japarov');
        expect(served[2]!.code).toBe(0);
        expect(served[5]!.code).toBe(2);
        expect(servedStdin).toEqual(withStdin(['--stdin', '--stdin-filename', 'x.en.md', '-f', 'json'], dir, { ...env, FACTLINT_DAEMON: 'off' }, EN));
        expect(servedStdin.stdout).toContain('x.en.md');
        // --fix through the server writes the same file as a local --fix.
        write(dir, 'd.en.md', EN);
        write(dir, 'e.en.md', EN);
        const fixedServed = factlint(['--fix', 'd.en.md'], dir, env);
        const fixedLocal = factlint(['--fix', 'e.en.md'], dir, { ...env, FACTLINT_DAEMON: 'off' });
        expect(fixedServed.stdout.replaceAll('d.en.md', 'e.en.md')).toBe(fixedLocal.stdout);
        expect(readFile(dir, 'd.en.md')).toBe(readFile(dir, 'e.en.md'));
        expect(readFile(dir, 'd.en.md')).not.toBe(EN);
      } finally {
        const stopped = factlint(['daemon', 'stop'], dir, env);
        expect(stopped.stdout).toMatch(/resident server stopped/);
      }
      expect(factlint(['daemon', 'status'], dir, env).code).toBe(1);
      expect(readdirSync(cache).filter((n) => n.startsWith('daemon-'))).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('runs locally, with the same output, when the announced server is gone', () => {
    requireBuilt();
    const { dir, cleanup } = tempDir('factlint-daemon-gone-');
    const cache = path.join(dir, 'fc');
    const env = { FACTLINT_CACHE_DIR: cache };
    try {
      write(dir, 'a.en.md', EN);
      const alone = factlint(['a.en.md'], dir, { ...env, FACTLINT_DAEMON: 'off' });
      const bundle = path.join(path.dirname(CLI), 'factlint.cjs');
      const info: DaemonInfo = { format: INFO_FORMAT, pid: 999999, socket: path.join(cache, 'gone.sock'), token: 'x'.repeat(64), execPath: process.execPath, node: process.version, ...bundleStamp(bundle)!, started: new Date().toISOString() };
      writeFileSync(infoFile(cache, bundle), JSON.stringify(info), { mode: 0o600 });
      const r = factlint(['a.en.md'], dir, env);
      expect(r).toEqual(alone);
      expect(r.code).toBe(1);
      // ... and through standard input, which the binary had already read for the server.
      const s = withStdin(['--stdin', '--stdin-filename', 'a.en.md'], dir, env, EN);
      expect(s).toEqual(alone);
    } finally {
      cleanup();
    }
  });

  it('serves a pre-commit run over the staged files (--staged) as it runs alone', () => {
    requireBuilt();
    const { dir, cleanup } = tempDir('factlint-daemon-staged-');
    const env = { FACTLINT_CACHE_DIR: path.join(dir, 'fc') };
    try {
      git(dir, 'init', '-q');
      write(dir, 'a.en.md', EN);
      write(dir, 'b.ru.md', RU);
      git(dir, 'add', 'a.en.md', 'b.ru.md');
      // An unstaged edit: the staged text is what both runs must lint.
      write(dir, 'a.en.md', CLEAN);
      expect(factlint(['daemon', 'start'], dir, env).code).toBe(0);
      try {
        const served = factlint(['--staged', '-f', 'json'], dir, env);
        const alone = factlint(['--staged', '-f', 'json'], dir, { ...env, FACTLINT_DAEMON: 'off' });
        expect(served).toEqual(alone);
        expect(served.code).toBe(1);
        expect(served.stdout).toContain('Japarov');
      } finally {
        factlint(['daemon', 'stop'], dir, env);
      }
    } finally {
      cleanup();
    }
  });

  it('with FACTLINT_DAEMON=auto, a run that finds no server starts one for the runs after it', async () => {
    requireBuilt();
    const { dir, cleanup } = tempDir('factlint-daemon-auto-');
    const cache = path.join(dir, 'fc');
    const env = { FACTLINT_CACHE_DIR: cache, FACTLINT_DAEMON: 'auto' };
    try {
      write(dir, 'a.en.md', EN);
      const first = factlint(['a.en.md'], dir, env);
      expect(first).toEqual(factlint(['a.en.md'], dir, { ...env, FACTLINT_DAEMON: 'off' }));
      let up = false;
      for (let i = 0; i < 200 && !up; i++) {
        up = factlint(['daemon', 'status'], dir, env).code === 0;
        if (!up) await new Promise((r) => setTimeout(r, 100));
      }
      expect(up).toBe(true);
      expect(factlint(['a.en.md'], dir, env)).toEqual(first);
      expect(factlint(['daemon', 'stop'], dir, env).code).toBe(0);
      expect(readdirSync(cache).filter((n) => n.startsWith('daemon-'))).toEqual([]);
    } finally {
      factlint(['daemon', 'stop'], dir, { FACTLINT_CACHE_DIR: cache });
      cleanup();
    }
  });

  it('explains its commands and refuses unknown ones', () => {
    requireBuilt();
    const { dir, cleanup } = tempDir('factlint-daemon-help-');
    try {
      const help = factlint(['daemon', '--help'], dir);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('factlint daemon <command>');
      const bad = factlint(['daemon', 'restart-all'], dir);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('unknown daemon command "restart-all"');
      const idle = factlint(['daemon', 'start', '--idle', 'soon'], dir, { FACTLINT_CACHE_DIR: path.join(dir, 'fc') });
      expect(idle.code).toBe(2);
      expect(idle.stderr).toContain('--idle takes a number of minutes');
      const off = factlint(['daemon', 'start'], dir, { FACTLINT_CACHE_DIR: 'off' });
      expect(off.code).toBe(2);
      expect(off.stderr).toContain('needs a private cache folder');
    } finally {
      cleanup();
    }
  });
});

function readFile(dir: string, name: string): string {
  return readFileSync(path.join(dir, name), 'utf8');
}
