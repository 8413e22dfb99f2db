// Drives the built binary (dist/bundle/cli.cjs, the package's bin) as a user would: a real process, real files, real git.
// CI builds before testing (.ci/run: npm ci -> build -> test); locally run `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** FACTLINT_TEST_CLI points the tests at another build (e.g. a private one while others rebuild dist/). */
// The bundle is what the package's bin runs, so that is what the tests drive.
export const CLI = process.env.FACTLINT_TEST_CLI ?? path.join(REPO, 'dist', 'bundle', 'cli.cjs');
/** The dev evaluation set beside the repository (shared/ sits next to the checkout in CI). */
export const DEV = path.resolve(REPO, '..', 'shared', 'eval', 'dev');
export const HAVE_DEV = existsSync(path.join(DEV, 'facts.json'));

export function requireBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the tests`);
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function factlint(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env },
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder; removed by the returned cleanup. */
export function tempDir(prefix = 'factlint-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function write(dir: string, rel: string, content: string | Buffer): string {
  const file = path.join(dir, rel);
  writeFileSync(file, content);
  return file;
}

/** Runs git in `cwd` with a neutral identity and config, so tests do not depend on the user's. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
}

export function initRepo(dir: string): void {
  git(dir, 'init', '-q');
  git(dir, 'config', 'user.name', 'Test');
  git(dir, 'config', 'user.email', 'test@example.org');
}

/** A git repository in `dir` with `files` written and committed as its first commit. */
export function commitFiles(dir: string, files: Record<string, string>, message = 'base'): void {
  initRepo(dir);
  for (const [rel, content] of Object.entries(files)) write(dir, rel, content);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', message);
}

export function messagesOf(run: CliRun): Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; severity: number; fix?: unknown }> }> {
  return JSON.parse(run.stdout) as ReturnType<typeof messagesOf>;
}

/** Our own article: a wrong weekday (8 May 2023 was a Monday) with a fix, dated by front matter. */
export const WEEKDAY_ARTICLE = [
  '---',
  'date: 2023-05-08',
  'lang: en',
  '---',
  '# Grain talks in the capital',
  '',
  'The two trade ministers met on Tuesday, 8 May, to sign a grain accord.',
  '',
  'Their deputies will meet again in the autumn.',
  '',
].join('\n');
