import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../src/language/periods.js';
import { findDates } from '../../src/language/dates.js';

const ARTICLE = '2025-11-26';

/** [text of span, period, relative] for every period found. */
function periods(text: string, lang: string, articleDate: string | undefined = ARTICLE): Array<[string, string, boolean]> {
  return findPeriods(text, lang, articleDate).map((p) => [text.slice(p.span.start, p.span.end), p.period, p.relative]);
}

type Case = [lang: string, text: string, raw: string, period: string, relative: boolean];

function table(name: string, cases: Case[]): void {
  describe(name, () => {
    for (const [lang, text, raw, period, relative] of cases) {
      it(`${lang}: ${text}`, () => {
        expect(periods(text, lang)).toEqual([[raw, period, relative]]);
      });
    }
  });
}

table('findPeriods: explicit years', [
  ['en', 'Trade grew in 2024 as planned.', 'in 2024', '2024', false],
  ['en', 'In the year 2019 the base expanded.', 'In the year 2019', '2019', false],
  ['ru', 'Товарооборот вырос в 2024 году.', 'в 2024 году', '2024', false],
  ['ru', 'Данные за 2024 г. опубликованы.', 'за 2024 г.', '2024', false],
  ['ru', 'Итоги 2023г. подведены.', '2023г.', '2023', false],
  ['de', 'Im Jahr 2024 stieg der Handel.', 'Im Jahr 2024', '2024', false],
  ['de', 'Der Handel erreichte 2024 einen Rekord.', '2024', '2024', false],
  ['id', 'Perdagangan naik pada tahun 2024.', 'pada tahun 2024', '2024', false],
  ['id', 'Data tahun 2022 menunjukkan kenaikan.', 'tahun 2022', '2022', false],
]);

table('findPeriods: halves and quarters', [
  ['en', 'Sales fell in the first half of 2025.', 'in the first half of 2025', '2025-H1', false],
  ['en', 'Profit doubled in Q3 2024.', 'in Q3 2024', '2024-Q3', false],
  ['en', 'Output slowed in the third quarter.', 'in the third quarter', '2025-Q3', true],
  ['en', 'Costs rose in the first half of this year.', 'in the first half of this year', '2025-H1', true],
  ['en', 'H2 2023 was weaker.', 'H2 2023', '2023-H2', false],
  ['ru', 'Рост в первом полугодии 2025 года составил 14%.', 'в первом полугодии 2025 года', '2025-H1', false],
  ['ru', 'Спад пришёлся на третьем квартале.', 'на третьем квартале', '2025-Q3', true],
  ['ru', 'Во втором полугодии прошлого года спрос упал.', 'Во втором полугодии прошлого года', '2024-H2', true],
  ['ru', 'Итоги за I квартал 2024 года.', 'за I квартал 2024 года', '2024-Q1', false],
  ['de', 'Im ersten Halbjahr 2025 legte der Handel zu.', 'Im ersten Halbjahr 2025', '2025-H1', false],
  ['de', 'Im dritten Quartal 2024 sank die Nachfrage.', 'Im dritten Quartal 2024', '2024-Q3', false],
  ['de', 'im zweiten Halbjahr des vergangenen Jahres', 'im zweiten Halbjahr des vergangenen Jahres', '2024-H2', true],
  ['id', 'Ekspor naik pada semester pertama 2025.', 'pada semester pertama 2025', '2025-H1', false],
  ['id', 'Impor turun pada semester pertama tahun ini.', 'pada semester pertama tahun ini', '2025-H1', true],
  ['id', 'Pada kuartal III 2024 laba naik.', 'Pada kuartal III 2024', '2024-Q3', false],
]);

table('findPeriods: first months and month ranges', [
  ['en', 'Exports from January to September rose.', 'from January to September', '2025-01..2025-09', true],
  ['en', 'In the first nine months of 2024 trade grew.', 'In the first nine months of 2024', '2024-01..2024-09', false],
  ['ru', 'за январь–сентябрь объём вырос', 'за январь–сентябрь', '2025-01..2025-09', true],
  ['ru', 'в январе-сентябре 2024 года', 'в январе-сентябре 2024 года', '2024-01..2024-09', false],
  ['ru', 'с января по сентябрь прошлого года', 'с января по сентябрь прошлого года', '2024-01..2024-09', true],
  ['ru', 'за девять месяцев 2025 года', 'за девять месяцев 2025 года', '2025-01..2025-09', false],
  ['de', 'von Januar bis September stiegen die Exporte', 'von Januar bis September', '2025-01..2025-09', true],
  ['de', 'in den ersten neun Monaten 2024', 'in den ersten neun Monaten 2024', '2024-01..2024-09', false],
  ['id', 'Januari hingga September ekspor naik', 'Januari hingga September', '2025-01..2025-09', true],
  ['id', 'sejak Oktober 2021 hingga Desember 2024', 'sejak Oktober 2021 hingga Desember 2024', '2021-10..2024-12', false],
  ['en', 'Sales from November to February fell.', 'from November to February', '2024-11..2025-02', true],
]);

