// --fix writes fixed articles byte for byte (BOM, CRLF, mode kept); --fix-dry-run prints a patch.
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { factlint, git, initRepo, messagesOf, requireBuilt, tempDir, write } from '../cli/helpers.js';

// 8 May 2023 was a Monday (fixable); the two office claims are wrong and carry no fix.
const LINES = [
  '---',
  'date: 2023-05-08',
  'lang: en',
  '---',
  'Überblick: on Tuesday, 8 May, Prime Minister of Armenia Serzh Sargsyan met President of Armenia Nikol Pashinyan.',
  '',
  'Nothing else happened.',
];

let tmp: ReturnType<typeof tempDir>;
beforeAll(requireBuilt);
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const summary = (r: ReturnType<typeof factlint>) => messagesOf(r).flatMap((f) => f.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`));

describe('--fix', () => {
  it('changes only the fixed bytes: BOM, CRLF, a missing final newline and the mode stay', () => {
    const original = Buffer.from(`\uFEFF${LINES.join('\r\n')}`, 'utf8');
    const file = write(tmp.dir, 'a.md', original);
    chmodSync(file, 0o640);
    const r = factlint(['--fix', '-f', 'json', 'a.md'], tmp.dir);
    const expected = Buffer.from(`\uFEFF${LINES.join('\r\n').replace('on Tuesday', 'on Monday')}`, 'utf8');
    expect(readFileSync(file).equals(expected)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(tmp.dir)).toEqual(['a.md']); // no temporary file left behind
    // The report shows what is left, placed in the fixed text: the same as linting it afresh.
    expect(summary(r)).toEqual(['office-holder@5:30', 'office-holder@5:75']);
    expect(summary(factlint(['-f', 'json', 'a.md'], tmp.dir))).toEqual(summary(r));
    expect(r.code).toBe(1);
  });

  it('leaves a file without fixes untouched (not even rewritten)', () => {
    const file = write(tmp.dir, 'clean.txt', 'Nothing to fix here.\n');
    const before = statSync(file).mtimeMs;
    expect(factlint(['--fix', 'clean.txt'], tmp.dir).code).toBe(0);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('never writes a file that could not be linted', () => {
    const bytes = Buffer.concat([Buffer.from('On Tuesday, 8 May 2023, '), Buffer.from([0xff, 0xfe, 0x41])]);
    const file = write(tmp.dir, 'broken.txt', bytes);
    const r = factlint(['--fix', 'broken.txt'], tmp.dir);
    expect(r.code).toBe(1);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff git can apply, and changes nothing', () => {
    initRepo(tmp.dir);
    const text = `${LINES.join('\n')}\n`;
    const file = write(tmp.dir, 'a.md', text);
    git(tmp.dir, 'add', 'a.md');
    git(tmp.dir, 'commit', '-q', '-m', 'a');
    const r = factlint(['--fix-dry-run', '-o', 'report.txt', 'a.md'], tmp.dir);
    expect(r.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(r.stdout).toContain('--- a/a.md');
    expect(r.stdout).toContain('+++ b/a.md');
    expect(r.stdout).toContain('-Überblick: on Tuesday, 8 May');
    expect(r.stdout).toContain('+Überblick: on Monday, 8 May');
    // The report names only what the fixes leave, at its place in the unchanged file.
    const report = readFileSync(path.join(tmp.dir, 'report.txt'), 'utf8');
    expect(report).not.toContain('date-weekday');
    expect(report).toContain('office-holder');
    write(tmp.dir, 'fix.patch', r.stdout);
    execFileSync('git', ['apply', 'fix.patch'], { cwd: tmp.dir });
    expect(readFileSync(file, 'utf8')).toBe(text.replace('on Tuesday', 'on Monday'));
  });

  it('refuses --fix together with --fix-dry-run', () => {
    const r = factlint(['--fix', '--fix-dry-run'], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('factlint: use either --fix or --fix-dry-run, not both\n');
  });
});
