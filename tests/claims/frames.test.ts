// Claim frames in the four languages: each claim form is bound inside its clause, and each trap
// (refuted claims, targets, running periods, comparison bases, missing periods) is unverifiable,
// never an error. Asserts on the frames (verdict and slots), not only on the diagnostics.
// Sentences written for these tests; facts: tests/fixtures/claims/.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../helpers.js';
import type { ClaimReport } from '../../src/types.js';

const FACTS = fileURLToPath(new URL('../fixtures/claims/', import.meta.url));
const metric = (body: string, lang: string, date = '2025-03-01') => claimsOf(body, lang, date, FACTS).filter((c) => c.kind === 'metric');
const one = (cs: ClaimReport[], text: string) => {
  const c = cs.find((x) => x.text.includes(text));
  expect(c, `a claim covering "${text}" in ${JSON.stringify(cs.map((x) => x.text))}`).toBeDefined();
  return c!;
};

describe('figures: a decline is a negative change', () => {
  it.each([
    ['en', 'In 2024 trade between Russia and Kyrgyzstan fell by 13.6 percent.', '13.6 percent'],
    ['ru', 'В 2024 году товарооборот России и Киргизии сократился на 13,6%.', '13,6%'],
    ['de', 'Im Jahr 2024 sank der Handel zwischen Russland und Kirgisistan um 13,6 Prozent.', '13,6 Prozent'],
    ['id', 'Pada 2024 perdagangan Rusia dan Kirgistan turun 13,6 persen.', '13,6 persen'],
  ])('%s: %s', (lang, body, figure) => {
    const c = one(metric(body, lang), figure);
    expect(c.slots.value!.value).toBe('-13.6 %');
    expect(c.verdict).toBe('contradicted');
  });

  it.each([
    ['en', 'In 2024 trade between Russia and Kyrgyzstan grew by 13.6 percent.'],
    ['ru', 'В 2024 году товарооборот России и Киргизии вырос на 13,6%.'],
    ['de', 'Im Jahr 2024 ist der Handel zwischen Russland und Kirgisistan um 13,6 Prozent gestiegen.'],
    ['id', 'Pada 2024 perdagangan Rusia dan Kirgistan tumbuh 13,6 persen.'],
  ])('a rise stays positive and verified: %s', (lang, body) => {
    expect(metric(body, lang).map((c) => [c.slots.value!.value, c.verdict])).toEqual([['13.6 %', 'verified']]);
  });
});

describe('figures: the period is bound in the figure\'s clause', () => {
  it.each([
    ['en', 'Trade between Russia and Kyrgyzstan reached $4.1 billion in 2024, after $3.4 billion in 2022.', ['2024', '2022']],
    ['ru', 'Товарооборот России и Киргизии в 2024 году достиг 4,1 млрд долларов, а в 2022 году составлял 3,4 млрд долларов.', ['2024', '2022']],
    ['de', 'Der Handel zwischen Russland und Kirgisistan erreichte 2024 4,1 Milliarden Dollar, nachdem er 2022 bei 3,4 Milliarden Dollar gelegen hatte.', ['2024', '2022']],
    ['id', 'Perdagangan Rusia dan Kirgistan mencapai 4,1 miliar dolar AS pada 2024, sementara pada 2022 nilainya 3,4 miliar dolar AS.', ['2024', '2022']],
  ])('%s', (lang, body, periods) => {
    const cs = metric(body, lang);
    expect(cs.map((c) => c.slots.period!.value)).toEqual(periods);
    expect(cs.map((c) => c.verdict)).toEqual(['verified', 'verified']);
  });

  it.each([
    ['en', 'Trade between Russia and Kyrgyzstan reached $4.1 billion in 2024, compared with $3.4 billion in 2022.'],
    ['ru', 'В 2024 году товарооборот России и Киргизии достиг 4,1 млрд долларов по сравнению с 3,4 млрд долларов в 2022 году.'],
  ])('a comparison base keeps its own period: %s', (lang, body) => {
    const cs = metric(body, lang);
    expect(cs.map((c) => [c.slots.period!.value, c.verdict])).toEqual([['2024', 'verified'], ['2022', 'verified']]);
  });

  it('a base period is never the figure\'s ("up 13.6% on the same period of 2022")', () => {
    const [c] = metric('В 2024 году товарооборот России и Киргизии вырос на 13,6% по сравнению с 2022 годом.', 'ru');
    expect(c!.slots.period!.value).toBe('2024');
    expect(c!.verdict).toBe('verified');
  });
});

