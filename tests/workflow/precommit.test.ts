// The pre-commit hook manifest, and (opt-in) the hook installed and run by the real pre-commit.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO, WEEKDAY_ARTICLE, git, initRepo, tempDir, write } from '../cli/helpers.js';

interface Hook { id: string; name: string; entry: string; language: string; types_or?: string[]; files?: string; pass_filenames?: boolean; require_serial?: boolean }
const hooks = parse(readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

describe('.pre-commit-hooks.yaml', () => {
  it('declares the factlint hook for Markdown and text articles, file names passed', () => {
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'factlint', entry: 'factlint', language: 'node', types_or: ['markdown', 'text'], pass_filenames: true, require_serial: true });
    const files = new RegExp(hooks[0]!.files!);
    expect(['a.md', 'desk/b.markdown', 'c.txt'].every((f) => files.test(f))).toBe(true);
    expect(['notes.json', 'a.md.orig', 'config.yaml'].some((f) => files.test(f))).toBe(false);
  });
});

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
// Installing the hook runs `npm install` from the registry and builds factlint: about a minute.
// pre-commit takes all of `npm pack`'s standard output as the tarball's name, so the repository
// needs an .npmrc with `foreground-scripts=false` (else the `prepare` build's banner gets in).
const optedIn = process.env.FACTLINT_TEST_PRECOMMIT === '1';
const reason = !hasPreCommit ? 'pre-commit is not installed' : !optedIn ? 'set FACTLINT_TEST_PRECOMMIT=1 (needs the npm registry, ~1 min)' : '';

describe.skipIf(reason !== '')(`pre-commit try-repo${reason ? ` (skipped: ${reason})` : ''}`, () => {
  it('runs factlint on the files pre-commit passes and fails the commit on an error', async () => {
    const tmp = tempDir('factlint-pc-');
    try {
      // The hook repository as committed (try-repo would also take uncommitted changes).
      const hookRepo = path.join(tmp.dir, 'hook');
      execFileSync('git', ['clone', '-q', REPO, hookRepo]);
      const project = path.join(tmp.dir, 'project');
      execFileSync('mkdir', [project]);
      initRepo(project);
      write(project, 'a.md', WEEKDAY_ARTICLE);
      write(project, 'clean.md', '# A quiet day\n\nNothing happened.\n');
      write(project, 'notes.json', '{"Tuesday, 8 May 2023": 1}\n');
      git(project, 'add', '.');
      const env = { ...process.env, PRE_COMMIT_HOME: path.join(tmp.dir, 'cache'), NO_COLOR: '1' };
      // Asynchronous, so the test worker stays responsive during the minute the install takes.
      const run = (files: string[]) => new Promise<{ status: number; stdout: string }>((resolve) => {
        execFile('pre-commit', ['try-repo', hookRepo, 'factlint', '--color', 'never', '--files', ...files], { cwd: project, env, encoding: 'utf8', timeout: 300_000 },
          (err, stdout) => resolve({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout }));
      });
      const bad = await run(['a.md', 'notes.json']);
      expect(bad.stdout).toMatch(/factlint \(fact-check articles\)\.+Failed/);
      expect(bad.stdout).toMatch(/a\.md:7:\d+ +error +8 May 2023 was a Monday, not a Tuesday/);
      expect(bad.stdout).not.toContain('notes.json');
      expect(bad.status).toBe(1);
      const good = await run(['clean.md']);
      expect(good.stdout).toMatch(/factlint \(fact-check articles\)\.+Passed/);
      expect(good.status).toBe(0);
    } finally {
      tmp.cleanup();
    }
  }, 400_000);
});
