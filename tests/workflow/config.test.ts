// factlint.config.json / .factlintrc.json, its schema, and .factlintignore.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { REPO, WEEKDAY_ARTICLE, factlint, messagesOf, requireBuilt, tempDir, write } from '../cli/helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeAll(requireBuilt);
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const config = (obj: unknown, name = 'factlint.config.json') => write(tmp.dir, name, JSON.stringify(obj));
const files = (r: ReturnType<typeof factlint>) => messagesOf(r).map((f) => path.relative(tmp.dir, f.filePath).split(path.sep).join('/'));

it('the shipped factlint.schema.json is the schema the CLI validates with', () => {
  expect(JSON.parse(readFileSync(path.join(REPO, 'factlint.schema.json'), 'utf8'))).toEqual(configSchema());
});

describe('config file', () => {
  it('is found in a folder above the current one; its rules and format apply', () => {
    config({ rules: { 'date-weekday': 'warn' }, format: 'json' });
    const desk = path.join(tmp.dir, 'desk');
    mkdirSync(desk);
    write(desk, 'a.md', WEEKDAY_ARTICLE);
    const r = factlint(['a.md'], desk);
    expect(r.code).toBe(0); // a warning only
    expect(messagesOf(r)[0]!.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(['date-weekday:1']);
  });

  it('command-line options override it', () => {
    config({ rules: { 'date-weekday': ['warn', {}] }, format: 'json', maxWarnings: 0 });
    write(tmp.dir, 'a.md', WEEKDAY_ARTICLE);
    const fromConfig = factlint(['a.md'], tmp.dir);
    expect(fromConfig.code).toBe(1);
    expect(fromConfig.stderr).toContain('too many warnings (maximum: 0)');
    const r = factlint(['a.md', '-f', 'compact', '--max-warnings', '5'], tmp.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^a\.md:7:\d+: warning /);
  });

  it('.factlintrc.json works too; "off" silences a rule', () => {
    config({ rules: { 'date-weekday': 'off' } }, '.factlintrc.json');
    write(tmp.dir, 'a.md', WEEKDAY_ARTICLE);
    expect(factlint(['a.md'], tmp.dir)).toMatchObject({ code: 0, stdout: '' });
  });

  it('include and exclude choose the files when no paths are given; .factlintignore leaves out more', () => {
    config({ include: ['desk/**/*.md'], exclude: ['drafts/'], format: 'json' });
    for (const d of ['desk', 'desk/drafts', 'desk/old', 'other']) mkdirSync(path.join(tmp.dir, d));
    for (const f of ['desk/a.md', 'desk/drafts/b.md', 'desk/old/c.md', 'other/d.md']) write(tmp.dir, f, WEEKDAY_ARTICLE);
    expect(files(factlint([], tmp.dir))).toEqual(['desk/a.md', 'desk/old/c.md']);
    write(tmp.dir, '.factlintignore', '# archived\nold/\n');
    expect(files(factlint([], tmp.dir))).toEqual(['desk/a.md']);
    // Paths given on the command line replace include; exclude and the ignore file still apply.
    expect(files(factlint(['other', 'desk'], tmp.dir))).toEqual(['desk/a.md', 'other/d.md']);
  });

  it('claims are relative to the config file, not to the current folder', () => {
    config({ claims: 'facts' });
    const desk = path.join(tmp.dir, 'desk');
    mkdirSync(desk);
    write(desk, 'a.md', WEEKDAY_ARTICLE);
    const r = factlint(['a.md'], desk);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(path.join(tmp.dir, 'facts'));
  });

  it.each([
    [{ rules: { 'no-such-rule': 'error' } }, /factlint\.config\.json#\/rules\/no-such-rule: unknown rule "no-such-rule"; known rules: office-holder/],
    [{ rules: { place: 'loud' } }, /factlint\.config\.json#\/rules\/place: must be "off", "warn", "error", or a list \[level, options\]$/m],
    [{ maxWarnings: '3' }, /factlint\.config\.json#\/maxWarnings: must be a whole number$/m],
    [{ format: 'xml' }, /factlint\.config\.json#\/format: must be one of "stylish", /],
    [{ lang: 'English' }, /#\/lang: "English" has the wrong form/],
    [{ date: '2023-02-30' }, /#\/date: "2023-02-30" is not a calendar date/],
    [{ claims: [] }, /#\/claims: must be a path or a non-empty list of paths/],
    [{ colour: true }, /factlint\.config\.json#: unknown key "colour"/],
  ])('rejects %j naming the file and the JSON pointer (exit 2)', (obj, message) => {
    config(obj);
    write(tmp.dir, 'a.md', WEEKDAY_ARTICLE);
    const r = factlint(['a.md'], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('rejects a file that is not JSON, and --config with a missing file', () => {
    write(tmp.dir, 'factlint.config.json', '{\n  "include": ["docs"],\n  rules: {}\n}\n');
    // Where it breaks, as for fact files: line and column, and what was expected.
    expect(factlint([], tmp.dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^factlint: config factlint\.config\.json is not valid JSON: line 3, column 3: expected .*"r"/) });
    expect(factlint(['--config', 'nope.json'], tmp.dir)).toMatchObject({ code: 2, stderr: 'factlint: no such config file: nope.json\n' });
    write(tmp.dir, 'factlint.config.json', Buffer.from('\ufeff{"include": ["docs"]}', 'utf16le'));
    expect(factlint([], tmp.dir)).toMatchObject({ code: 2, stderr: 'factlint: config factlint.config.json: UTF-16 text: convert the file to UTF-8\n' });
  });
});
