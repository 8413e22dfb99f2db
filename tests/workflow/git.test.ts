// --changed-since and --staged against real git repositories in temporary folders.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WEEKDAY_ARTICLE, commitFiles, factlint, git, messagesOf, requireBuilt, tempDir, write } from '../cli/helpers.js';
import { stagedBlobs } from '../../src/git/changes.js';

// 10 May 2023 was a Wednesday: a second wrong weekday, on line 11 once appended.
const EXTRA = 'On Friday, 10 May, the accord was published in full.\n';

let tmp: ReturnType<typeof tempDir>;
beforeAll(requireBuilt);
beforeEach(() => {
  tmp = tempDir();
  commitFiles(tmp.dir, { 'a.md': WEEKDAY_ARTICLE, 'notes.json': '{}\n' }, 'first');
});
afterEach(() => tmp.cleanup());

const lines = (r: ReturnType<typeof factlint>) => messagesOf(r).flatMap((f) => f.messages.map((m) => `${path.basename(f.filePath)}:${m.line}:${m.ruleId}`));

describe('--changed-since', () => {
  it('reports nothing when nothing changed, though the committed article has a problem', () => {
    expect(factlint(['-f', 'json'], tmp.dir).code).toBe(1);
    const r = factlint(['--changed-since', 'HEAD', '-f', 'json'], tmp.dir);
    expect(r.code).toBe(0);
    expect(lines(r)).toEqual([]);
  });

  it('reports only problems on added lines, and untracked files as wholly added', () => {
    write(tmp.dir, 'a.md', WEEKDAY_ARTICLE + '\n' + EXTRA);
    write(tmp.dir, 'b.md', WEEKDAY_ARTICLE);
    const r = factlint(['--changed-since', 'HEAD', '-f', 'json'], tmp.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(lines(r)).toEqual(['a.md:11:date-weekday', 'b.md:7:date-weekday']);
  });

  it('counts a line edited in place, against a branch name as well as a commit', () => {
    git(tmp.dir, 'branch', 'base');
    write(tmp.dir, 'a.md', WEEKDAY_ARTICLE.replace('grain accord', 'wheat accord'));
    expect(lines(factlint(['--changed-since', 'base', '-f', 'json'], tmp.dir))).toEqual(['a.md:7:date-weekday']);
  });

  it('follows a renamed article: only its edited lines count', () => {
    git(tmp.dir, 'mv', 'a.md', 'renamed.md');
    write(tmp.dir, 'renamed.md', WEEKDAY_ARTICLE + '\n' + EXTRA);
    expect(lines(factlint(['--changed-since', 'HEAD', '-f', 'json'], tmp.dir))).toEqual(['renamed.md:11:date-weekday']);
  });

  it('reports a binary article added or changed since the ref (a file-error), though its diff has no lines', () => {
    write(tmp.dir, 'bin.md', Buffer.from('---\nlang: en\n---\nbinary\u0000body\n'));
    git(tmp.dir, 'add', 'bin.md');
    git(tmp.dir, 'commit', '-q', '-m', 'binary article');
    const full = factlint(['-f', 'json', 'bin.md'], tmp.dir);
    expect(lines(full)).toEqual(['bin.md:1:file-error']);
    const since = factlint(['--changed-since', 'HEAD~1', '-f', 'json'], tmp.dir);
    expect(since.code).toBe(1);
    expect(lines(since)).toEqual(['bin.md:1:file-error']);
    // Staged and compared with the index.
    write(tmp.dir, 'bin3.md', Buffer.from('\u0000'));
    git(tmp.dir, 'add', 'bin3.md');
    expect(lines(factlint(['--staged', '--changed-since', 'HEAD', '-f', 'json'], tmp.dir))).toEqual(['bin3.md:1:file-error']);
    git(tmp.dir, 'rm', '-q', '--cached', 'bin3.md');
    git(tmp.dir, 'clean', '-qf');
    // Changed again (still binary); and an article whose front matter was already broken, of
    // which only the body changed: file-level problems count whatever the changed lines.
    write(tmp.dir, 'a.md', WEEKDAY_ARTICLE.replace(/^date: .*$/m, 'date: [unclosed'));
    git(tmp.dir, 'commit', '-q', '-am', 'broken front matter');
    write(tmp.dir, 'bin.md', Buffer.from('---\nlang: en\n---\nbinary\u0000body, changed\n'));
    write(tmp.dir, 'a.md', WEEKDAY_ARTICLE.replace(/^date: .*$/m, 'date: [unclosed') + '\n' + EXTRA);
    const r = factlint(['--changed-since', 'HEAD', '-f', 'json'], tmp.dir);
    expect(lines(r)).toEqual([expect.stringMatching(/^a\.md:[1-4]:file-error$/), 'bin.md:1:file-error']);
  });

  it('works from a subfolder, reporting paths relative to it', () => {
    const sub = path.join(tmp.dir, 'desk');
    mkdirSync(sub);
    write(tmp.dir, 'a.md', WEEKDAY_ARTICLE + '\n' + EXTRA); // a change outside the folder linted
    write(sub, 'c.md', WEEKDAY_ARTICLE);
    const r = factlint(['--changed-since', 'HEAD', '-f', 'compact', '.'], sub);
    expect(r.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^c\.md:7:\d+: error .*\[date-weekday\]$/)]);
  });

  it('exits 2 with one line for an unknown revision or outside a repository', () => {
    const bad = factlint(['--changed-since', 'no-such-branch'], tmp.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('factlint: --changed-since: unknown git revision "no-such-branch"\n');
    const outside = tempDir();
    try {
      write(outside.dir, 'a.md', WEEKDAY_ARTICLE);
      const r = factlint(['--changed-since', 'HEAD'], outside.dir, { GIT_CEILING_DIRECTORIES: path.dirname(outside.dir) });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^factlint: --changed-since needs a git repository, and .* is not inside one\n$/);
    } finally {
      outside.cleanup();
    }
  });
});