describe('figures: traps are unverifiable, never errors', () => {
  it.each([
    ['en', 'Claims that trade between Russia and Kyrgyzstan grew 40 percent in 2024 are not borne out.', 'false'],
    ['ru', 'Утверждения о том, что в 2024 году товарооборот России и Киргизии вырос на 40%, не соответствуют действительности.', 'false'],
    ['de', 'Berichte, wonach der Handel zwischen Russland und Kirgisistan 2024 um 40 Prozent gestiegen sei, sind falsch.', 'false'],
    ['id', 'Klaim bahwa perdagangan Rusia dan Kirgistan naik 40 persen pada 2024 tidak benar.', 'false'],
  ])('a claim the article calls false: %s', (lang, body, reason) => {
    const cs = metric(body, lang);
    expect(cs.length).toBeGreaterThan(0);
    for (const c of cs) {
      expect(c.verdict).toBe('unverifiable');
      expect(c.reason).toContain(reason);
    }
  });

  it.each([
    ['en', 'Trade between Russia and Kyrgyzstan grew 40 percent.'],
    ['ru', 'Товарооборот России и Киргизии вырос на 40%.'],
    ['de', 'Der Handel zwischen Russland und Kirgisistan ist um 40 Prozent gestiegen.'],
    ['id', 'Perdagangan Rusia dan Kirgistan naik 40 persen.'],
  ])('a flow with no period written: %s', (lang, body) => {
    expect(metric(body, lang).map((c) => [c.verdict, c.reason])).toEqual([['unverifiable', 'no period written for the figure']]);
  });

  it.each([
    ['en', 'This year trade between Russia and Kyrgyzstan has grown 40 percent.'],
    ['ru', 'В этом году товарооборот России и Киргизии вырос на 40%.'],
    ['de', 'In diesem Jahr ist der Handel zwischen Russland und Kirgisistan um 40 Prozent gestiegen.'],
    ['id', 'Tahun ini perdagangan Rusia dan Kirgistan naik 40 persen.'],
  ])('a period not over on the article date (a running total): %s', (lang, body) => {
    const [c] = metric(body, lang, '2024-05-20');
    expect(c!.verdict).toBe('unverifiable');
    expect(c!.reason).toContain('had not ended');
  });

  it.each([
    ['en', 'In 2024 both sides aim to raise trade between Russia and Kyrgyzstan to $10 billion.'],
    ['ru', 'В 2024 году стороны намерены довести товарооборот России и Киргизии до 10 млрд долларов.'],
  ])('a target: %s', (lang, body) => {
    for (const c of metric(body, lang)) expect(c.verdict).toBe('unverifiable');
  });

  it('a figure of another pair named by the partner is not the article\'s pair', () => {
    const cs = metric('In 2024 Russia\'s trade with Kazakhstan reached $28 billion.', 'en');
    for (const c of cs) expect(c.verdict).not.toBe('contradicted');
  });
});

