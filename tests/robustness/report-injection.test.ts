// Terminal and CI-log injection: file names and article text reach people's output (the default
// report, compact, claims, --fix-dry-run, messages on stderr) with their control characters shown
// as symbols, so that a committed file cannot issue a GitHub workflow command (`::warning …` on a
// line of its own) or run terminal escapes; machine formats keep the exact names.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { git, initRepo } from '../cli/helpers.js';
import { factlint, requireBuilt, tempDir, write } from './helpers.js';

// 8 May 2023 was a Monday: the weekday is wrong (and fixable), the offices too.
const ARTICLE = [
  '---',
  'date: 2023-05-08',
  'lang: en',
  '---',
  'On Tuesday, 8 May, Prime Minister of Armenia Serzh Sargsyan met President of Armenia Nikol Pashinyan.',
  '',
].join('\n');

const NEWLINE_NAME = 'a\n::warning file=x::INJECTED\n.en.md';
const ESC_NAME = 'b\u001b[31mred\u001b]0;title\u0007.en.md';
const COMMAND_NAME = '::error file=y::INJECTED.en.md';
const BIDI_NAME = 'c\u202egnp.en.md';

/** A line a GitHub runner reads as a workflow command (it trims leading blanks first). */
const commandLines = (out: string): string[] => out.split(/\r\n|\r|\n/).filter((l) => /^\s*(::|##)/.test(l));
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

let tmp: ReturnType<typeof tempDir>;
beforeAll(requireBuilt);
beforeEach(() => {
  tmp = tempDir('factlint-inject-');
  for (const name of [NEWLINE_NAME, ESC_NAME, COMMAND_NAME, BIDI_NAME]) write(tmp.dir, name, ARTICLE);
});
afterEach(() => tmp.cleanup());

describe('file names with control characters', () => {
  for (const format of ['stylish', 'compact', 'claims']) {
    it(`${format}: issue no workflow command and no terminal escape`, () => {
      const r = factlint(['-f', format, '.'], tmp.dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('INJECTED'); // the files were reported
      expect(commandLines(r.stdout)).toEqual([]);
      expect(r.stdout).not.toMatch(RAW_CONTROL);
      expect(r.stdout).toContain('a␊::warning file=x::INJECTED␊.en.md');
      expect(r.stdout).toContain('./::error file=y::INJECTED.en.md');
      expect(r.stderr).toBe('');
    });
  }

  it('machine formats keep the exact names, in their own escaping', () => {
    const json = JSON.parse(factlint(['-f', 'json', '.'], tmp.dir).stdout) as Array<{ filePath: string }>;
    expect(json.map((f) => path.basename(f.filePath)).sort()).toEqual([COMMAND_NAME, NEWLINE_NAME, ESC_NAME, BIDI_NAME].sort());
    const github = factlint(['-f', 'github', '.'], tmp.dir).stdout;
    expect(github).toContain('file=a%0A%3A%3Awarning file=x%3A%3AINJECTED%0A.en.md,');
    // Annotations, then (past GitHub's 10 per kind) one notice and the rest as plain lines,
    // whose file names are shown the safe way: they issue no command and no escape.
    const lines = github.trimEnd().split('\n');
    const commands = lines.filter((l) => l.startsWith('::'));
    for (const line of commands) expect(line).toMatch(/^::(error|warning) file=|^::notice title=factlint%3A more problems than annotations::/);
    const plain = lines.filter((l) => !l.startsWith('::')).join('\n');
    expect(commandLines(plain)).toEqual([]);
    expect(plain).not.toMatch(RAW_CONTROL);
  });

  it('messages on stderr show a name given on the command line escaped', () => {
    const r = factlint(['missing\n::warning file=z::INJECTED\u001b[2J.md'], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^factlint: no [a-z ]+: missing␊::warning file=z::INJECTED␛\[2J\.md\n$/);
  });

  it('a message of several lines keeps its lines and shows the line breaks of names in it', () => {
    mkdirSync(path.join(tmp.dir, 'facts'));
    write(tmp.dir, 'facts/bad\n::warning file=z::INJECTED.json', '{"entities": 1}');
    const r = factlint(['--claims', 'facts', '.'], tmp.dir);
    expect(r.code).toBe(2);
    expect(commandLines(r.stderr)).toEqual([]);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toMatch(/^factlint: invalid fact set:\n {2}\S*bad␊::warning file=z::INJECTED\.json/);
  });
});

describe('--fix-dry-run', () => {
  it('shows the article\'s control characters and quotes the names; the patch still applies where they are not', () => {
    initRepo(tmp.dir);
    const withEsc = ARTICLE.replace('Prime Minister', 'Prime \u001b]0;pwned\u0007Minister \u001b[31m');
    write(tmp.dir, ESC_NAME, withEsc);
    git(tmp.dir, 'add', '-A');
    git(tmp.dir, 'commit', '-q', '-m', 'articles');
    const r = factlint(['--fix-dry-run', '-f', 'compact', '.'], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(commandLines(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('+On Monday, 8 May, Prime ␛]0;pwned␇Minister ␛[31m');
    expect(r.stdout).toContain('--- "a/a\\n::warning file=x::INJECTED\\n.en.md"');
    expect(r.stdout).toContain('--- "a/b\\033[31mred\\033]0;title\\a.en.md"');
    expect(r.stdout).toMatch(/^factlint: control characters of the file below are shown as symbols/m);

    // The patch of the file without control characters in its lines applies, name and all.
    const chunk = r.stdout.split(/^(?====)/m).find((p) => p.includes('INJECTED\\n.en.md"'))!;
    const lines = chunk.split('\n');
    const end = lines.findIndex((l, k) => k > 0 && !/^[ +\-@\\=]/.test(l));
    write(tmp.dir, 'fix.patch', `${lines.slice(0, end).join('\n')}\n`);
    execFileSync('git', ['apply', 'fix.patch'], { cwd: tmp.dir });
    expect(readFileSync(path.join(tmp.dir, NEWLINE_NAME), 'utf8')).toBe(ARTICLE.replace('On Tuesday', 'On Monday'));
  });
});