describe('--staged', () => {
  it('lints what is staged, not the work tree, and reports it under the file path', () => {
    write(tmp.dir, 'a.md', WEEKDAY_ARTICLE + '\n' + EXTRA);
    git(tmp.dir, 'add', 'a.md');
    // The work tree drops both problems again; the commit would still record them.
    write(tmp.dir, 'a.md', '# Nothing to see\n');
    const r = factlint(['--staged', '-f', 'json'], tmp.dir);
    expect(r.code).toBe(1);
    expect(lines(r)).toEqual(['a.md:7:date-weekday', 'a.md:11:date-weekday']);
    expect(messagesOf(r)[0]!.filePath).toBe(path.join(tmp.dir, 'a.md'));
  });

  it('code frames show the staged text', () => {
    write(tmp.dir, 'a.md', WEEKDAY_ARTICLE + '\n' + EXTRA);
    git(tmp.dir, 'add', 'a.md');
    write(tmp.dir, 'a.md', '# Nothing to see\n');
    expect(factlint(['--staged'], tmp.dir).stdout).toContain('On Friday, 10 May, the accord');
  });

  it('skips files that are not staged, deleted, or not articles', () => {
    write(tmp.dir, 'b.md', WEEKDAY_ARTICLE); // untracked, not staged
    write(tmp.dir, 'notes.json', '{"a": 1}\n');
    git(tmp.dir, 'add', 'notes.json');
    git(tmp.dir, 'rm', '-q', '--cached', 'a.md');
    const r = factlint(['--staged', '-f', 'json'], tmp.dir);
    expect(r.code).toBe(0);
    expect(messagesOf(r)).toEqual([]);
  });

  it('with --changed-since HEAD reports only the staged lines that changed', () => {
    write(tmp.dir, 'a.md', WEEKDAY_ARTICLE + '\n' + EXTRA);
    git(tmp.dir, 'add', 'a.md');
    expect(lines(factlint(['--staged', '--changed-since', 'HEAD', '-f', 'json'], tmp.dir))).toEqual(['a.md:11:date-weekday']);
  });

  it('paths on the command line narrow the staged files', () => {
    write(tmp.dir, 'b.md', WEEKDAY_ARTICLE);
    write(tmp.dir, 'a.md', WEEKDAY_ARTICLE + '\n' + EXTRA);
    git(tmp.dir, 'add', 'a.md', 'b.md');
    expect(lines(factlint(['--staged', '-f', 'json', 'b.md'], tmp.dir))).toEqual(['b.md:7:date-weekday']);
  });

  it('refuses --fix, which would write the work tree', () => {
    const r = factlint(['--staged', '--fix'], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('stagedBlobs', () => {
  it('reads every staged file in one batch, byte for byte, odd names and contents included', () => {
    const files: Record<string, Buffer> = {
      'plain.md': Buffer.from(WEEKDAY_ARTICLE),
      'with space ü.md': Buffer.from('Пятница, 12 мая.\r\nNo newline at the end'),
      'empty.md': Buffer.alloc(0),
      'nul-and-lf.md': Buffer.from([0x61, 0x00, 0x0a, 0x0a, 0x62, 0x0a]),
      'line\nbreak.md': Buffer.from('a name with a line break is read on its own\n'),
    };
    for (const [name, bytes] of Object.entries(files)) write(tmp.dir, name, bytes);
    git(tmp.dir, 'add', '--', ...Object.keys(files));
    // The work tree moves on after staging: the staged bytes are what counts.
    write(tmp.dir, 'plain.md', 'changed after staging\n');
    const names = Object.keys(files);
    const got = stagedBlobs(tmp.dir, names);
    expect(got.map((b) => b.toString('hex'))).toEqual(names.map((n) => files[n]!.toString('hex')));
  });
});
