// One sentence run on for a megabyte and more (a list of holders, figures or dates with no full
// stop): every stage must be linear in the sentence length. Each case repeats one clause form
// about 25,000 times; an extractor that rescans the sentence per claim takes hours here, a linear
// one seconds. The guard is the spawn timeout, far above the linear cost; budgets per case are
// measured by the benchmark (scripts/bench.mjs), not here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factlint, requireBuilt, tempDir, write } from '../cli/helpers.js';

const CASES: Array<[string, string]> = [
  ['en', 'President of Kyrgyzstan Sadyr Japarov and the '],
  ['en', 'Trade between Russia and Kyrgyzstan reached $4.1 billion in 2024 and '],
  ['en', 'on Monday, 8 May 2023, former President Almazbek Atambayev and '],
  ['en', 'the Kant air base near Bishkek, opened on 23 October 2003, and '],
  ['ru', 'Президент Киргизии Садыр Жапаров и глава МИД России Сергей Лавров, '],
  ['ru', 'товарооборот вырос на 13,6% и '],
  ['de', 'Kirgisistans Präsident Sadyr Schaparow, sein Amtskollege Wladimir Putin und '],
  ['id', 'Presiden Kirgizstan Sadyr Japarov bertemu Presiden Rusia Vladimir Putin di Moskow pada Senin, 8 Mei dan '],
];
const BYTES = 1_500_000;

describe('one very long sentence', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    requireBuilt();
    tmp = tempDir();
  });
  afterAll(() => tmp.cleanup());

  it.each(CASES)('is read in linear time (%s) "%s…"', (lang, clause) => {
    const times = Math.ceil(BYTES / Buffer.byteLength(clause));
    const file = write(tmp.dir, `long.${lang}.md`, `---\ndate: 2023-05-09\nlang: ${lang}\n---\n\n${clause.repeat(times)}end.\n`);
    const run = factlint(['-f', 'json', '-o', 'report.json', path.basename(file)], tmp.dir);
    expect(run.stderr).toBe('');
    expect(run.code === 0 || run.code === 1).toBe(true);
    const report = JSON.parse(readFileSync(path.join(tmp.dir, 'report.json'), 'utf8')) as Array<{ filePath: string; claims: unknown[] }>;
    // Every repeat of the clause is read: the claims grow with the text.
    expect(report[0]!.claims.length).toBeGreaterThan(times / 2);
  }, 120_000);
});