table('findPeriods: months', [
  ['en', 'Prices fell in May 2024.', 'in May 2024', '2024-05', false],
  ['en', 'The deal closed in March.', 'in March', '2025-03', true],
  ['ru', 'в мае прошлого года', 'в мае прошлого года', '2024-05', true],
  ['de', 'seit Januar 2023 im Amt', 'seit Januar 2023', '2023-01', false],
  ['id', 'pada Desember 1991', 'pada Desember 1991', '1991-12', false],
]);

table('findPeriods: relative years', [
  ['en', 'Trade grew last year.', 'last year', '2024', true],
  ['en', 'This year the target is higher.', 'This year', '2025', true],
  ['en', 'Talks resume next year.', 'next year', '2026', true],
  ['ru', 'В прошлом году рост составил 13,6%.', 'В прошлом году', '2024', true],
  ['ru', 'в этом году', 'в этом году', '2025', true],
  ['ru', 'в следующем году', 'в следующем году', '2026', true],
  ['de', 'im letzten Jahr', 'im letzten Jahr', '2024', true],
  ['de', 'Im vergangenen Jahr wuchs der Handel.', 'Im vergangenen Jahr', '2024', true],
  ['de', 'Der Wert liegt über dem Vorjahr.', 'Vorjahr', '2024', true],
  ['de', 'Das Ziel dieses Jahres ist höher.', 'dieses Jahres', '2025', true],
  ['de', 'In diesem Jahr sinkt er.', 'In diesem Jahr', '2025', true],
  ['de', 'Nächstes Jahr folgt ein Gipfel.', 'Nächstes Jahr', '2026', true],
  ['id', 'Tahun lalu perdagangan tumbuh.', 'Tahun lalu', '2024', true],
  ['id', 'Target tahun ini lebih tinggi.', 'tahun ini', '2025', true],
  ['id', 'KTT berikutnya tahun depan.', 'tahun depan', '2026', true],
]);

describe('findPeriods: what is not a period', () => {
  it('years inside full dates belong to the date', () => {
    expect(periods('signed on 8 May 2023 in Moscow', 'en')).toEqual([]);
    expect(periods('подписан 27 июля 2000 года', 'ru')).toEqual([]);
  });

  it('a bare number outside 1900–2100 is no year, one with a year word is', () => {
    expect(periods('about 1850 troops', 'en')).toEqual([]);
    expect(periods('в 1850 году', 'ru')).toEqual([['в 1850 году', '1850', false]]);
  });

  it('a lowercase "may" with no lead is no month; a month alone needs a lead', () => {
    expect(periods('prices may rise', 'en')).toEqual([]);
    expect(periods('March was cold', 'en')).toEqual([]);
  });

  it('relative periods need an article date; explicit ones do not', () => {
    const text = 'last year and in 2024';
    expect(findPeriods(text, 'en').map((p) => [text.slice(p.span.start, p.span.end), p.period])).toEqual([['in 2024', '2024']]);
  });

  it('year ranges', () => {
    expect(periods('the plan for 2026–2030', 'en')).toEqual([['for 2026–2030', '2026-01..2030-12', false]]);
    expect(periods('на 2026–2030 годы', 'ru')).toEqual([['на 2026–2030 годы', '2026-01..2030-12', false]]);
  });
});

describe('findPeriods: dates found by the caller', () => {
  it('gives the periods it finds with its own date search, and a year inside a given date is no period', () => {
    const text = 'Turnover in 2024 was higher than on 8 May 2023, the first half of 2022 excepted.';
    const own = findPeriods(text, 'en', ARTICLE);
    expect(findPeriods(text, 'en', ARTICLE, findDates(text, 'en'))).toEqual(own);
    expect(own.map((p) => p.period)).toEqual(['2024', '2022-H1']);
    // Without the date, its month and year read as a period: the list handed in is what masks it.
    expect(findPeriods(text, 'en', ARTICLE, []).map((p) => p.period)).toEqual(['2024', '2023-05', '2022-H1']);
  });
});
