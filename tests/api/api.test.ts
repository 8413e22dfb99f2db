// The Node API in process (from src/): what it returns, that it neither prints nor exits, and
// that a caller's mistake is a FactlintError with a clear message.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FactlintError, FactSetError, formatNames, formatResults, lintFiles, lintText, loadFactSet } from '../../src/index.js';
import { tempDir, WEEKDAY_ARTICLE } from '../cli/helpers.js';
import { WORLD } from '../helpers.js';

const JAPAROV = ['---', 'date: 2023-05-09', 'lang: en', '---', 'Russian President Sadyr Japarov arrived in Moscow.', ''].join('\n');

let tmp: ReturnType<typeof tempDir>;
const written: string[] = [];
beforeAll(() => {
  tmp = tempDir();
  writeFileSync(path.join(tmp.dir, 'a.md'), JAPAROV);
  writeFileSync(path.join(tmp.dir, 'b.md'), WEEKDAY_ARTICLE);
  mkdirSync(path.join(tmp.dir, 'drafts'));
  writeFileSync(path.join(tmp.dir, 'drafts', 'c.md'), JAPAROV);
  writeFileSync(path.join(tmp.dir, '.factlintignore'), 'drafts/\n');
  // Nothing the API does may reach the terminal: it is a library.
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (written.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (written.push(String(s)), true));
});
afterEach(() => expect(written).toEqual([]));
afterAll(() => {
  vi.restoreAllMocks();
  tmp.cleanup();
});

describe('lintText', () => {
  it('finds the planted office-holder error, in the JSON format\'s shape', async () => {
    const [r, ...rest] = await lintText(JAPAROV, { filePath: 'news/a.md', cwd: tmp.dir });
    expect(rest).toEqual([]);
    expect(r!.filePath).toBe(path.join(tmp.dir, 'news', 'a.md'));
    expect(r!.errorCount).toBe(1);
    expect(r!.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([['office-holder', 2, 5, 1]]);
    expect(r!.messages[0]!.message).toMatch(/^Sadyr Japarov was not president of Russia on 2023-05-09/);
    expect(r!.messages[0]).not.toHaveProperty('span');
  });

  it('reports a text without filePath as <text> in cwd, and takes lang and date as options', async () => {
    const [r] = await lintText('Russian President Sadyr Japarov arrived in Moscow.\n', { cwd: tmp.dir, lang: 'en', date: '2023-05-09' });
    expect(r!.filePath).toBe(path.join(tmp.dir, '<text>'));
    expect(r!.messages.map((m) => m.ruleId)).toEqual(['office-holder']);
  });

  it('reads the language from filePath as the CLI reads it from a file name', async () => {
    const [r] = await lintText('Russian President Sadyr Japarov arrived in Moscow on 9 May 2023 for talks.\n', { cwd: tmp.dir, filePath: 'x.en.md', date: '2023-05-09' });
    expect(r!.messages.map((m) => m.ruleId)).toEqual(['office-holder']);
  });

  it('gives no result for a filePath the ignore rules leave out, unless ignore is false', async () => {
    expect(await lintText(JAPAROV, { cwd: tmp.dir, filePath: 'drafts/x.md' })).toEqual([]);
    expect(await lintText(JAPAROV, { cwd: tmp.dir, filePath: 'wire/x.md', ignorePatterns: ['wire/'] })).toEqual([]);
    expect(await lintText(JAPAROV, { cwd: tmp.dir, filePath: 'drafts/x.md', ignore: false })).toHaveLength(1);
  });

  it('applies inline directives, as the CLI does', async () => {
    const [r] = await lintText(JAPAROV.replace('Russian', '<!-- factlint-disable-next-line office-holder -->\nRussian'), { cwd: tmp.dir, filePath: 'a.md' });
    expect(r!.messages).toEqual([]);
  });

  it('with fix returns the fixed text as output and the problems left in it, writing nothing', async () => {
    const [r] = await lintText(WEEKDAY_ARTICLE, { cwd: tmp.dir, filePath: 'b.md', fix: true });
    expect(r!.output).toBe(WEEKDAY_ARTICLE.replace('on Tuesday', 'on Monday'));
    expect(r!.messages).toEqual([]);
    expect(readFileSync(path.join(tmp.dir, 'b.md'), 'utf8')).toBe(WEEKDAY_ARTICLE);
    const [plain] = await lintText(WEEKDAY_ARTICLE, { cwd: tmp.dir, filePath: 'b.md' });
    expect(plain!).not.toHaveProperty('output');
    expect(plain!.messages[0]!.fix).toBeDefined();
  });

  it('takes rule severities over the config file\'s', async () => {
    writeFileSync(path.join(tmp.dir, 'rules.json'), JSON.stringify({ rules: { 'office-holder': 'warn' } }));
    const [warned] = await lintText(JAPAROV, { cwd: tmp.dir, config: 'rules.json' });
    expect(warned!.messages.map((m) => m.severity)).toEqual([1]);
    const [off] = await lintText(JAPAROV, { cwd: tmp.dir, config: 'rules.json', rules: { 'office-holder': 0 } });
    expect(off!.messages).toEqual([]);
  });

  it('lints against a fact set from loadFactSet, loaded once', async () => {
    const facts = await loadFactSet([WORLD]);
    expect(facts.files).toEqual([WORLD]);
    expect(facts.statements.length).toBeGreaterThan(0);
    expect(Object.isFrozen(facts)).toBe(true);
    const [r] = await lintText(JAPAROV, { cwd: tmp.dir, claims: facts });
    expect(r!.messages.map((m) => m.ruleId)).toEqual(['office-holder']);
  });
});

describe('lintFiles', () => {
  it('lints paths, folders and globs in path order, leaving ignored files out', async () => {
    const results = await lintFiles(['.'], { cwd: tmp.dir });
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['a.md', 'b.md']);
    expect(results.map((r) => r.errorCount)).toEqual([1, 1]);
    expect((await lintFiles('*.md', { cwd: tmp.dir, ignorePatterns: ['b.md'] })).map((r) => path.basename(r.filePath))).toEqual(['a.md']);
    expect((await lintFiles('.', { cwd: tmp.dir, ignore: false })).map((r) => path.basename(r.filePath))).toEqual(['a.md', 'b.md', 'c.md']);
  });

  it('gives the results the JSON format prints', async () => {
    const results = await lintFiles(['a.md', 'b.md'], { cwd: tmp.dir });
    expect(JSON.parse(formatResults(results, 'json', { cwd: tmp.dir }))).toEqual(JSON.parse(JSON.stringify(results)));
  });
});

