// --fix writes only what it may, as a careful editor would: never over edits made while it ran,
// never a read-only or another user's unwritable article, keeping owner, group and hard links,
// never through a symbolic link out of the project; a file it cannot write is a file-error and
// the run goes on.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI, factlint, initRepo, messagesOf, requireBuilt, tempDir, WEEKDAY_ARTICLE, write, type CliRun } from '../cli/helpers.js';

const FIXED = WEEKDAY_ARTICLE.replace('on Tuesday', 'on Monday');
const NOBODY = 65534;

let tmp: ReturnType<typeof tempDir>;
beforeAll(requireBuilt);
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const fileErrors = (r: CliRun) => messagesOf(r).flatMap((f) => f.messages.filter((m) => m.ruleId === 'file-error').map((m) => `${path.basename(f.filePath)}: ${(m as { message?: string }).message}`));

/** Runs the built binary as the user nobody (root only, with runuser). */
function asNobody(args: string[], cwd: string): CliRun {
  const r = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, FACTLINT_CACHE_DIR: 'off', HOME: '/nonexistent' },
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Whether the tests that need another user can run: as root, with runuser, nobody able to run node and the CLI. */
const CAN_SWITCH_USER = (() => {
  if (process.getuid?.() !== 0 || !existsSync('/usr/sbin/runuser') && !existsSync('/sbin/runuser') && !existsSync('/usr/bin/runuser')) return false;
  const r = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, CLI, '--version'], { encoding: 'utf8', env: { ...process.env, FACTLINT_CACHE_DIR: 'off' } });
  return r.status === 0;
})();
const IS_ROOT = process.getuid?.() === 0;

describe('--fix and edits made while it runs', () => {
  it('does not overwrite an article edited after it was read: the file is reported and left as edited', () => {
    const file = write(tmp.dir, 'a.md', WEEKDAY_ARTICLE);
    const other = write(tmp.dir, 'b.md', WEEKDAY_ARTICLE);
    // A hook in the factlint process plays the user: it appends a line to a.md right after
    // factlint has read it, so the edit falls between reading and writing, every time.
    const hook = write(tmp.dir, 'edit-hook.cjs', [
      "const fs = require('node:fs');",
      'const target = process.env.EDIT_TARGET;',
      'const read = fs.readFileSync;',
      'let done = false;',
      'fs.readFileSync = function (p, ...rest) {',
      '  const out = read.call(this, p, ...rest);',
      "  if (!done && p === target) { done = true; fs.appendFileSync(target, 'USER EDIT\\n'); }",
      '  return out;',
      '};',
    ].join('\n'));
    const r = factlint(['--fix', '-f', 'json', 'a.md', 'b.md'], tmp.dir, { NODE_OPTIONS: `--require ${hook}`, EDIT_TARGET: file, FACTLINT_CACHE_DIR: 'off' });
    expect(readFileSync(file, 'utf8')).toBe(`${WEEKDAY_ARTICLE}USER EDIT\n`);
    expect(readFileSync(other, 'utf8')).toBe(FIXED); // the run went on
    expect(fileErrors(r)).toEqual(['a.md: not fixed: the file changed on disk after factlint read it; run --fix again']);
    expect(r.code).toBe(1);
  });
});

