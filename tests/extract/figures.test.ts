// Figures, shares, weekdays, event dates and places in four languages, against
// tests/fixtures/claims (world.json + economy.json). Sentences are written for these tests.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers.js';

const CLAIMS = fileURLToPath(new URL('../fixtures/claims/', import.meta.url));
const rules = (body: string, lang: string, date: string) =>
  lint(body, lang, date, CLAIMS).map((d) => `${d.ruleId}: ${d.text}`);

describe('metric-value: totals and growth against the fact for the period', () => {
  it.each([
    ['en', 'Last year bilateral trade between Russia and Kyrgyzstan grew by 31.6 percent.', '31.6 percent'],
    ['ru', 'В прошлом году товарооборот России и Киргизии вырос на 31,6%.', '31,6%'],
    ['de', 'Im vergangenen Jahr ist der Handel zwischen Russland und Kirgisistan um 31,6 Prozent gestiegen.', '31,6 Prozent'],
    ['id', 'Tahun lalu perdagangan Rusia dan Kirgistan tumbuh 31,6 persen.', '31,6 persen'],
  ])('%s: a wrong growth rate for "last year" (resolved from the article date)', (lang, body, figure) => {
    expect(rules(body, lang, '2025-11-20')).toEqual([`metric-value: ${figure}`]);
  });

  it.each([
    ['en', 'In 2024 trade between Russia and Kyrgyzstan reached $5.1 billion.'],
    ['ru', 'В 2024 году товарооборот России и Киргизии достиг 5,1 млрд долларов.'],
    ['de', 'Im Jahr 2024 erreichte der Handelsumsatz zwischen Russland und Kirgisistan 5,1 Mrd. USD.'],
    ['id', 'Pada 2024 perdagangan Rusia dan Kirgistan mencapai US$5,1 miliar.'],
  ])('%s: a wrong total in dollars, whatever the decimal and scale convention', (lang, body) => {
    expect(rules(body, lang, '2025-11-20')).toHaveLength(1);
  });

  it.each([
    ['en', 'Last year bilateral trade between Russia and Kyrgyzstan showed a 31.6% increase.'],
    ['de', 'Im vergangenen Jahr verzeichnete der Handel zwischen Russland und Kirgisistan ein Plus von 31,6 Prozent.'],
  ])('%s: growth named after or around the figure', (lang, body) => {
    expect(rules(body, lang, '2025-11-20').map((r) => r.split(':')[0])).toEqual(['metric-value']);
  });

  it('names the claimed value, the fact with its tolerance and period, and the source', () => {
    const [d] = lint('In 2024 trade between Russia and Kyrgyzstan reached $5.1 billion.', 'en', '2025-11-20', CLAIMS);
    expect(d!.message).toContain('5.1 billion USD');
    expect(d!.message).toContain('4.1 billion USD (±3 %)');
    expect(d!.expected).toContain('(2024)');
    expect(d!.fact?.source).toBe('https://tass.ru/ekonomika/25714245');
  });

  it('the right value for the wrong period says which period it belongs to', () => {
    const [d] = lint('In 2022 trade between Russia and Kyrgyzstan reached $4.1 billion.', 'en', '2025-11-20', CLAIMS);
    expect(d!.message).toContain('4.1 billion USD is the value for 2024');
  });
});