describe('dates: weekday ranges and event dates at the precision written', () => {
  it.each([
    ['en', 'The summit was held on Wednesday and Thursday, 3–4 July 2024.'],
    ['ru', 'Саммит прошел в среду и четверг, 3–4 июля 2024 года.'],
    ['id', 'KTT digelar Rabu dan Kamis, 3-4 Juli 2024.'],
    ['en', 'The summit was held on Wednesday and Thursday, July 3-4, 2024.'],
    ['en', 'The summit ran from Wednesday to Thursday, 3–4 July 2024.'],
  ])('each weekday of a range goes with its own day: %s', (lang, body) => {
    const ws = claimsOf(body, lang, '2024-07-05', FACTS).filter((c) => c.kind === 'weekday');
    expect(ws.map((c) => [c.slots.weekday!.value, c.slots.date!.value, c.verdict])).toEqual([
      ['Wednesday', '2024-07-03', 'verified'], ['Thursday', '2024-07-04', 'verified'],
    ]);
  });

  it.each([
    ['en', 'The talks took place on Friday (October 11, 2024) in Moscow.', 'verified'],
    ['en', 'The talks took place on Thursday (October 11, 2024) in Moscow.', 'contradicted'],
    ['id', 'Pertemuan digelar pada Jumat (11/10/2024) di Moskow.', 'verified'],
  ])('a date in brackets after its weekday: %s', (lang, body, verdict) => {
    const ws = claimsOf(body, lang, '2024-10-12', FACTS).filter((c) => c.kind === 'weekday');
    expect(ws.map((c) => c.verdict)).toEqual([verdict]);
  });

  it('a range with both weekdays shifted is flagged on each', () => {
    const ws = claimsOf('The summit was held on Tuesday and Wednesday, 3–4 July 2024.', 'en', '2024-07-05', FACTS).filter((c) => c.kind === 'weekday');
    expect(ws.map((c) => c.verdict)).toEqual(['contradicted', 'contradicted']);
  });

  it.each([
    ['en', 'The Kant air base opened in 2003.', '2003', 'verified'],
    ['en', 'The Kant air base, which opened in 2001, hosts Russian jets.', '2001', 'contradicted'],
    ['de', 'Der Luftwaffenstützpunkt Kant wurde im Oktober 2003 eröffnet.', '2003-10', 'verified'],
    ['ru', 'Авиабаза Кант открыта в 2005 году.', '2005', 'contradicted'],
    ['id', 'Pangkalan udara Kant dibuka pada 2003.', '2003', 'verified'],
  ])('%s: %s', (lang, body, when, verdict) => {
    const [c] = claimsOf(body, lang, '2025-03-01', FACTS).filter((x) => x.kind === 'event-date');
    expect([c?.slots.date?.value, c?.verdict]).toEqual([when, verdict]);
  });

  it.each([
    ['en', 'Putin attended the 22nd anniversary of the Kant air base.', '2003', 'verified'],
    ['en', 'Putin attended the 25th anniversary of the Kant air base.', '2000', 'contradicted'],
    ['ru', 'Путин посетил торжества по случаю 22-летия авиабазы Кант.', '2003', 'verified'],
    ['de', 'Putin besuchte den 30. Jahrestag des Luftwaffenstützpunkts Kant.', '1995', 'contradicted'],
    ['id', 'Putin menghadiri HUT ke-22 pangkalan udara Kant.', '2003', 'verified'],
  ])('an anniversary dates the thing from the article\'s year: %s %s', (lang, body, when, verdict) => {
    const [c] = claimsOf(body, lang, '2025-03-01', FACTS).filter((x) => x.kind === 'event-date');
    expect([c?.slots.date?.value, c?.verdict]).toEqual([when, verdict]);
  });

  it('an anniversary is never counted from a date the sentence writes, nor of a country', () => {
    const cs = claimsOf('They marked the 22nd anniversary of the Kant air base, which opened on 23 October 2003, and of Russian-Kyrgyz ties.', 'en', '2025-03-01', FACTS)
      .filter((x) => x.kind === 'event-date');
    expect(cs.every((c) => c.verdict !== 'contradicted')).toBe(true);
  });

  it('"since 1991" is no event\'s date', () => {
    const cs = claimsOf('The Kant air base opened in 2003, the first base Russia opened abroad since 1991.', 'en', '2025-03-01', FACTS)
      .filter((x) => x.kind === 'event-date');
    expect(cs.map((c) => c.verdict)).toEqual(['verified']);
  });
});

describe('places: named patterns', () => {
  it.each([
    ['en', 'The Kant air base in Kazakhstan hosts Russian jets.', 'in'],
    ['ru', 'Авиабаза Кант в Казахстане принимает самолеты.', 'in'],
    ['en', 'The talks took place in Bishkek, Kazakhstan, on Monday.', 'city'],
    ['id', 'Pertemuan berlangsung di Bishkek, Kazakhstan, pada Senin.', 'city'],
  ])('contradicted: %s', (lang, body, pattern) => {
    const [c] = claimsOf(body, lang, '2025-03-01', FACTS).filter((x) => x.kind === 'place');
    expect([c?.slots.pattern?.value, c?.verdict]).toEqual([pattern, 'contradicted']);
  });

  it.each([
    ['en', 'The Kant air base is located not far from the capital in Kazakhstan.', 'contradicted'],
    ['ru', 'Авиабаза Кант расположена в Казахстане.', 'contradicted'],
    ['de', 'Der Luftwaffenstützpunkt Kant liegt in Kirgisistan.', 'verified'],
    ['id', 'Pangkalan udara Kant terletak di Kazakhstan.', 'contradicted'],
  ])('a verb of location between the thing and its place: %s', (lang, body, verdict) => {
    const [c] = claimsOf(body, lang, '2025-03-01', FACTS).filter((x) => x.kind === 'place');
    expect(c?.verdict).toBe(verdict);
  });

  it.each([
    ['en', 'Kazakhstan hosts the Kant air base.', 'contradicted'],
    ['en', 'Kyrgyzstan hosts the Kant air base.', 'verified'],
    ['de', 'Kasachstan beherbergt den Luftwaffenstützpunkt Kant.', 'contradicted'],
  ])('a host country: %s', (lang, body, verdict) => {
    const [c] = claimsOf(body, lang, '2025-03-01', FACTS).filter((x) => x.kind === 'place');
    expect(c?.verdict).toBe(verdict);
  });

  it.each([
    ['en', 'Leaders met in Bishkek, Kyrgyzstan, on Monday.'],
    ['en', 'He visited Bishkek, Kazakhstan and Uzbekistan last year.'],
    ['id', 'Selain di Bishkek, Kazakhstan menjadi tuan rumah pertemuan.'],
  ])('never a list or the next clause\'s subject: %s', (lang, body) => {
    for (const c of claimsOf(body, lang, '2025-03-01', FACTS).filter((x) => x.kind === 'place')) expect(c.verdict).not.toBe('contradicted');
  });
});