describe('--fix and permissions', () => {
  it('reports a read-only (0444) article instead of replacing it, and fixes the others', () => {
    const ro = write(tmp.dir, 'a.md', WEEKDAY_ARTICLE);
    const rw = write(tmp.dir, 'b.md', WEEKDAY_ARTICLE);
    chmodSync(ro, 0o444);
    const before = statSync(ro);
    const r = factlint(['--fix', '-f', 'json', '.'], tmp.dir);
    expect(readFileSync(ro, 'utf8')).toBe(WEEKDAY_ARTICLE);
    expect(statSync(ro).ino).toBe(before.ino);
    expect(statSync(ro).mode & 0o7777).toBe(0o444);
    expect(readFileSync(rw, 'utf8')).toBe(FIXED);
    expect(fileErrors(r)).toEqual(['a.md: not fixed: the file is read-only (mode 0444)']);
    // The report still lists a.md's problems, the fixable one included.
    expect(messagesOf(r)[0]!.messages.map((m) => m.ruleId)).toEqual(['file-error', 'date-weekday']);
    expect(r.code).toBe(1);
  });

  it.skipIf(!IS_ROOT)('keeps the owner and group of another user\'s article (run as root)', () => {
    const file = write(tmp.dir, 'a.md', WEEKDAY_ARTICLE);
    chownSync(file, NOBODY, NOBODY);
    chmodSync(file, 0o640);
    factlint(['--fix', 'a.md'], tmp.dir);
    const st = statSync(file);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([NOBODY, NOBODY, 0o640]);
    expect(readdirSync(tmp.dir)).toEqual(['a.md']);
  });

  it.skipIf(!CAN_SWITCH_USER)('refuses an article this user may not write even in a folder it may write (as nobody)', () => {
    chmodSync(tmp.dir, 0o777);
    const file = write(tmp.dir, 'a.md', WEEKDAY_ARTICLE);
    chmodSync(file, 0o644); // root's, not writable by nobody
    const r = asNobody(['--fix', '-f', 'json', 'a.md'], tmp.dir);
    expect(readFileSync(file, 'utf8')).toBe(WEEKDAY_ARTICLE);
    expect(statSync(file).uid).toBe(0);
    expect(fileErrors(r)).toEqual(['a.md: not fixed: this user may not write the file (permission denied)']);
    expect(r.code).toBe(1);
  });

  it.skipIf(!CAN_SWITCH_USER)('writes another user\'s article it may write in place, so its owner stays (as nobody)', () => {
    chmodSync(tmp.dir, 0o755);
    const sub = path.join(tmp.dir, 'shared');
    mkdirSync(sub);
    chownSync(sub, NOBODY, NOBODY);
    const file = write(sub, 'a.md', WEEKDAY_ARTICLE);
    chmodSync(file, 0o666);
    const ino = statSync(file).ino;
    const r = asNobody(['--fix', 'a.md'], sub);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    const st = statSync(file);
    expect([st.uid, st.gid, st.ino]).toEqual([0, 0, ino]);
    expect(readdirSync(sub)).toEqual(['a.md']);
  });

  it('writes an article with hard links in place, so every name sees the fix', () => {
    const file = write(tmp.dir, 'a.md', WEEKDAY_ARTICLE);
    const twin = path.join(tmp.dir, 'twin.txt');
    linkSync(file, twin);
    expect(factlint(['--fix', 'a.md'], tmp.dir).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    expect(readFileSync(twin, 'utf8')).toBe(FIXED);
    expect(statSync(file).ino).toBe(statSync(twin).ino);
    expect(readdirSync(tmp.dir).sort()).toEqual(['a.md', 'twin.txt']);
  });

  it.skipIf(!CAN_SWITCH_USER)('an article it cannot write is a file-error for that file; the others are fixed and reported (as nobody)', () => {
    chmodSync(tmp.dir, 0o755); // root's folder: nobody cannot create the temporary file there
    const stuck = write(tmp.dir, 'a.md', WEEKDAY_ARTICLE);
    chmodSync(stuck, 0o666);
    const sub = path.join(tmp.dir, 'z');
    mkdirSync(sub);
    chownSync(sub, NOBODY, NOBODY);
    const ok = write(sub, 'b.md', WEEKDAY_ARTICLE);
    chownSync(ok, NOBODY, NOBODY);
    const r = asNobody(['--fix', '-f', 'json', '.'], tmp.dir);
    expect(r.stderr).toBe('');
    expect(readFileSync(stuck, 'utf8')).toBe(WEEKDAY_ARTICLE);
    expect(readFileSync(ok, 'utf8')).toBe(FIXED);
    expect(fileErrors(r)).toEqual([`a.md: not fixed: cannot create a temporary file in its folder ${tmp.dir}: permission denied (EACCES)`]);
    expect(messagesOf(r).map((f) => path.relative(tmp.dir, f.filePath))).toEqual(['a.md', path.join('z', 'b.md')]);
    expect(r.code).toBe(1);
  });
});

describe('--fix and symbolic links', () => {
  /** project/ (a git repository) and outside/target.md beside it. */
  function layout() {
    const project = path.join(tmp.dir, 'project');
    const outside = path.join(tmp.dir, 'outside');
    mkdirSync(project);
    mkdirSync(outside);
    initRepo(project);
    const target = write(outside, 'target.md', WEEKDAY_ARTICLE);
    return { project, outside, target };
  }

  it('does not write through a link named on the command line whose target is outside the project', () => {
    const { project, target } = layout();
    symlinkSync('../outside/target.md', path.join(project, 'link.md'));
    const r = factlint(['--fix', '-f', 'json', 'link.md'], project);
    expect(readFileSync(target, 'utf8')).toBe(WEEKDAY_ARTICLE);
    expect(fileErrors(r)).toEqual([`link.md: not fixed: it leads through a symbolic link to ${target}, outside the project ${project}; --fix-follow-links writes there`]);
    expect(r.code).toBe(1);
  });

  it('does not write through a linked folder reached by a glob', () => {
    const { project, target } = layout();
    symlinkSync('../outside', path.join(project, 'linked'));
    const r = factlint(['--fix', '-f', 'json', 'linked/*.md'], project);
    expect(readFileSync(target, 'utf8')).toBe(WEEKDAY_ARTICLE);
    expect(fileErrors(r)).toHaveLength(1);
    expect(r.code).toBe(1);
  });

  it('--fix-follow-links writes the target, and the link stays a link', () => {
    const { project, target } = layout();
    const link = path.join(project, 'link.md');
    symlinkSync('../outside/target.md', link);
    const r = factlint(['--fix', '--fix-follow-links', 'link.md'], project);
    expect(r.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(FIXED);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('--fix-follow-links goes with --fix only', () => {
    const r = factlint(['--fix-follow-links', '.'], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('factlint: --fix-follow-links goes with --fix\n');
  });

  it('writes through a link that stays inside the git work tree, even above the current folder', () => {
    const { project } = layout();
    mkdirSync(path.join(project, 'desk'));
    mkdirSync(path.join(project, 'archive'));
    const real = write(path.join(project, 'archive'), 'a.md', WEEKDAY_ARTICLE);
    symlinkSync('../archive/a.md', path.join(project, 'desk', 'a.md'));
    const r = factlint(['--fix', 'a.md'], path.join(project, 'desk'));
    expect(r.code).toBe(0);
    expect(readFileSync(real, 'utf8')).toBe(FIXED);
  });

  it('outside a git repository the project is the current folder', () => {
    const project = path.join(tmp.dir, 'p');
    mkdirSync(project);
    const target = write(tmp.dir, 'up.md', WEEKDAY_ARTICLE);
    symlinkSync('../up.md', path.join(project, 'up.md'));
    const r = factlint(['--fix', '-f', 'json', 'up.md'], project);
    expect(readFileSync(target, 'utf8')).toBe(WEEKDAY_ARTICLE);
    expect(fileErrors(r)).toHaveLength(1);
  });
});
