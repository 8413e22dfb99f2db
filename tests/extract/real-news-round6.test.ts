// Mechanisms behind misses and false alarms found this round in blind corpora and real agency
// copy, each written here in our own words, with the trap the same construction must leave alone.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