describe('figures: compound amounts and targets in other clauses', () => {
  it('reads "9 миллиардов 279 миллионов долларов" as one figure', () => {
    const [c] = metric('В 2024 году товарооборот России и Киргизии составил 4 миллиарда 100 миллионов долларов.', 'ru');
    expect([c?.slots.value?.value, c?.verdict]).toEqual(['4100000000 USD', 'verified']);
  });

  it('a target in a later clause leaves the figure before it a result', () => {
    const cs = metric('В 2024 году товарооборот России и Киргизии составил около 5 млрд долларов, а цель — 10 млрд долларов.', 'ru');
    expect(cs.map((c) => c.verdict)).toEqual(['contradicted', 'unverifiable']);
  });
});

describe('offices: a tenure\'s first year', () => {
  it.each([
    ['en', 'Sadyr Japarov has been President of Kyrgyzstan since 2021.', 'verified'],
    ['en', 'Sadyr Japarov has been President of Kyrgyzstan since 2019.', 'contradicted'],
    ['en', 'Sadyr Japarov, President of Kyrgyzstan since 2019, spoke.', 'contradicted'],
    ['ru', 'Садыр Жапаров является президентом Киргизии с 2019 года.', 'contradicted'],
    ['de', 'Sadyr Schaparow ist seit 2021 Präsident Kirgisistans.', 'verified'],
  ])('%s: %s', (lang, body, verdict) => {
    const [c] = claimsOf(body, lang, '2025-03-01', FACTS).filter((x) => x.kind === 'office');
    expect(c?.verdict).toBe(verdict);
  });

  it('a "since" before the claim dates something else', () => {
    const [c] = claimsOf('Since 2016, President Sadyr Japarov has visited Moscow five times.', 'en', '2025-03-01', FACTS).filter((x) => x.kind === 'office');
    expect(c?.verdict).toBe('verified');
    expect(c?.slots.since).toBeUndefined();
  });
});

describe('offices: a country name as a noun adjunct (English)', () => {
  it.each([
    ['Uzbekistan President Sadyr Japarov spoke.', 'contradicted'],
    ['Kyrgyzstan President Sadyr Japarov spoke.', 'verified'],
  ])('%s', (body, verdict) => {
    const [c] = claimsOf(body, 'en', '2025-03-01', FACTS).filter((x) => x.kind === 'office');
    expect(c?.verdict).toBe(verdict);
  });

  it('not after a preposition: "a visit to Uzbekistan President X" is two phrases', () => {
    const [c] = claimsOf('During a visit to Uzbekistan President Sadyr Japarov spoke.', 'en', '2025-03-01', FACTS).filter((x) => x.kind === 'office');
    expect(c?.verdict).toBe('verified');
    expect(c?.slots.of).toBeUndefined();
  });
});

describe('offices: subordinates and stances name no holder', () => {
  it.each([
    ['en', 'Deputy Prime Minister Akylbek Japarov spoke.'],
    ['ru', 'Помощник президента России Акылбек Жапаров выступил.'],
    ['de', 'Kirgisistans pro-russischer Präsident Sadyr Schaparow sprach.'],
    ['en', 'During his talks with Putin, the Kazakh president spoke of trade.'],
  ])('%s: %s', (lang, body) => {
    for (const c of claimsOf(body, lang, '2025-03-01', FACTS).filter((x) => x.kind === 'office')) expect(c.verdict).not.toBe('contradicted');
  });
});
