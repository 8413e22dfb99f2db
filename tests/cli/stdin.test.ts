// --stdin, `-` and --stdin-filename, driven through the built binary with real standard input.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, requireBuilt, tempDir, WEEKDAY_ARTICLE, write, type CliRun } from './helpers.js';

/** Runs the CLI with `input` on its standard input. */
function withStdin(args: string[], input: string | Buffer, cwd: string): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd, input, encoding: 'utf8', timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const JAPAROV = ['---', 'date: 2023-05-09', 'lang: en', '---', 'Russian President Sadyr Japarov arrived in Moscow.', ''].join('\n');
/** No front matter: the language comes from the file name (a.en.md) or nowhere. */
const JAPAROV_BARE = 'Russian President Sadyr Japarov arrived in Moscow on 9 May 2023 for talks.\n';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  requireBuilt();
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('--stdin', () => {
  it('lints standard input and reports it as <stdin>', () => {
    const r = withStdin(['--stdin', '--format', 'compact'], JAPAROV, tmp.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:5:1: error Sadyr Japarov was not president of Russia on 2023-05-09.*\[office-holder\]$/m);
    expect(r.stderr).toBe('');
  });

  it('takes "-" as standard input', () => {
    const r = withStdin(['-', '--format', 'json'], JAPAROV, tmp.dir);
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>;
    expect(result!.messages.map((m) => [m.ruleId, m.line])).toEqual([['office-holder', 5]]);
  });

  it('--stdin-filename names the file in the report, as an absolute path in JSON', () => {
    const r = withStdin(['--stdin', '--stdin-filename', 'news/japarov.md', '--format', 'json'], JAPAROV, tmp.dir);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Array<{ filePath: string }>)[0]!.filePath).toBe(path.join(tmp.dir, 'news', 'japarov.md'));
  });

  it('--stdin-filename decides the language by file name', () => {
    const named = withStdin(['--stdin', '--stdin-filename', 'a.en.md', '--date', '2023-05-09', '--format', 'compact'], JAPAROV_BARE, tmp.dir);
    expect(named.stdout).toMatch(/^a\.en\.md:1:1: error .*\[office-holder\]$/m);
    // The same text named as Russian is read with Russian rules: nothing English is found in it.
    const ru = withStdin(['--stdin', '--stdin-filename', 'a.ru.md', '--date', '2023-05-09', '--format', 'compact'], JAPAROV_BARE, tmp.dir);
    expect(ru.stdout).not.toMatch(/office-holder/);
  });

  it('--stdin-filename decides the ignore rules: an ignored path is not linted, and said so', () => {
    const { dir, cleanup } = tempDir();
    try {
      write(dir, '.factlintignore', 'drafts/\n');
      const r = withStdin(['--stdin', '--stdin-filename', 'drafts/a.md', '--format', 'json'], JAPAROV, dir);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([]);
      expect(r.stderr).toMatch(/^factlint: warning: drafts\/a\.md is ignored \(by \.factlintignore/);
      // --no-ignore lints it after all.
      expect(withStdin(['--stdin', '--stdin-filename', 'drafts/a.md', '--no-ignore'], JAPAROV, dir).code).toBe(1);
    } finally {
      cleanup();
    }
  });

  it('--stdin-filename decides the config that applies: the config file\'s rules and "exclude"', () => {
    const { dir, cleanup } = tempDir();
    try {
      write(dir, 'factlint.config.json', JSON.stringify({ rules: { 'office-holder': 'warn' }, exclude: ['wire/'] }));
      const r = withStdin(['--stdin', '--stdin-filename', 'a.md', '--format', 'json'], JAPAROV, dir);
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as Array<{ messages: Array<{ severity: number }> }>)[0]!.messages.map((m) => m.severity)).toEqual([1]);
      const excluded = withStdin(['--stdin', '--stdin-filename', 'wire/a.md', '--format', 'json', '--no-warn-ignored'], JAPAROV, dir);
      expect([excluded.code, excluded.stdout, excluded.stderr]).toEqual([0, '[]\n', '']);
    } finally {
      cleanup();
    }
  });

  it('with --fix prints the fixed text to standard output and the remaining report to standard error', () => {
    const r = withStdin(['--stdin', '--stdin-filename', 'a.md', '--fix'], WEEKDAY_ARTICLE, tmp.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(WEEKDAY_ARTICLE.replace('on Tuesday, 8 May', 'on Monday, 8 May'));
    expect(r.stderr).toBe('');
    const both = withStdin(['--stdin', '--fix'], WEEKDAY_ARTICLE + '\n' + JAPAROV.split('---\n')[2], tmp.dir);
    expect(both.code).toBe(1);
    expect(both.stdout).toContain('on Monday, 8 May');
    expect(both.stdout).toContain('Russian President Sadyr Japarov');
    expect(both.stderr).toMatch(/office-holder/);
    expect(both.stderr).not.toMatch(/weekday/);
  });

  it('with --fix echoes a text with nothing to fix unchanged, byte for byte (BOM and CRLF kept)', () => {
    const text = '\uFEFF---\r\nlang: en\r\n---\r\nNothing to check here at all.\r\n';
    const r = withStdin(['--stdin', '--fix'], text, tmp.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(text);
  });

  it('with --fix and --output-file writes the report to the file, the text to standard output', () => {
    const r = withStdin(['-', '--fix', '--format', 'json', '--output-file', 'report.json'], JAPAROV, tmp.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(JAPAROV);
    expect(JSON.parse(readFileSync(path.join(tmp.dir, 'report.json'), 'utf8'))[0].messages[0].ruleId).toBe('office-holder');
  });

  it('never writes a file named by --stdin-filename', () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(path.join(dir, 'news'));
      const file = write(dir, 'news/a.md', 'old text\n');
      withStdin(['--stdin', '--stdin-filename', 'news/a.md', '--fix'], WEEKDAY_ARTICLE, dir);
      expect(readFileSync(file, 'utf8')).toBe('old text\n');
    } finally {
      cleanup();
    }
  });

  it.each([
    [['--stdin', 'a.md'], /^factlint: --stdin reads one article from standard input: do not name files too \(got "a\.md"\)\n$/],
    [['-', 'a.md'], /^factlint: --stdin reads one article from standard input: do not name files too \(got "a\.md"\)\n$/],
    [['-', '-'], /^factlint: standard input is read once: give either --stdin or a single "-"\n$/],
    [['--stdin-filename', 'a.md'], /^factlint: --stdin-filename goes with --stdin \(or "-"\)\n$/],
    [['--stdin', '--stdin-filename', ''], /^factlint: --stdin-filename needs a path\n$/],
    [['--stdin', '--staged'], /^factlint: --stdin cannot be combined with --staged or --changed-since/],
  ])('refuses %j (exit 2, one line)', (args, message) => {
    const r = withStdin(args, JAPAROV, tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reports a binary standard input as a file error, not a crash', () => {
    const r = withStdin(['--stdin', '--format', 'compact'], Buffer.from([0, 1, 2, 3, 0, 255]), tmp.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:1:1: error binary file \[file-error\]$/m);
  });
});
