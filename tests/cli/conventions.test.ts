// ESLint's conventions on the command line: --output-file, --print-config, --rule, --no-ignore,
// --ignore-pattern and --debug, through the built binary in a temporary folder.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factlint, messagesOf, requireBuilt, tempDir, WEEKDAY_ARTICLE, write } from './helpers.js';

const JAPAROV = ['---', 'date: 2023-05-09', 'lang: en', '---', 'Russian President Sadyr Japarov arrived in Moscow.', ''].join('\n');

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  requireBuilt();
  tmp = tempDir();
  write(tmp.dir, 'a.md', JAPAROV);
  write(tmp.dir, 'b.md', WEEKDAY_ARTICLE);
  mkdirSync(path.join(tmp.dir, 'drafts'));
  write(tmp.dir, 'drafts/c.md', JAPAROV);
});
afterAll(() => tmp.cleanup());

const filesOf = (stdout: string) => (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => path.basename(r.filePath));

/** A usage error: exit 2, one line on standard error, nothing on standard output, no stack. */
function expectUsageError(args: string[], message: RegExp, cwd = tmp.dir): void {
  const r = factlint(args, cwd);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
}

describe('--output-file', () => {
  it('writes the report to the file, as --output and -o do', () => {
    for (const [flag, name] of [['--output-file', 'r1.json'], ['--output', 'r2.json'], ['-o', 'r3.json']] as const) {
      const r = factlint(['--format', 'json', flag, name, 'a.md'], tmp.dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(JSON.parse(readFileSync(path.join(tmp.dir, name), 'utf8'))[0].messages[0].ruleId).toBe('office-holder');
    }
  });

  it('refuses to overwrite an article, naming the option used', () => {
    expectUsageError(['--output-file', 'a.md', 'a.md'], /^factlint: --output-file a\.md is one of the files being linted; the report would overwrite it\n$/);
  });

  it.each([
    [['--output-file', 'x.json', '--output', 'y.json', 'a.md'], /^factlint: use either --output-file or --output, not both\n$/],
    [['--output-file', '', 'a.md'], /^factlint: --output-file needs a file name\n$/],
  ])('%j is a usage error', (args, message) => expectUsageError(args, message));
});

describe('--rule', () => {
  it.each([['office-holder: off'], ['office-holder:0'], ['office-holder: [off]'], ['date-weekday: warn, office-holder: off']])('%s turns the rule off', (rule) => {
    const r = factlint(['--format', 'json', '--rule', rule, 'a.md'], tmp.dir);
    expect(r.code).toBe(0);
    expect(messagesOf(r)[0]!.messages).toEqual([]);
  });

  it('sets a severity over the config file, the last --rule winning', () => {
    const { dir, cleanup } = tempDir();
    try {
      write(dir, 'a.md', JAPAROV);
      write(dir, 'factlint.config.json', JSON.stringify({ rules: { 'office-holder': 'off' } }));
      expect(factlint(['a.md'], dir).code).toBe(0);
      const warn = factlint(['--format', 'json', '--rule', 'office-holder: error', '--rule', 'office-holder: 1', 'a.md'], dir);
      expect(warn.code).toBe(0);
      expect(messagesOf(warn)[0]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['office-holder', 1]]);
      expect(factlint(['--rule', 'office-holder: 2', 'a.md'], dir).code).toBe(1);
    } finally {
      cleanup();
    }
  });

  it.each([
    [['--rule', 'no-such-rule: off', 'a.md'], /^factlint: --rule: unknown rule "no-such-rule"; known rules: office-holder, /],
    [['--rule', 'office-holder: loud', 'a.md'], /^factlint: --rule office-holder: severity must be off, warn, error, 0, 1 or 2; got "loud"\n$/],
    [['--rule', 'office-holder', 'a.md'], /^factlint: --rule must be "rule-id: severity" \(e\.g\. --rule 'office-holder: off'\), got "office-holder"\n$/],
    [['--rule', 'office-holder: 3', 'a.md'], /severity must be off, warn, error, 0, 1 or 2; got "3"/],
  ])('%j is a usage error', (args, message) => expectUsageError(args, message));
});

