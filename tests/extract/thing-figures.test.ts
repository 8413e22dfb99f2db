// A figure of a property the fact set gives no value of is compared across articles only when
// both bind it to the same subject. Counts and amounts of one thing or event ("6 heads of state
// attended the summit", "the fund, worth $5 billion") have no country to be of: the thing the
// sentence names, calls by its head noun or calls "the event" is their subject.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf, lintArticles } from '../helpers.js';

// The fixture: the Central Asia–China summit in Astana on 10–11 June 2024, the Astana Energy Forum
// on 11–12 June, Kazakh-Chinese talks on 12 June, a railway and a fund; counts of heads of state,
// documents signed and the fund's size have no statement (cross-article only).
const SET = fileURLToPath(new URL('../fixtures/factsets/thing-figures.json', import.meta.url));

/** The cross-article diagnostics of a run over the articles, as "file:value". */
function crossFlags(articles: Array<[name: string, date: string, body: string]>): string[] {
  return lintArticles(articles, SET)
    .flatMap((r) => r.messages.filter((m) => m.ruleId === 'cross-article').map((m) => `${path.basename(r.filePath)}:${/this article says ([^,]+),/u.exec(m.message)?.[1]}`))
    .sort();
}

const subjectsOf = (text: string, lang: string, date = '2024-06-11') =>
  claimsOf(text, lang, date, SET).filter((c) => c.kind === 'metric').map((c) => `${c.slots.property?.value}=${c.slots.subjects?.value}`);

describe('a count of the article\'s event: "the event", «мероприятие», a head noun', () => {
  const OPEN: Record<string, string> = {
    ru: 'В Астане открылся саммит Центральная Азия – Китай.',
    ky: 'Астанада Борбор Азия – Кытай саммити ачылды.',
    en: 'The Central Asia–China summit opened in Astana on Monday.',
    de: 'In Astana hat der Zentralasien-China-Gipfel begonnen.',
    fr: 'Le sommet Asie centrale-Chine s\'est ouvert lundi à Astana.',
    es: 'La cumbre Asia Central-China se inauguró el lunes en Astaná.',
    id: 'KTT Asia Tengah-China dibuka di Astana pada Senin.',
  };
  it.each([
    ['ru', 'В мероприятии приняли участие 5 глав государств.'],
    ['ky', 'Саммитке 5 мамлекет башчысы катышты.'],
    ['ky', 'Иш-чарага 5 мамлекет башчысы катышты.'],
    ['en', 'The event brought together 5 heads of state.'],
    ['de', 'An der Veranstaltung nahmen 5 Staatschefs teil.'],
    ['fr', 'L\'événement a réuni 5 chefs d\'État.'],
    ['es', 'El evento reunió a 5 jefes de Estado.'],
    ['id', 'Acara tersebut dihadiri 5 kepala negara.'],
  ])('%s: "%s" is the summit\'s, and disagrees with another article\'s 6', (lang, text) => {
    expect(subjectsOf(`${OPEN[lang]} ${text}`, lang)).toEqual(['heads-of-state=cac-summit']);
    expect(crossFlags([
      [`a.${lang}.md`, '2024-06-11', `${OPEN[lang]} ${text}`],
      ['b.en.md', '2024-06-12', `${OPEN.en} The event brought together 6 heads of state.`],
    ])).toEqual([`a.${lang}.md:5`, 'b.en.md:6']);
  });
  it('the same count in two articles: no diagnostic', () => {
    expect(crossFlags([
      ['a.ru.md', '2024-06-11', `${OPEN.ru} В мероприятии приняли участие 6 глав государств.`],
      ['b.ky.md', '2024-06-11', `${OPEN.ky} Саммитке 6 мамлекет башчысы катышты.`],
    ])).toEqual([]);
  });
  it('the majority is not flagged, the outlier is', () => {
    expect(crossFlags([
      ['a.ru.md', '2024-06-11', `${OPEN.ru} В мероприятии приняли участие 6 глав государств.`],
      ['b.en.md', '2024-06-11', `${OPEN.en} The event brought together 6 heads of state.`],
      ['c.de.md', '2024-06-12', `${OPEN.de} An der Veranstaltung nahmen 4 Staatschefs teil.`],
    ])).toEqual(['c.de.md:4']);
  });
});

