// Mechanisms behind misses and false alarms found this round in real agency copy and in errors a
// helper planted into it, each written here in our own words, with the trap the same
// construction must leave alone.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../helpers.js';

const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
const metric = (text: string, lang: string, date: string) =>
  claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'metric').map((c) => `${c.slots.property?.value}:${c.verdict}`);

describe('Russian: the genitive «торгового оборота» is trade turnover as well as the whole of a share', () => {
  // Bundled: Russia–Kazakhstan trade 2023 was 28 bn (±3 %); Russia–Kyrgyzstan growth 2024 13.6 %;
  // Russia's share of Kyrgyzstan's trade 2024 22.3 %.
  it('an amount after «объем торгового оборота» is checked', () => {
    expect(metric('Объем торгового оборота между Россией и Казахстаном в 2023 году составил 19 млрд долларов.', 'ru', '2024-05-10')).toEqual(['trade-turnover:contradicted']);
    expect(metric('Объем торгового оборота между Россией и Казахстаном в 2023 году составил 28 млрд долларов.', 'ru', '2024-05-10')).toEqual(['trade-turnover:verified']);
  });
  it('an amount before the genitive («… млрд долларов торгового оборота») is checked', () => {
    expect(metric('В 2023 году между Россией и Казахстаном было почти 28,5 млрд долларов торгового оборота.', 'ru', '2024-05-10')).toEqual(['trade-turnover:verified']);
    expect(metric('В 2023 году между Россией и Казахстаном было почти 18,5 млрд долларов торгового оборота.', 'ru', '2024-05-10')).toEqual(['trade-turnover:contradicted']);
  });
  it('growth of the turnover is a growth, not a share', () => {
    expect(metric('В 2024 году рост торгового оборота России и Киргизии составил 13,6%.', 'ru', '2025-02-10')).toEqual(['trade-growth:verified']);
    expect(metric('В 2024 году рост торгового оборота России и Киргизии составил 31%.', 'ru', '2025-02-10')).toEqual(['trade-growth:contradicted']);
  });
  it('a percentage with «доля» stays a share', () => {
    expect(metric('В 2024 году доля России в объеме торгового оборота Киргизии составила 22,3%.', 'ru', '2025-02-10')).toEqual(['share-of-trade:verified']);
  });
});
