// A money total in another currency than the one a property's statements mostly use: a trade total
// in euros is a trade total, compared only with the set's figures in euros. Before, the extractor
// read no figure whose currency differed from the property's declared unit, so every planted
// error in a euro total of the blind regions went unseen.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../helpers.js';

const SET = fileURLToPath(new URL('../fixtures/factsets/currencies.json', import.meta.url));
const figures = (text: string, lang: string, date = '2024-05-20') =>
  claimsOf(text, lang, date, SET).filter((c) => c.kind === 'metric').map((c) => `${c.slots.property?.value}:${c.slots.value?.value}:${c.verdict}`);

// Germany–China trade: 253.1 billion euros in 2023 (fixture).
const EURO_TOTAL: Array<[string, (v: string) => string]> = [
  ['en', (v) => `Trade between Germany and China reached ${v} billion euros in 2023.`],
  ['ru', (v) => `Товарооборот Германии и Китая в 2023 году составил ${v.replace('.', ',')} млрд евро.`],
  ['de', (v) => `Der Handel zwischen Deutschland und China erreichte 2023 ein Volumen von ${v.replace('.', ',')} Milliarden Euro.`],
  ['fr', (v) => `Les échanges commerciaux entre l'Allemagne et la Chine ont atteint ${v.replace('.', ',')} milliards d'euros en 2023.`],
  ['es', (v) => `El intercambio comercial entre Alemania y China alcanzó en 2023 los ${v.replace('.', ',')} millardos de euros.`],
  ['id', (v) => `Nilai perdagangan Jerman dan China pada 2023 mencapai ${v.replace('.', ',')} miliar euro.`],
  ['ky', (v) => `Германия менен Кытайдын соода жүгүртүүсү 2023-жылы ${v.replace('.', ',')} млрд евро болду.`],
];

describe('a total in euros is read and compared with the set\'s euro figures', () => {
  it.each(EURO_TOTAL)('%s: right verified, wrong contradicted', (lang, sentence) => {
    expect(figures(sentence('253.1'), lang)).toEqual(['trade-turnover:253100000000 EUR:verified']);
    expect(figures(sentence('297.9'), lang)).toEqual(['trade-turnover:297900000000 EUR:contradicted']);
  });
  it('a total in euros where the set has only dollars is left open, never set against the dollars', () => {
    expect(figures('Trade between Germany and Kazakhstan reached 3.1 billion euros in 2023.', 'en')).toEqual(['trade-turnover:3100000000 EUR:unverifiable']);
  });
  it('a conversion in brackets: the dollar figure is checked, its euro equivalent is not set against it', () => {
    expect(figures('In 2023, trade between Germany and Kazakhstan reached $3.9 billion (about 3.6 billion euros).', 'en'))
      .toEqual(['trade-turnover:3900000000 USD:verified', 'trade-turnover:3600000000 EUR:unverifiable']);
  });
});

describe('a property word after a figure, with an amount of its own, is that amount\'s even without its currency', () => {
  it.each([
    ['fr', 'Selon Eurostat, les échanges entre l\'Allemagne et la Chine ont atteint 253,1 milliards d\'euros en 2023, pour un déficit allemand de 58,4 milliards.'],
    ['en', 'Trade between Germany and China reached 253.1 billion euros in 2023, with a German deficit of 58.4 billion.'],
  ])('%s: the total stays a trade total', (lang, text) => {
    expect(figures(text, lang)[0]).toBe('trade-turnover:253100000000 EUR:verified');
  });
});
