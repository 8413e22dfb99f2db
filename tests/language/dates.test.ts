import { describe, expect, it } from 'vitest';
import { findDates, isoDate, weekdayOf, type CalendarDate, type DateMention } from '../../src/language/dates.js';

function dates(text: string, lang: string, articleDate?: string): CalendarDate[] {
  return findDates(text, lang, articleDate).filter((d): d is CalendarDate => d.kind === 'date');
}

function oneDate(text: string, lang: string, articleDate?: string): CalendarDate {
  const all = dates(text, lang, articleDate);
  expect(all, JSON.stringify(all)).toHaveLength(1);
  return all[0]!;
}

const slice = (text: string, s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);

describe('findDates: day and month', () => {
  const cases: Array<[string, string, number, number, number | undefined, string]> = [
    ['en', 'They met on 8 May in the capital.', 5, 8, undefined, '8 May'],
    ['en', 'They met on May 8 in the capital.', 5, 8, undefined, 'May 8'],
    ['en', 'signed on 8 May 2023 in Moscow', 5, 8, 2023, '8 May 2023'],
    ['en', 'signed on May 8, 2023, in Moscow', 5, 8, 2023, 'May 8, 2023'],
    ['en', 'due by the 3rd of June', 6, 3, undefined, '3rd of June'],
    ['ru', 'встреча 8 мая в Кремле', 5, 8, undefined, '8 мая'],
    ['ru', 'подписан 20 марта 1992 года', 3, 20, 1992, '20 марта 1992 года'],
    ['ru', 'открыт 23 октября 2003 г. под Бишкеком', 10, 23, 2003, '23 октября 2003 г.'],
    ['de', 'am 8. Mai in Moskau', 5, 8, undefined, '8. Mai'],
    ['de', 'seit dem 1. Januar 2026 im Amt', 1, 1, 2026, '1. Januar 2026'],
    ['id', 'pada 20 Maret 1992 kedua negara', 3, 20, 1992, '20 Maret 1992'],
    ['id', 'berlangsung 13 Oktober di Bishkek', 10, 13, undefined, '13 Oktober'],
  ];
  for (const [lang, text, month, day, year, raw] of cases) {
    it(`${lang}: ${text}`, () => {
      const d = oneDate(text, lang);
      expect([d.month, d.day, d.yearExplicit ? d.year : undefined]).toEqual([month, day, year]);
      expect(slice(text, d.span)).toBe(raw);
      expect(d.yearExplicit).toBe(year !== undefined);
    });
  }

  it('numeric dates: ISO everywhere, d.m.y in ru and de, d.m. in de', () => {
    expect(oneDate('Stand: 2023-10-12', 'en').resolved).toBe('2023-10-12');
    expect(oneDate('Сделка закрыта 12.10.2023 года.', 'ru').resolved).toBe('2023-10-12');
    const d = oneDate('Treffen am 12.10. in Bischkek', 'de', '2023-09-30');
    expect([d.day, d.month, d.year, d.yearExplicit]).toEqual([12, 10, 2023, false]);
  });

  it('a day range gives both days in the same month and year', () => {
    const cases: Array<[string, string, string[], string[]]> = [
      ['ru', 'визит 7–9 мая 2023 года', ['2023-05-07', '2023-05-09'], ['7', '9 мая 2023 года']],
      ['de', 'vom 7.–9. Mai 2023', ['2023-05-07', '2023-05-09'], ['7.', '9. Mai 2023']],
      ['en', 'the 25-27 November visit', ['2025-11-25', '2025-11-27'], ['25', '27 November']],
      ['id', 'kunjungan 25–27 November', ['2025-11-25', '2025-11-27'], ['25', '27 November']],
      // Day suffixes and blanks around the dash: the second day is found after them.
      ['en', 'the 25th–27th November visit', ['2025-11-25', '2025-11-27'], ['25th', '27th November']],
      ['en', 'on 3 - 5 May', ['2025-05-03', '2025-05-05'], ['3', '5 May']],
    ];
    for (const [lang, text, resolved, raws] of cases) {
      const ds = dates(text, lang, '2025-11-20');
      expect(ds.map((d) => d.resolved), text).toEqual(resolved);
      expect(ds.map((d) => slice(text, d.span)), text).toEqual(raws);
    }
  });

  it('a lowercase "may" is no month in English', () => {
    expect(dates('prices may 8 times rise', 'en')).toEqual([]);
  });

  it('a decimal before a month is no day ("1.8 May")', () => {
    expect(dates('a 1.8 May figure', 'en').map((d) => d.day)).toEqual([]);
  });
});

