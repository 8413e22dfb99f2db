// cross-article: two articles of one run disagree on a figure the fact set does not know.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.js';

const CLAIMS = fileURLToPath(new URL('../fixtures/claims/', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'factlint-cross-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function article(name: string, lang: string, body: string): void {
  writeFileSync(path.join(dir, name), `---\ndate: 2025-11-26\nlang: ${lang}\n---\n# T\n\n${body}\n`);
}

describe('cross-article', () => {
  it('flags both sides of a disagreement between two articles, each naming the other', () => {
    // "the country" is the one named before: the figures' subjects are bound on every side.
    article('a.en.md', 'en', 'Putin praised Kyrgyzstan. More than 1,700 companies with Russian capital work in the country.');
    article('b.id.md', 'id', 'Putin memuji Kirgistan. Lebih dari 2.700 perusahaan bermodal Rusia beroperasi di negara itu.');
    const { results } = run({ cwd: dir, patterns: ['.'], claims: [CLAIMS] });
    const byFile = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages]));
    expect(byFile['b.id.md']!.map((m) => m.ruleId)).toEqual(['cross-article']);
    expect(byFile['b.id.md']![0]!.severity).toBe(1);
    expect(byFile['a.en.md']![0]!.message).toContain('b.id.md:7');
    expect(byFile['b.id.md']![0]!.message).toContain('a.en.md:7');
  });

  it('flags only the outlier when most articles agree', () => {
    article('c.de.md', 'de', 'Putin lobte Kirgisistan. Mehr als 1.750 Unternehmen mit russischem Kapital sind im Land tätig.');
    const { results } = run({ cwd: dir, patterns: ['.'], claims: [CLAIMS] });
    const byFile = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages]));
    // 1,700 and 1,750 agree within the tolerance between articles; 2,700 stands alone.
    expect(byFile['b.id.md']!.map((m) => m.ruleId)).toEqual(['cross-article']);
    expect(byFile['b.id.md']![0]!.related!.map((r) => path.basename(r.filePath))).toEqual(['a.en.md', 'c.de.md']);
    expect(byFile['b.id.md']![0]!.expected).toBe('agreement with 2 other articles');
    expect(byFile['a.en.md'] ?? []).toEqual([]);
    expect(byFile['c.de.md'] ?? []).toEqual([]);
  });

  it('compares no figure whose subjects the text does not name', () => {
    // Both say "the country" with no country named before: they may speak of different countries.
    for (const f of ['a.en.md', 'b.id.md', 'c.de.md']) rmSync(path.join(dir, f), { force: true });
    article('f.en.md', 'en', 'More than 1,700 companies with Russian capital work in the country.');
    article('g.id.md', 'id', 'Lebih dari 2.700 perusahaan bermodal Rusia beroperasi di negara itu.');
    const { results } = run({ cwd: dir, patterns: ['.'], claims: [CLAIMS] });
    expect(results.flatMap((r) => r.messages)).toEqual([]);
    const claims = results.flatMap((r) => r.claims ?? []).filter((c) => c.kind === 'metric');
    expect(claims.map((c) => c.verdict)).toEqual(['unverifiable', 'unverifiable']);
    rmSync(path.join(dir, 'f.en.md'));
    rmSync(path.join(dir, 'g.id.md'));
  });

  it('says nothing when the articles agree or the fact set knows the value', () => {
    article('d.ru.md', 'ru', 'В 2024 году товарооборот России и Киргизии достиг 4,1 млрд долларов.');
    article('e.en.md', 'en', 'In 2024 trade between Russia and Kyrgyzstan reached $4.1 billion.');
    const { results } = run({ cwd: dir, patterns: ['.'], claims: [CLAIMS] });
    expect(results.flatMap((r) => r.messages)).toEqual([]);
    expect(results.every((r) => !('records' in r))).toBe(true);
  });
});