describe('--ignore-pattern and --no-ignore', () => {
  it('--ignore-pattern leaves out matching files (gitignore syntax, repeatable)', () => {
    const r = factlint(['--format', 'json', '--ignore-pattern', 'drafts/', '--ignore-pattern', 'b.*', '.'], tmp.dir);
    expect(filesOf(r.stdout)).toEqual(['a.md']);
    const negated = factlint(['--format', 'json', '--ignore-pattern', '*.md', '--ignore-pattern', '!b.md', '.'], tmp.dir);
    expect(filesOf(negated.stdout)).toEqual(['b.md']);
  });

  it('--ignore-pattern warns about a file named outright, as .factlintignore does', () => {
    const r = factlint(['--ignore-pattern', 'a.md', 'a.md', 'b.md'], tmp.dir);
    expect(r.stderr).toMatch(/^factlint: warning: a\.md is ignored \(by \.factlintignore, the config's "exclude" or --ignore-pattern\)/);
  });

  it('--no-ignore lints what .factlintignore, "exclude" and --ignore-pattern leave out', () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(path.join(dir, 'drafts'));
      mkdirSync(path.join(dir, 'wire'));
      write(dir, 'a.md', JAPAROV);
      write(dir, 'drafts/b.md', JAPAROV);
      write(dir, 'wire/c.md', JAPAROV);
      write(dir, '.factlintignore', 'drafts/\n');
      write(dir, 'factlint.config.json', JSON.stringify({ exclude: ['wire/'] }));
      // Every file ignored one way or another: an error, as an empty folder is.
      expect(factlint(['--format', 'json', '--ignore-pattern', 'a.md', '.'], dir).code).toBe(2);
      expect(filesOf(factlint(['--format', 'json', '--no-ignore', '--ignore-pattern', 'a.md', '.'], dir).stdout)).toEqual(['a.md', 'b.md', 'c.md']);
    } finally {
      cleanup();
    }
  });

  it('an --ignore-pattern that ignores every file named is an error, as an empty folder is', () => {
    expectUsageError(['--ignore-pattern', '*.md', '.'], /^factlint: all files matched by \. are ignored \(by \.factlintignore, the config's "exclude" or --ignore-pattern; --no-ignore lints them\)\n$/);
  });

  it('an empty --ignore-pattern is a usage error', () => expectUsageError(['--ignore-pattern', ' ', '.'], /^factlint: --ignore-pattern needs a pattern\n$/));
});

describe('--print-config', () => {
  it('prints the settings for the file as JSON: every rule with its level, the config file, whether ignored', () => {
    const { dir, cleanup } = tempDir();
    try {
      write(dir, '.factlintignore', 'drafts/\n');
      write(dir, 'factlint.config.json', JSON.stringify({ lang: 'ru', date: '2025-01-02', rules: { place: 'warn' }, claims: 'facts' }));
      const r = factlint(['--print-config', 'drafts/x.md', '--rule', 'date-weekday: off', '--max-warnings', '3'], dir);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const c = JSON.parse(r.stdout) as Record<string, unknown> & { rules: Record<string, string> };
      expect(c).toMatchObject({
        filePath: path.join(dir, 'drafts', 'x.md'),
        configFile: path.join(dir, 'factlint.config.json'),
        ignored: true,
        claims: [path.join(dir, 'facts')],
        lang: 'ru',
        date: '2025-01-02',
        format: 'stylish',
        maxWarnings: 3,
      });
      expect(c.rules.place).toBe('warn');
      expect(c.rules['date-weekday']).toBe('off');
      expect(c.rules['office-holder']).toBe('error');
      expect(Object.keys(c.rules)).toEqual(Object.keys(c.rules).sort());
      // Deterministic: the same run prints the same bytes.
      expect(factlint(['--print-config', 'drafts/x.md', '--rule', 'date-weekday: off', '--max-warnings', '3'], dir).stdout).toBe(r.stdout);
      // --no-ignore: not ignored; no config: null.
      expect(JSON.parse(factlint(['--print-config', 'drafts/x.md', '--no-ignore'], dir).stdout).ignored).toBe(false);
    } finally {
      cleanup();
    }
  });

  it('without a config file names none and the default fact set', () => {
    const { dir, cleanup } = tempDir();
    try {
      const c = JSON.parse(factlint(['--print-config', 'a.md'], dir).stdout) as { configFile: unknown; claims: string[]; lang: unknown };
      expect(c.configFile).toBeNull();
      expect(c.lang).toBeNull();
      expect(c.claims).toHaveLength(1);
      expect(existsSync(c.claims[0]!)).toBe(true);
    } finally {
      cleanup();
    }
  });

  it.each([
    [['--print-config', 'a.md', 'b.md'], /^factlint: --print-config takes one file name and lints nothing: do not give paths or --stdin with it\n$/],
    [['--print-config', ''], /^factlint: --print-config needs a file name\n$/],
    [['--print-config', 'a.md', '--rule', 'nope: off'], /^factlint: --rule: unknown rule "nope"/],
  ])('%j is a usage error', (args, message) => expectUsageError(args, message));
});

describe('--debug', () => {
  it('tells on standard error what was loaded from where and how long each stage took; standard output is unchanged', () => {
    const { dir, cleanup } = tempDir();
    try {
      write(dir, 'a.md', JAPAROV);
      write(dir, 'factlint.config.json', '{}');
      const plain = factlint(['--format', 'json', 'a.md'], dir);
      const r = factlint(['--format', 'json', '--debug', '--cache', 'a.md'], dir, { FACTLINT_CACHE_DIR: path.join(dir, 'cache') });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(plain.stdout);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines.every((l) => l.startsWith('factlint: debug: '))).toBe(true);
      const text = r.stderr;
      expect(text).toContain(`factlint: debug: config: ${path.join(dir, 'factlint.config.json')}\n`);
      for (const stage of ['discovery', 'fact-set load', 'lint', 'report']) expect(text).toMatch(new RegExp(`^factlint: debug: ${stage}: \\d+\\.\\d ms$`, 'm'));
      expect(text).toMatch(/^factlint: debug: fact set: \d+ files: .*holders\.json/m);
      expect(text).toMatch(new RegExp(`^factlint: debug: fact-set cache: ${path.join(dir, 'cache').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\((hit|miss)\\)$`, 'm'));
      expect(text).toMatch(/^factlint: debug: language packs: .*rules[\\/]lang[\\/]en[\\/]grammar\.json/m);
      expect(text).toMatch(/^factlint: debug: result cache: .*results-[0-9a-f]+\.json$/m);
    } finally {
      cleanup();
    }
  });
});

describe('--help', () => {
  it('lists the new options', () => {
    const r = factlint(['--help'], tmp.dir);
    for (const o of ['--stdin', '--stdin-filename PATH', '--output-file FILE', '--print-config FILE', "--rule 'ID: SEVERITY'", '--no-ignore', '--ignore-pattern PATTERN', '--debug']) {
      expect(r.stdout).toContain(o);
    }
  });
});