describe('metric-value traps stay silent', () => {
  it.each([
    ['en', 'In 2024 trade between Russia and Kyrgyzstan reached roughly $4 billion.', 'rounded figure within its precision'],
    ['de', 'Im Jahr 2024 erreichte der Handelsumsatz zwischen Russland und Kirgisistan rund 4 Mrd. USD.', 'rounded figure (de)'],
    ['ru', 'В 2022 году товарооборот России и Киргизии составил почти 3,5 млрд долларов.', 'almost, within tolerance'],
    ['ru', 'В 2022 году товарооборот России и Киргизии превысил 3 млрд долларов.', 'a lower bound that holds'],
    ['en', 'In 2024 trade between Russia and Kazakhstan reached $28 billion.', "another country's trade"],
    ['en', 'The two sides agreed to work towards an annual trade turnover of $5 billion.', 'a target, not a result'],
    ['ru', 'Стороны намерены довести товарооборот до 5 млрд долларов.', 'a target (ru)'],
    ['en', 'In 2024 trade between Russia and Kyrgyzstan reached 370 billion rubles.', 'rubles are never compared as dollars'],
    ['id', 'Kurs rata-rata sekitar 87 som per dolar AS, sementara perdagangan Rusia dan Kirgistan terus naik.', 'an exchange rate'],
    ['en', 'Last year trade between Central Asia and Russia rose by 20 percent.', 'one side of a pair that is not this pair'],
    ['en', 'In 2024 trade with China grew by 20 percent.', 'a partner the fact set does not know'],
    ['en', 'In 2024 Russia accounted for 35 percent of the republic\'s imports, not of its foreign trade figures.', 'a percentage of another whole'],
    ['de', 'Im Jahr 2024 stieg der Handel um 26,5 Prozent der Wirtschaftsleistung.', 'a percentage of GDP'],
    ['ru', 'В 2024 году товарооборот с Китаем вырос на 20%.', 'a partner the fact set does not know (ru)'],
    ['de', 'Im Jahr 2024 ist der Handel mit China um 20 Prozent gewachsen.', 'a partner the fact set does not know (de)'],
    ['id', 'Pada 2024 perdagangan dengan China tumbuh 20 persen.', 'a partner the fact set does not know (id)'],
  ])('%s: %s (%s)', (lang, body) => {
    expect(rules(body, lang, '2025-11-20')).toEqual([]);
  });
});

describe('share-value', () => {
  it.each([
    ['en', 'In 2024 Russia accounted for 32.3 percent of foreign trade of Kyrgyzstan.', 'en'],
    ['ru', 'Россия в 2024 году: её доля во внешней торговле Киргизии составила 32,3%.', 'ru'],
    ['de', 'Im Jahr 2024 entfielen 32,3 Prozent des kirgisischen Außenhandels auf Russland.', 'de'],
    ['id', 'Pada 2024 Rusia menyumbang 32,3 persen dari perdagangan luar negeri Kirgistan.', 'id'],
  ])('%s: a wrong share is flagged', (lang, body) => {
    expect(rules(body, lang, '2025-11-20').filter((r) => r.startsWith('share-value'))).toHaveLength(1);
  });

  it('a country inside the property words, and a share written in words, are read', () => {
    expect(rules('В 2024 году доля России во внешней торговле Киргизии составила 32,3%.', 'ru', '2025-11-20')).toEqual(['share-value: 32,3%']);
    expect(rules('Pada 2024 Rusia menyumbang tiga puluh persen dari perdagangan luar negeri Kirgistan.', 'id', '2025-11-20')).toEqual(['share-value: tiga puluh persen']);
  });

  it('two percentages in one sentence go to the words nearest them', () => {
    expect(rules('Last year trade between the two countries rose 13.6% to $4.1 billion, while in 2024 Russia accounted for 32.3% of foreign trade of Kyrgyzstan.', 'en', '2025-11-20'))
      .toEqual(['share-value: 32.3%']);
  });

  it('a right share stays silent', () => {
    expect(rules('Im Jahr 2024 entfielen 22,3 Prozent des kirgisischen Außenhandels auf Russland.', 'de', '2025-11-20')).toEqual([]);
  });
});