describe('findDates: weekdays merged with their dates', () => {
  const cases: Array<[string, string, number, string, string]> = [
    ['en', 'Talks began on Monday, 8 May, at noon.', 1, 'Monday', 'Monday, 8 May'],
    ['en', 'on Tuesday, May 9, the parade', 2, 'Tuesday', 'Tuesday, May 9'],
    ['ru', 'Переговоры пройдут в понедельник, 8 мая.', 1, 'понедельник', 'понедельник, 8 мая'],
    ['ru', 'Главный день — среда, 26 ноября.', 3, 'среда', 'среда, 26 ноября'],
    ['de', 'am Montag, dem 8. Mai, in Moskau', 1, 'Montag', 'Montag, dem 8. Mai'],
    ['de', 'Montag, 8. Mai 2023: Ankunft', 1, 'Montag', 'Montag, 8. Mai 2023'],
    ['id', 'Pertemuan digelar Senin (8/5) di Moskow.', 1, 'Senin', 'Senin (8/5)'],
    ['id', 'KTT pada Kamis (26/11) pagi', 4, 'Kamis', 'Kamis (26/11)'],
    ['id', 'Jumat (13/10) lalu', 5, 'Jumat', 'Jumat (13/10)'],
    ['id', 'pada Kamis, 26 November', 4, 'Kamis', 'Kamis, 26 November'],
  ];
  for (const [lang, text, weekday, wdText, raw] of cases) {
    it(`${lang}: ${text}`, () => {
      const d = oneDate(text, lang, '2023-05-01');
      expect(d.weekday).toBe(weekday);
      expect(slice(text, d.weekdaySpan)).toBe(wdText);
      expect(slice(text, d.span)).toBe(raw);
      expect(d.span.start).toBe(d.weekdaySpan!.start);
      expect(d.span.end).toBe(d.dateSpan.end);
    });
  }

  it('a weekday far from a date stays apart', () => {
    const all = findDates('On Monday the envoy said talks on 9 May would go ahead.', 'en', '2023-05-05');
    expect(all.map((d) => d.kind)).toEqual(['weekday', 'date']);
    const date = all[1] as CalendarDate;
    expect(date.weekday).toBeUndefined();
  });
});

describe('findDates: year resolution', () => {
  it('takes an explicit year as written', () => {
    const d = oneDate('on 8 May 2021', 'en', '2025-11-26');
    expect(d.year).toBe(2021);
    expect(d.resolved).toBe('2021-05-08');
  });

  it("takes the article's year when the text gives none", () => {
    const d = oneDate('в среду, 26 ноября', 'ru', '2025-11-24');
    expect([d.year, d.yearExplicit, d.resolved, d.weekday]).toEqual([2025, false, '2025-11-26', 3]);
  });

  it('reads a date just across the turn of the year in the neighbouring year', () => {
    expect(oneDate('on 28 December', 'en', '2024-01-03').resolved).toBe('2023-12-28');
    expect(oneDate('am 2. Januar', 'de', '2023-12-20').resolved).toBe('2024-01-02');
    // Further away the article's year stands, in either direction.
    expect(oneDate('on 15 November', 'en', '2024-03-10').resolved).toBe('2024-11-15');
    expect(oneDate('8 мая', 'ru', '2024-05-21').resolved).toBe('2024-05-08');
  });

  it('leaves the year out without an article date, and never resolves an impossible date', () => {
    const d = oneDate('am 8. Mai', 'de');
    expect(d.year).toBeUndefined();
    expect(d.resolved).toBeUndefined();
    expect(oneDate('on 30 February', 'en', '2023-01-01').resolved).toBeUndefined();
  });

  it('weekdayOf and isoDate', () => {
    expect(weekdayOf('2023-05-08')).toBe(1);
    expect(weekdayOf('2025-11-30')).toBe(7);
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeUndefined();
  });
});

describe('findDates: bare weekdays', () => {
  const cases: Array<[string, string, number, string]> = [
    ['en', 'The summit opens on Thursday.', 4, 'Thursday'],
    ['ru', 'Саммит откроется в среду.', 3, 'среду'],
    ['de', 'Der Gipfel beginnt am Freitag.', 5, 'Freitag'],
    ['id', 'KTT dibuka pada Kamis.', 4, 'Kamis'],
  ];
  for (const [lang, text, weekday, raw] of cases) {
    it(`${lang}: ${text}`, () => {
      const all: DateMention[] = findDates(text, lang, '2025-11-24');
      expect(all).toHaveLength(1);
      expect(all[0]).toMatchObject({ kind: 'weekday', weekday });
      expect(slice(text, all[0]!.span)).toBe(raw);
    });
  }

  it('a weekday word with no lead is not taken ("среда" as "environment")', () => {
    expect(findDates('Деловая среда меняется.', 'ru')).toEqual([]);
    expect(findDates('Minggu depan ada rapat.', 'id')).toEqual([]);
  });
});

describe('findDates: a weekday after its date', () => {
  // The span covers both, so a report underlines the date and its weekday (it was empty before).
  it.each([
    ['ky', 'Президенттер 10-мартта, шейшемби күнү жолугушту.', '10-мартта, шейшемби'],
    ['en', 'They met on 9 May 2023, a Tuesday, in Moscow.', '9 May 2023, a Tuesday'],
  ])('%s', (lang, text, spanned) => {
    const d = findDates(text, lang, '2025-03-11').find((x) => x.kind === 'date' && x.weekday !== undefined);
    expect(d && text.slice(d.span.start, d.span.end)).toBe(spanned);
  });
});
