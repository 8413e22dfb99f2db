// Mechanisms behind misses and false alarms found this round in blind corpora and real agency
// copy, each written here in our own words, with the trap the same construction must leave alone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.js';
import { claimsOf } from '../helpers.js';

const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
const metric = (text: string, lang: string, date: string) =>
  claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'metric').map((c) => `${c.slots.property?.value}:${c.verdict}`);

describe('a word of another measure set off by a comma does not take the figure from the property before it', () => {
  // Bundled: Russia–Kazakhstan trade 2023 was 28 bn USD (±3 %).
  it.each([
    ['en', 'Trade between Russia and Kazakhstan in 2023 reached $19 billion, mostly imports of machinery.'],
    ['es', 'El intercambio comercial entre Rusia y Kazajistán alcanzó en 2023 los 19.000 millones de dólares, impulsado por las importaciones de maquinaria.'],
    ['de', 'Der Handel zwischen Russland und Kasachstan erreichte 2023 rund 19 Milliarden Dollar, getragen von Importen von Maschinen.'],
    ['ru', 'Товарооборот России и Казахстана в 2023 году составил 19 млрд долларов, главным образом импорт техники.'],
  ])('%s', (lang, text) => {
    expect(metric(text, lang, '2024-05-10')).toEqual(['trade-turnover:contradicted']);
  });
  it('the same word right after the figure, no comma between, still owns it', () => {
    expect(metric('Trade between Russia and Kazakhstan grew in 2023, with $19 billion of imports from Russia.', 'en', '2024-05-10')).toEqual([]);
  });
});

describe('a count dated only by its article\'s day meets a count its month names in another article', () => {
  // The fixture has a property for agreements signed and no value for it: articles are compared.
  const SET = fileURLToPath(new URL('../fixtures/factsets/agreements.json', import.meta.url));
  const dir = mkdtempSync(path.join(tmpdir(), 'factlint-r6-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, date: string, body: string) => writeFileSync(path.join(dir, name), `---\ndate: ${date}\nlang: ${name.split('.')[1]}\n---\n# T\n\n${body}\n`);
  const flagged = () => {
    const { results } = run({ cwd: dir, patterns: ['.'], claims: [SET] });
    return results.filter((r) => r.messages.some((m) => m.ruleId === 'cross-article')).map((r) => path.basename(r.filePath)).sort();
  };
  it('"signed 28 agreements" on 8 May and "in May … 18 accords" in a later article disagree', () => {
    write('a.en.md', '2024-05-08', 'Serbia and China signed 28 agreements on trade and technology, officials said.');
    write('b.fr.md', '2024-08-30', 'En mai, la Serbie et la Chine avaient signé 18 accords.');
    expect(flagged()).toEqual(['a.en.md', 'b.fr.md']);
  });
  it('a count of another month is of another visit', () => {
    write('b.fr.md', '2024-08-30', 'En août, la Serbie et la Chine ont signé 18 accords.');
    expect(flagged()).toEqual([]);
  });
  it('"the two sides" are the article\'s two countries', () => {
    write('a.en.md', '2024-05-08', 'China\'s leader arrived in Serbia on Tuesday. The two sides signed 28 agreements on trade and technology.');
    write('b.fr.md', '2024-08-30', 'En mai, la Serbie et la Chine avaient signé 18 accords.');
    expect(flagged()).toEqual(['a.en.md', 'b.fr.md']);
  });
});
