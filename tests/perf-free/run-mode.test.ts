// A short run (a few named articles) goes without V8's optimising compiler; it must report
// exactly what the same articles report in a run over their folder, and only a run that is
// surely short may be taken for one.
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEW_FILES, isServable, isShortRun } from '../../src/bin/run-mode.js';
import { factlint, requireBuilt, tempDir, write } from '../robustness/helpers.js';

const files = new Set(['a.md', 'b.en.md', 'dir/c.md', '-']);
const exists = (p: string) => files.has(p);

describe('which runs are short', () => {
  it('a few named files, or an article on stdin', () => {
    expect(isShortRun(['a.md'], exists)).toBe(true);
    expect(isShortRun(['a.md', 'b.en.md', 'dir/c.md'], exists)).toBe(true);
    expect(isShortRun(['--stdin', '--stdin-filename', 'x.md'], exists)).toBe(true);
    expect(isShortRun(['-'], exists)).toBe(true);
  });

  it('option values are not taken for files, and flags do not hide them', () => {
    // --claims takes a value: "claims" is no article, so the run names a.md alone.
    expect(isShortRun(['--claims', 'claims', 'a.md', '-f', 'json', '--date', '2023-05-08'], exists)).toBe(true);
    expect(isShortRun(['-f', 'json', 'claims'], exists)).toBe(false);
    expect(isShortRun(['--fix', '--quiet', 'a.md'], exists)).toBe(true);
  });

  it('anything that may be long or is unsure keeps the optimiser', () => {
    expect(isShortRun([], exists)).toBe(false); // the config's include, or the folder
    expect(isShortRun(['articles/'], exists)).toBe(false); // a folder
    expect(isShortRun(['articles/**/*.md'], exists)).toBe(false); // a glob
    expect(isShortRun(['a.md', 'articles/'], exists)).toBe(false);
    expect(isShortRun(['--staged'], exists)).toBe(false);
    expect(isShortRun(['--changed-since', 'main', 'a.md'], exists)).toBe(false);
    expect(isShortRun(['merge', 'a.md'], exists)).toBe(false);
    expect(isShortRun(['facts', 'check'], exists)).toBe(false);
    expect(isShortRun(['--lsp'], exists)).toBe(false);
    expect(isShortRun(['--no-such-option', 'a.md'], exists)).toBe(false);
    expect(isShortRun(['--stdin', 'a.md'], exists)).toBe(false);
    const many = Array.from({ length: FEW_FILES + 1 }, () => 'a.md');
    expect(isShortRun(many, exists)).toBe(false);
    expect(isShortRun(many.slice(1), exists)).toBe(true);
  });
});

describe('which runs a resident server may take', () => {
  it('short runs and runs over the staged files, nothing else', () => {
    expect(isServable(['a.md'], exists)).toBe(true);
    expect(isServable(['--stdin'], exists)).toBe(true);
    expect(isServable(['--staged'], exists)).toBe(true);
    expect(isServable(['--staged', '-f', 'json', 'articles/'], exists)).toBe(true);
    expect(isServable(['articles/'], exists)).toBe(false);
    expect(isServable(['--staged', '--changed-since', 'main'], exists)).toBe(false);
    expect(isServable(['--changed-since', 'main'], exists)).toBe(false);
    expect(isServable(['daemon', 'start'], exists)).toBe(false);
    expect(isServable(['--staged', '--lsp'], exists)).toBe(false);
    expect(isServable(['--staged', '--no-such-option'], exists)).toBe(false);
  });
});

describe('a short run', () => {
  it('reports byte for byte what the same articles report in a folder run, and keeps its own code cache', () => {
    requireBuilt();
    const { dir, cleanup } = tempDir('factlint-short-');
    try {
      const article = '---\ndate: 2023-05-08\nlang: en\n---\nPresident of Russia Sadyr Japarov met officials on Tuesday, 8 May. Trade reached $3.5 billion in 2022.\n';
      mkdirSync(path.join(dir, 'news'));
      write(path.join(dir, 'news'), 'a.en.md', article);
      const env = { FACTLINT_CACHE_DIR: path.join(dir, 'fc') };
      for (const format of ['json', 'stylish']) {
        const short = factlint(['-f', format, 'news/a.en.md'], dir, env);
        const long = factlint(['-f', format, 'news'], dir, env);
        expect(short.code).toBe(1);
        expect(short.stdout).toContain('Japarov');
        expect(short.stdout).toBe(long.stdout);
        expect(short.code).toBe(long.code);
      }
      const caches = readdirSync(path.join(dir, 'fc')).filter((n) => n.startsWith('code-factlint'));
      expect(caches.filter((n) => n.startsWith('code-factlint.noopt-'))).toHaveLength(1);
      expect(caches.filter((n) => n.startsWith('code-factlint-'))).toHaveLength(1);
    } finally {
      cleanup();
    }
  });
});
