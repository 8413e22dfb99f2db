// The bundled fact set on one-line articles: ministers and Moldova's posts are known, a disputed
// handover day is no error, and a shared common surname is not taken for the person the set knows.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers.js';

const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
const flagged = (body: string, lang: string, date: string) => lint(body, lang, date, BUNDLED).filter((d) => d.ruleId === 'office-holder').map((d) => d.message);

describe('the bundled set', () => {
  it.each([
    ['en', 'Kazakh Foreign Minister Kassym-Jomart Tokayev arrived in Moscow.', '2005-06-01'],
    ['en', 'Azerbaijani Defence Minister Zakir Hasanov met his Russian counterpart.', '2019-04-10'],
    ['ru', 'Министр обороны Таджикистана Шерали Мирзо провел переговоры.', '2016-05-10'],
    ['de', 'Die moldauische Präsidentin Maia Sandu traf den Premierminister.', '2023-03-01'],
    ['en', 'Kyrgyz President Kurmanbek Bakiyev addressed parliament.', '2005-03-24'],
    ['en', 'Kyrgyz President Askar Akayev signed the decree.', '2005-04-01'],
  ])('knows true posts, on disputed days too (%s) %s', (lang, body, date) => {
    expect(flagged(body, lang, date)).toEqual([]);
  });

  it.each([
    ['en', 'Armenian Defence Minister Zakir Hasanov met his Russian counterpart.', '2019-04-10', /Zakir Hasanov was not defence minister of Armenia/],
    ['en', 'Moldovan Prime Minister Maia Sandu met Kyrgyz President Sadyr Japarov.', '2023-03-01', /Maia Sandu was prime minister of Moldova until 2019-11-14/],
    ['ru', 'Министр иностранных дел Белоруссии Владимир Макей прибыл в Бишкек.', '2023-03-01', /Vladimir Makei was foreign minister of Belarus until 2022-11-26/],
    ['en', 'Kyrgyz President Kurmanbek Bakiyev addressed parliament.', '2005-03-20', /Kurmanbek Bakiyev took office as president of Kyrgyzstan only on 2005-03-25 \(or 2005-03-24\)/],
  ])('flags a wrong post (%s) %s', (lang, body, date, message) => {
    expect(flagged(body, lang, date)).toEqual([expect.stringMatching(message)]);
  });

  it('does not read another official with a common surname as the one the set knows', () => {
    // Zakir Hasanov is Azerbaijan's defence minister; "Hasanov" alone is many people.
    expect(flagged('Azerbaijani Foreign Minister Elmar Hasanov spoke.', 'en', '2019-04-10').join()).not.toMatch(/Zakir Hasanov/);
  });
});

describe('trade figures of the bundled set', () => {
  const figures = (body: string, lang: string, date: string) => lint(body, lang, date, BUNDLED).filter((d) => d.ruleId === 'metric-value' || d.ruleId === 'share-value').map((d) => d.message);
  it.each([
    ['en', 'In 2024, trade between Russia and Kyrgyzstan reached $4.1 billion, up 13.6 percent.'],
    ['ru', 'В 2024 году товарооборот России и Киргизии составил 3,2 млрд долларов.'],
    ['en', 'Trade between Russia and Uzbekistan exceeded $11 billion in 2024.'],
    ['en', 'In 2024, trade between Russia and Uzbekistan reached $10.6 billion.'],
  ])('holds for either side\'s figure and inside a bound (%s) %s', (lang, body) => {
    expect(figures(body, lang, '2025-06-01')).toEqual([]);
  });
  it('names both sides\' figures for a figure that matches neither', () => {
    expect(figures('In 2024, trade between Russia and Kyrgyzstan reached $9.1 billion.', 'en', '2025-06-01')).toEqual([
      expect.stringMatching(/the article says 9\.1 billion USD, the fact set 4\.1 billion USD \(±3 %\) \(Russian data\); 3\.2 billion USD \(±3 %\) \(Kyrgyz data\)/),
    ]);
  });
  it('flags a figure below a "more than" bound', () => {
    expect(figures('In 2024, trade between Russia and Uzbekistan reached $8.2 billion.', 'en', '2025-06-01')).toEqual([
      expect.stringMatching(/the article says 8\.2 billion USD, the fact set at least 10 billion USD \(Russian data\); at least 11 billion USD \(Uzbek data\)/),
    ]);
  });
});