describe('traps: another event, a head of an event the article never names, two things', () => {
  it('"the event" of an article on the energy forum is the forum: not compared with the summit', () => {
    expect(subjectsOf('В Астане открылся Астанинский энергетический форум. В мероприятии приняли участие 3 главы государств.', 'ru')).toEqual(['heads-of-state=energy-forum']);
    expect(crossFlags([
      ['a.ru.md', '2024-06-11', 'В Астане открылся Астанинский энергетический форум. В мероприятии приняли участие 3 главы государств.'],
      ['b.en.md', '2024-06-11', 'The Central Asia–China summit opened in Astana. The event brought together 6 heads of state.'],
    ])).toEqual([]);
  });
  it('an article naming two events of its days: "the event" is neither', () => {
    expect(subjectsOf('В Астане прошли саммит Центральная Азия – Китай и Астанинский энергетический форум. В мероприятии приняли участие 3 главы государств.', 'ru'))
      .toEqual(['heads-of-state=']);
  });
  it('"the talks" near the article\'s date, never named in it, bind no figure', () => {
    // Kazakh-Chinese talks on 12 June are in the fact set; the article names only the summit.
    expect(subjectsOf('В Астане открылся саммит Центральная Азия – Китай. По итогам переговоров подписано 17 документов.', 'ru')).toEqual(['documents-signed=']);
  });
  it('a head noun of the article\'s own event binds: "at the summit … 20 documents"', () => {
    expect(subjectsOf('The Central Asia–China summit opened in Astana. At the summit the leaders signed 20 documents.', 'en')).toEqual(['documents-signed=cac-summit']);
  });
  it('a clause naming two things binds to neither', () => {
    expect(subjectsOf('The Central Asia–China summit and the Astana Energy Forum brought together 9 heads of state.', 'en')).toEqual(['heads-of-state=']);
  });
  it('a country named with the figure keeps the figure the country\'s, not the event\'s', () => {
    expect(subjectsOf('The Central Asia–China summit opened in Astana. Kazakhstan signed 20 documents there.', 'en')).toEqual(['documents-signed=kazakhstan']);
  });
});

describe('an amount of one thing speaks of the article\'s date: no period needed', () => {
  it('en and de: the fund\'s size is compared', () => {
    expect(subjectsOf('Leaders launched the Silk Corridor Fund, worth $5 billion, in Astana.', 'en', '2024-06-12')).toEqual(['fund-size=silk-fund']);
    expect(crossFlags([
      ['a.en.md', '2024-06-12', 'Leaders launched the Silk Corridor Fund, worth $5 billion, in Astana.'],
      ['b.ru.md', '2024-06-13', 'Лидеры учредили Фонд Шёлкового коридора объёмом 4 млрд долларов.'],
    ])).toEqual(['a.en.md:$5 billion', 'b.ru.md:4 млрд долларов']);
  });
  it('an amount of countries still needs its period written', () => {
    const c = claimsOf('Kazakhstan and China agreed on a fund worth $5 billion.', 'en', '2024-06-12', SET).filter((x) => x.kind === 'metric');
    expect(c.map((x) => x.verdict)).toEqual(['unverifiable']);
    expect(c[0]?.reason).toMatch(/no period/u);
  });
});

describe('Kyrgyz: a name\'s head noun is read without its possessive ending', () => {
  // «Борбор Азия – Кытай саммити»: the head «саммити» is «саммит» alone, as in «саммитке», «саммитте».
  it.each([
    ['Саммитке 5 мамлекет башчысы катышты.'],
    ['Саммитте 5 мамлекет башчысы сүйлөдү.'],
  ])('«%s»', (text) => {
    expect(subjectsOf(`Астанада Борбор Азия – Кытай саммити ачылды. ${text}`, 'ky')).toEqual(['heads-of-state=cac-summit']);
  });
});

