// Runs that would check nothing without a word (issue 13 #7): a config above the repository root
// no longer applies, a file named on the command line and then ignored is reported on stderr, and
// a folder whose every file is ignored is an error like an empty folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { factlint, initRepo, requireBuilt, tempDir, write } from './helpers.js';

const WRONG = '---\ndate: 2023-05-09\nlang: en\n---\n\nPutin met Japarov on Tuesday, 8 May.\n';

describe('runs that would check nothing', () => {
  let tmp: ReturnType<typeof tempDir>;
  let proj: string;
  beforeAll(requireBuilt);
  beforeEach(() => {
    tmp = tempDir();
    proj = path.join(tmp.dir, 'up', 'proj');
    mkdirSync(proj, { recursive: true });
    write(proj, 'a.en.md', WRONG);
  });
  afterEach(() => tmp.cleanup());

  it('stops the config search at the repository root', () => {
    initRepo(proj);
    writeFileSync(path.join(tmp.dir, 'up', '.factlintrc.json'), '{ "exclude": ["**"] }');
    const run = factlint(['a.en.md'], proj);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/8 May 2023 was a Monday, not a Tuesday/);
  });

  it('stops it at the home folder outside a repository', () => {
    writeFileSync(path.join(tmp.dir, '.factlintrc.json'), '{ "exclude": ["**"] }');
    const run = factlint(['a.en.md'], proj, { HOME: path.join(tmp.dir, 'up') });
    expect(run.code).toBe(1);
  });

  it('still finds a config in the repository above the current folder', () => {
    initRepo(path.join(tmp.dir, 'up'));
    writeFileSync(path.join(tmp.dir, 'up', '.factlintrc.json'), '{ "rules": { "date-weekday": "off" } }');
    expect(factlint(['a.en.md'], proj).code).toBe(0);
  });

  it('warns about a named file that is ignored, unless told not to', () => {
    initRepo(proj);
    write(proj, '.factlintignore', 'a.en.md\n');
    const run = factlint(['a.en.md'], proj);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('factlint: warning: a.en.md is ignored (by .factlintignore, the config\'s "exclude" or --ignore-pattern); --no-warn-ignored silences this\n');
    expect(factlint(['--no-warn-ignored', 'a.en.md'], proj).stderr).toBe('');
  });

  it('refuses a folder whose every article is ignored, as it refuses an empty one', () => {
    initRepo(proj);
    write(proj, '.factlintrc.json', '{ "exclude": ["**"] }');
    const run = factlint(['.'], proj);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/all files matched by \. are ignored/);
  });
});