describe('date-weekday', () => {
  it.each([
    ['en', 'The talks took place on Tuesday, 8 May.', '2023-05-10'],
    ['ru', 'Переговоры прошли во вторник, 8 мая.', '2023-05-10'],
    ['de', 'Die Gespräche fanden am Dienstag, dem 8. Mai, statt.', '2023-05-10'],
    ['id', 'Pembicaraan berlangsung pada Selasa (8/5).', '2023-05-10'],
    ['en', 'The treaty was signed on Friday, 12 October 2023.', '2025-01-01'],
  ])('%s: a weekday that does not fit its date', (lang, body, date) => {
    const ds = lint(body, lang, date, CLAIMS);
    expect(ds.map((d) => d.ruleId)).toEqual(['date-weekday']);
  });

  it.each([
    ['en', 'The talks took place on Monday, 8 May.'],
    ['ru', 'Переговоры прошли в понедельник, 8 мая.'],
    ['de', 'Die Gespräche fanden am Montag, dem 8. Mai, statt.'],
    ['id', 'Pembicaraan berlangsung pada Senin (8/5).'],
  ])('%s: a correct weekday stays silent', (lang, body) => {
    expect(lint(body, lang, '2023-05-10', CLAIMS)).toEqual([]);
  });

  it.each([
    ['en', 'The parade was held on 9 May 2023, a Wednesday.'],
    ['ru', 'Парад прошел 9 мая (в среду).'],
  ])('%s: a weekday after its date is checked too', (lang, body) => {
    expect(lint(body, lang, '2023-05-10', CLAIMS).map((d) => d.ruleId)).toEqual(['date-weekday']);
    expect(lint(body.replace(/Wednesday|среду/, (w) => (w === 'среду' ? 'вторник' : 'Tuesday')), lang, '2023-05-10', CLAIMS)).toEqual([]);
  });

  it('fixes the weekday word in its dictionary form', () => {
    const [d] = lint('The talks took place on Tuesday, 8 May.', 'en', '2023-05-10', CLAIMS);
    expect(d!.fix?.text).toBe('Monday');
    expect(d!.message).toBe("8 May 2023 was a Monday, not a Tuesday (year from the article's date)");
  });
});

describe('event-date and place', () => {
  it('an opening date with a written year is checked', () => {
    expect(rules('Авиабаза Кант была официально открыта 23 октября 2001 года.', 'ru', '2023-10-12')).toEqual([
      'event-date: открыта 23 октября 2001 года',
    ]);
    expect(rules('Авиабаза Кант была официально открыта 23 октября 2003 года.', 'ru', '2023-10-12')).toEqual([]);
  });

  it.each([
    ['en', 'Putin visited Kant, the Russian air base in Kazakhstan, on the anniversary.', 'air base in Kazakhstan'],
    ['id', 'Kant merayakan ulang tahun. Pangkalan udara Kant di wilayah Osh menjadi tuan rumah.', 'Pangkalan udara Kant di wilayah Osh'],
  ])('%s: a place that contradicts the fact set', (lang, body, covered) => {
    expect(rules(body, lang, '2023-10-12')).toEqual([`place: ${covered}`]);
  });

  it('names with punctuation inside match as written ("Friendship, Alliance")', () => {
    expect(rules('The Declaration on Friendship, Trust and Partnership was signed on 10 June 1993.', 'en', '2025-11-20')).toEqual([
      'event-date: signed on 10 June 1993',
    ]);
  });

  it('an event is that event only near its dates or with its year', () => {
    expect(rules('The CSTO summit in Moscow ended late.', 'en', '2025-11-28')).toEqual(['place: CSTO summit in Moscow']);
    // Another year's summit shares the name: silent, unless the sentence writes the event's year.
    expect(rules('The CSTO summit in Moscow ended late.', 'en', '2024-11-29')).toEqual([]);
    expect(rules('The 2025 CSTO summit in Moscow was planned long ago.', 'en', '2024-11-29')).toEqual(['place: CSTO summit in Moscow']);
  });

  it('a place the fact set agrees with, or does not know, stays silent', () => {
    expect(rules('Putin visited Kant, the Russian air base in Kyrgyzstan.', 'en', '2023-10-12')).toEqual([]);
    expect(rules('Putin visited Kant, the Russian air base in the Chuy region.', 'en', '2023-10-12')).toEqual([]);
  });
});
