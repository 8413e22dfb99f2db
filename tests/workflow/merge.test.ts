// An archive linted on N machines: each writes its shard's findings with --partial, and
// `factlint merge` gives the report of the whole run, cross-article checks included.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV, HAVE_DEV, REPO, factlint, requireBuilt, tempDir } from '../cli/helpers.js';

const FORMS = path.join(REPO, 'tests', 'fixtures', 'forms-en-de');

function corpus(from: string): { dir: string; facts: string; cleanup: () => void } {
  const t = tempDir();
  for (const a of readdirSync(path.join(from, 'articles'))) copyFileSync(path.join(from, 'articles', a), path.join(t.dir, a));
  copyFileSync(path.join(from, 'facts.json'), path.join(t.dir, 'facts.json'));
  return { dir: t.dir, facts: path.join(t.dir, 'facts.json'), cleanup: t.cleanup };
}

/** The whole run's report and exit code against N shards merged, in one format. */
function wholeAndMerged(dir: string, facts: string, n: number, format: string): { whole: string; merged: string; wholeCode: number; mergedCode: number } {
  const args = ['--claims', facts, '-f', format];
  const whole = factlint([...args, '.'], dir);
  const parts: string[] = [];
  for (let k = 1; k <= n; k++) {
    const file = `part-${k}.json`;
    const shard = factlint([...args, '--shard', `${k}/${n}`, '--partial', file, '.'], dir);
    expect(shard.stderr).toMatch(new RegExp(`shard ${k}/${n}`));
    expect(shard.code).toBe(0);
    parts.push(file);
  }
  // Any order of the partials gives the same report.
  const merged = factlint(['merge', ...args, ...parts.reverse()], dir);
  return { whole: whole.stdout, merged: merged.stdout, wholeCode: whole.code, mergedCode: merged.code };
}

describe('factlint merge', () => {
  beforeAll(requireBuilt);

  describe('on a fixture corpus with cross-article disagreements', () => {
    let c: ReturnType<typeof corpus>;
    beforeAll(() => {
      c = corpus(FORMS);
    });
    afterAll(() => c.cleanup());

    it.each(['json', 'stylish', 'sarif'])('gives the whole run\'s %s report from three shards', (format) => {
      const r = wholeAndMerged(c.dir, c.facts, 3, format);
      expect(r.merged).toBe(r.whole);
      expect(r.mergedCode).toBe(r.wholeCode);
    });

    it('finds the cross-article problems no single shard sees', () => {
      const whole = JSON.parse(factlint(['--claims', c.facts, '-f', 'json', '.'], c.dir).stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
      const crossWhole = whole.flatMap((r) => r.messages).filter((m) => m.ruleId === 'cross-article').length;
      expect(crossWhole).toBeGreaterThan(0);
      const shard = JSON.parse(factlint(['--claims', c.facts, '-f', 'json', '--shard', '1/3', '.'], c.dir).stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
      expect(shard.flatMap((r) => r.messages).filter((m) => m.ruleId === 'cross-article').length).toBeLessThan(crossWhole);
    });

    it('refuses a missing shard, a shard given twice, partials of other settings, and files that are no partials', () => {
      const args = ['--claims', c.facts, '-f', 'json'];
      for (const k of [1, 2]) factlint([...args, '--shard', `${k}/2`, '--partial', `two-${k}.json`, '.'], c.dir);
      factlint([...args, '--date', '2020-01-01', '--shard', '2/2', '--partial', 'other-2.json', '.'], c.dir);
      writeFileSync(path.join(c.dir, 'not.json'), '{"results": []}');
      const missing = factlint(['merge', ...args, 'two-1.json'], c.dir);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/missing shard 2\/2/);
      expect(factlint(['merge', ...args, 'two-1.json', 'two-1.json'], c.dir).stderr).toMatch(/given twice/);
      const other = factlint(['merge', ...args, 'two-1.json', 'other-2.json'], c.dir);
      expect(other.code).toBe(2);
      expect(other.stderr).toMatch(/different runs|other settings/);
      expect(factlint(['merge', ...args, 'not.json'], c.dir).stderr).toMatch(/not a factlint partial/);
      expect(factlint(['merge', ...args], c.dir).code).toBe(2);
      for (const r of [missing, other]) expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  });

  describe.skipIf(!HAVE_DEV)('on the dev corpus', () => {
    let c: ReturnType<typeof corpus>;
    beforeAll(() => {
      c = corpus(DEV);
    });
    afterAll(() => c.cleanup());

    it('merged from four shards equals the whole run', () => {
      const r = wholeAndMerged(c.dir, c.facts, 4, 'json');
      expect(r.merged).toBe(r.whole);
      expect(JSON.parse(r.merged)).toHaveLength(readdirSync(path.join(DEV, 'articles')).length);
      expect(readFileSync(path.join(c.dir, 'part-1.json'), 'utf8')).toMatch(/"kind":"factlint-partial"/);
    });
  });
});