describe('formatResults', () => {
  it('formats with any format the CLI has, code frames from the linted text', async () => {
    expect(formatNames).toContain('stylish');
    const results = await lintText(JAPAROV, { cwd: tmp.dir, filePath: 'news/not-on-disk.md' });
    const stylish = formatResults(results, 'stylish', { cwd: tmp.dir });
    expect(stylish).toMatch(/^news\/not-on-disk\.md:5:1  error /m);
    expect(stylish).toContain('> 5 | Russian President Sadyr Japarov arrived in Moscow.');
    expect(stylish).not.toContain('\u001b[');
    expect(formatResults(results, 'compact', { cwd: tmp.dir })).toMatch(/^news\/not-on-disk\.md:5:1: error .*\[office-holder\]$/m);
    for (const name of formatNames) expect(typeof formatResults(results, name, { cwd: tmp.dir })).toBe('string');
  });
});

describe('errors', () => {
  const cases: Array<[string, () => Promise<unknown>, RegExp]> = [
    ['bad date', () => lintText('x', { date: '2023-13-01' }), /^lintText: date must be a calendar date YYYY-MM-DD, got "2023-13-01"$/],
    ['bad lang', () => lintText('x', { lang: 'English' }), /^lintText: lang must be a language code/],
    ['unknown option', () => lintText('x', { filepath: 'a.md' } as never), /^lintText: unknown option "filepath"; options: /],
    ['filePath on lintFiles', () => lintFiles('.', { filePath: 'a.md' } as never), /^lintFiles: unknown option "filePath"/],
    ['unknown rule', () => lintText('x', { rules: { nope: 'off' } }), /^rules: unknown rule "nope"; known rules: /],
    ['bad severity', () => lintText('x', { rules: { 'office-holder': 'loud' as never } }), /^rules\["office-holder"\]: severity must be off, warn, error, 0, 1 or 2; got "loud"$/],
    ['text not a string', () => lintText(Buffer.from('x') as never), /^lintText: text must be a string$/],
    ['missing path', () => lintFiles(['no-such.md'], { cwd: tmp.dir }), /^no such file or folder: no-such\.md$/],
    ['missing config', () => lintText('x', { cwd: tmp.dir, config: 'none.json' }), /^no such config file: none\.json$/],
    ['missing fact file', () => loadFactSet(['no-such.json'], { cwd: tmp.dir }), /no-such\.json/],
  ];
  it.each(cases)('%s: FactlintError', async (_name, call, message) => {
    const err = await call().then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(FactlintError);
    expect((err as Error).message).toMatch(message);
  });

  it('an invalid fact set is a FactSetError listing its problems', async () => {
    const bad = path.join(tmp.dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ entities: [{ id: 'x' }], properties: [], statements: [] }));
    const err = await loadFactSet(bad).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(FactSetError);
    expect((err as FactSetError).problems.length).toBeGreaterThan(0);
    expect((err as FactSetError).problems[0]!.file).toMatch(/bad\.json$/);
  });

  it('an unknown format is a FactlintError naming the formats', () => {
    expect(() => formatResults([], 'html5')).toThrow(/^unknown format "html5"; valid formats: stylish, /);
  });
});