describe('measures of things: km, MW, tonnes, cubic metres read as units in every language', () => {
  // The fixture: the Kambar-Ata-1 plant's capacity is 1,860 "megawatts" (read as MW); the
  // railway's length has no statement.
  const metric = (text: string, lang: string) =>
    claimsOf(text, lang, '2024-06-12', SET).filter((c) => c.kind === 'metric').map((c) => `${c.slots.value?.value}:${c.slots.subjects?.value}:${c.verdict}`);
  it.each([
    ['en', 'The Kambar-Ata-1 hydropower plant will have a capacity of 1,860 megawatts.', '1860 MW:kambarata:verified'],
    ['en', 'The Kambar-Ata-1 hydropower plant will have a capacity of 2,000 MW.', '2000 MW:kambarata:contradicted'],
    ['ru', 'Камбаратинская ГЭС-1 мощностью 2000 МВт будет построена к 2030 году.', '2000 MW:kambarata:contradicted'],
    ['de', 'Das Wasserkraftwerk Kambar-Ata-1 soll eine Leistung von 1,86 Gigawatt haben.', '1860 MW:kambarata:verified'],
    ['de', 'Das Wasserkraftwerk Kambar-Ata-1 soll eine Leistung von 2,4 Gigawatt haben.', '2400 MW:kambarata:contradicted'],
  ])('%s: %s', (lang, text, expected) => {
    expect(metric(text, lang)).toEqual([expected]);
  });
  it.each([
    ['en', 'The 1,860-megawatt Kambar-Ata-1 hydropower plant will be built by 2030.', '1860 MW:kambarata:verified'],
    ['en', 'The 2,000-megawatt Kambar-Ata-1 hydropower plant will be built by 2030.', '2000 MW:kambarata:contradicted'],
    ['en', 'The 454-km China–Kyrgyzstan–Uzbekistan railway will be built by 2030.', '454 km:ckr-railway:unverifiable'],
    ['ru', 'Президенты обсудили строительство 454-километровой железной дороги Китай — Киргизия — Узбекистан.', '454 km:ckr-railway:unverifiable'],
    ['en', 'The summit backed the 454-km China–Kyrgyzstan–Uzbekistan railway, which Chinese, Kazakh and Russian firms may help build.', '454 km:ckr-railway:unverifiable'],
  ])('a measure hyphened onto its number ("a 77-kilometre pipeline"), %s: %s', (lang, text, expected) => {
    expect(metric(text, lang)).toEqual([expected]);
  });
  it('a hyphened measure of a noun the set does not name is no named thing\'s (a part, a unit)', () => {
    const subjectsOfMetric = (text: string) => claimsOf(text, 'en', '2024-06-12', SET).filter((c) => c.kind === 'metric')
      .map((c) => `${c.slots.value?.value}:${c.slots.subjects?.bound}:${c.verdict}`);
    expect(subjectsOfMetric('Workers completed a 30-km section of the China–Kyrgyzstan–Uzbekistan railway.')).toEqual(['30 km:context:unverifiable']);
    expect(subjectsOfMetric('The 1,860-megawatt Kambar-Ata-1 hydropower plant will get a 500-megawatt unit first.'))
      .toEqual(['1860 MW:text:verified', '500 MW:context:unverifiable']);
    // Without a hyphen the unit names no property: a distance is no length.
    expect(subjectsOfMetric('The China–Kyrgyzstan–Uzbekistan railway will run 30 km from the border.')).toEqual([]);
  });
  it('two articles disagree on a length one writes hyphened', () => {
    expect(crossFlags([
      ['a.en.md', '2024-06-11', 'Leaders discussed the 454-km China–Kyrgyzstan–Uzbekistan railway.'],
      ['b.ru.md', '2024-06-12', 'Президенты обсудили строительство железной дороги Китай — Киргизия — Узбекистан протяжённостью 523 км.'],
    ])).toEqual(['a.en.md:454-km', 'b.ru.md:523 км']);
  });
  it('a year-like number with its unit is a measure, not the figure\'s year', () => {
    const c = claimsOf('Камбаратинская ГЭС-1 мощностью 2000 МВт введена в строй.', 'ru', '2024-06-12', SET).filter((x) => x.kind === 'metric');
    expect(c.map((x) => x.slots.period?.value)).toEqual(['2024']);
  });
  it('a length is the thing\'s, not the countries\' its name holds; a speed is no length', () => {
    expect(metric('The China–Kyrgyzstan–Uzbekistan railway will be 454 km long, and trains will run at up to 120 km/h.', 'en')).toEqual(['454 km:ckr-railway:unverifiable']);
    expect(metric('Президенты обсудили строительство железной дороги Китай — Киргизия — Узбекистан протяжённостью 454 км.', 'ru')).toEqual(['454 km:ckr-railway:unverifiable']);
    // «чакырым», the Kyrgyz press's word for a kilometre (blind region 12 wrote it).
    expect(metric('Кытай – Кыргызстан – Өзбекстан темир жолунун узундугу 454 чакырым болот.', 'ky')).toEqual(['454 km:ckr-railway:unverifiable']);
  });
  it('the summit named before the railway in one clause leaves the length the railway\'s', () => {
    expect(metric('На полях саммита Центральная Азия – Китай президенты обсудили строительство железной дороги Китай — Киргизия — Узбекистан протяжённостью 454 км.', 'ru'))
      .toEqual(['454 km:ckr-railway:unverifiable']);
  });
  it('two articles on the railway\'s length disagree; a part of it in one country is no second length', () => {
    expect(crossFlags([
      ['a.ru.md', '2024-06-11', 'Президенты обсудили строительство железной дороги Китай — Киргизия — Узбекистан протяжённостью 454 км.'],
      ['b.ky.md', '2024-06-12', 'Кытай – Кыргызстан – Өзбекстан темир жолу боюнча макулдашууга кол коюлду. Темир жолдун жалпы узундугу 523 километр болот, анын 280 километрге жакыны Кыргызстандын аймагы аркылуу өтөт.'],
    ])).toEqual(['a.ru.md:454 км', 'b.ky.md:523 километр']);
  });
  it('a magnitude\'s "Mw" is no megawatt', async () => {
    const { canonicalUnit } = await import('../../src/facts/kinds.js');
    expect([canonicalUnit('Mw'), canonicalUnit('megawatts'), canonicalUnit('MW'), canonicalUnit('Kilometres'), canonicalUnit('tonnes'), canonicalUnit('USD')]).toEqual(['Mw', 'MW', 'MW', 'km', 't', 'USD']);
  });
});
