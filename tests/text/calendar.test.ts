import { describe, expect, it } from 'vitest';
import { availableLangs, loadPack } from '../../src/language/pack.js';
import { packProblems } from '../../src/language/pack-schema.js';
import { calendarPattern, monthIndex, relativeDayOffset, weekdayForms } from '../../src/language/calendar.js';
import { findDates } from '../../src/language/dates.js';

const LANGS = ['de', 'en', 'id', 'ru'];

describe('language packs', () => {
  it('lists the languages that have calendar data', () => {
    expect(availableLangs('calendar')).toEqual(expect.arrayContaining(LANGS));
    expect(availableLangs('no-such-topic')).toEqual([]);
  });

  it('returns undefined for unknown languages and path-like codes', () => {
    expect(loadPack('xx', 'calendar')).toBeUndefined();
    expect(loadPack('../en', 'calendar')).toBeUndefined();
    expect(loadPack('en', '../calendar')).toBeUndefined();
  });

  it('caches: the same object comes back', () => {
    expect(loadPack('en', 'calendar')).toBe(loadPack('en', 'calendar'));
  });

  it('every calendar.json matches the schema and has no form in two months or weekdays', () => {
    for (const lang of availableLangs('calendar')) {
      const pack = loadPack<{ months: string[][]; weekdays: string[][] }>(lang, 'calendar');
      expect(packProblems(pack, 'calendar'), lang).toEqual([]);
      for (const groups of [pack!.months, pack!.weekdays]) {
        const seen = new Map<string, number>();
        groups.forEach((forms, i) => {
          for (const f of forms) {
            const k = f.toLowerCase().replace(/ё/g, 'е').replace(/\.$/, '');
            expect(seen.get(k) ?? i, `${lang}: "${f}" in two groups`).toBe(i);
            seen.set(k, i);
          }
        });
      }
    }
  });
});

describe('abbreviations.json', () => {
  it('every file matches the schema', () => {
    expect(availableLangs('abbreviations')).toEqual(expect.arrayContaining(LANGS));
    for (const lang of availableLangs('abbreviations')) {
      expect(packProblems(loadPack(lang, 'abbreviations'), 'abbreviations'), lang).toEqual([]);
    }
  });
});

describe('monthIndex', () => {
  it.each([
    ['ru', 'января', 1], ['ru', 'Мая', 5], ['ru', 'в мае'.slice(2), 5], ['ru', 'январём', 1], ['ru', 'сент.', 9], ['ru', 'дек', 12],
    ['de', 'Jänner', 1], ['de', 'März', 3], ['de', 'Okt.', 10], ['de', 'DEZEMBER', 12],
    ['id', 'Januari', 1], ['id', 'Agustus', 8], ['id', 'Okt', 10], ['id', 'Desember', 12],
    ['en', 'January', 1], ['en', 'jan.', 1], ['en', 'Sept.', 9], ['en', 'May', 5],
  ])('%s %s → %i', (lang, word, n) => {
    expect(monthIndex(lang, word)).toBe(n);
  });

  it('rejects non-months and unknown languages', () => {
    expect(monthIndex('en', 'Janet')).toBeUndefined();
    expect(monthIndex('ru', 'мама')).toBeUndefined();
    expect(monthIndex('xx', 'January')).toBeUndefined();
  });
});

describe('weekday words in text', () => {
  // A bare weekday after a lead word ("on", "в", "am", "pada") is found with its ISO weekday.
  const LEAD: Record<string, string> = { en: 'on', ru: 'в', de: 'am', id: 'pada' };
  const weekdayIn = (lang: string, word: string) => findDates(`${LEAD[lang]} ${word}`, lang).find((d) => d.kind === 'weekday')?.weekday;

  it.each([
    ['ru', 'понедельник', 1], ['ru', 'среду', 3], ['ru', 'пятницу', 5], ['ru', 'субботу', 6], ['ru', 'воскресенье', 7],
    ['de', 'Montag', 1], ['de', 'Montags', 1], ['de', 'Sonnabend', 6], ['de', 'Sonntag', 7],
    ['id', 'Senin', 1], ['id', 'Kamis', 4], ['id', "Jum'at", 5], ['id', 'Jumat', 5], ['id', 'Jumʼat', 5], ['id', 'Ahad', 7],
    ['en', 'Monday', 1], ['en', 'Mon.', 1], ['en', 'Thurs.', 4], ['en', 'Sunday', 7],
  ])('%s %s → %i', (lang, word, n) => {
    expect(weekdayIn(lang, word)).toBe(n);
  });

  it('leaves out abbreviations that are ordinary words, and weekdays in lower case where the language capitalises them', () => {
    expect(weekdayIn('en', 'Sun.')).toBeUndefined();
    expect(weekdayIn('de', 'So.')).toBeUndefined();
    expect(weekdayIn('ru', 'ср.')).toBeUndefined();
    expect(weekdayIn('de', 'montags')).toBeUndefined();
    expect(weekdayIn('en', 'thursday')).toBeUndefined();
  });
});

describe('relativeDayOffset', () => {
  it('maps relative words to day offsets', () => {
    expect(relativeDayOffset('ru', 'вчера')).toBe(-1);
    expect(relativeDayOffset('de', 'Übermorgen')).toBe(2);
    expect(relativeDayOffset('id', 'hari  ini')).toBe(0);
    expect(relativeDayOffset('en', 'tomorrow')).toBe(1);
    expect(relativeDayOffset('en', 'soon')).toBeUndefined();
  });
});

describe('calendarPattern', () => {
  const re = (lang: string, which: 'month') =>
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${calendarPattern(lang)![which]})(?![\\p{L}])`, 'giu');

  it('matches the longest form first, dot included', () => {
    expect('12 January 2024'.match(re('en', 'month'))).toEqual(['January']);
    expect('12 Jan. 2024'.match(re('en', 'month'))).toEqual(['Jan.']);
    expect('am 3. Sept. 2023'.match(re('de', 'month'))).toEqual(['Sept.']);
  });

  it('matches ё spellings and apostrophe variants of the stored forms', () => {
    expect('перед январём'.match(re('ru', 'month'))).toEqual(['январём']);
  });

  it('needs word boundaries from the caller, and escapes regex characters', () => {
    expect('Janet'.match(re('en', 'month'))).toBeNull();
    expect('Feb 10'.match(re('en', 'month'))?.[0]).toBe('Feb'); // agency style: "Feb 10, 2023" 
    expect(() => new RegExp(calendarPattern('de')!.month)).not.toThrow();
  });

  it('is undefined without data', () => {
    expect(calendarPattern('xx')).toBeUndefined();
  });
});

describe('weekdayForms', () => {
  it('lists every form once, longest first, with its ISO weekday', () => {
    const forms = weekdayForms('en');
    expect(forms.map((f) => f.form.length)).toEqual([...forms.map((f) => f.form.length)].sort((a, b) => b - a));
    expect(forms.find((f) => f.form === 'Thursday')?.weekday).toBe(4);
    expect(forms.find((f) => f.form === 'Thurs.')?.weekday).toBe(4);
    expect(new Set(forms.map((f) => f.form)).size).toBe(forms.length);
    expect(weekdayForms('xx')).toEqual([]);
  });

  it('finds weekdays in text with ё and apostrophe variants, by the longest form', () => {
    // 12 May 2023 was a Friday; the weekday printed before the date is merged into it.
    const [id] = findDates('Pada Jum’at, 12 Mei 2023, rapat dibuka.', 'id');
    expect(id).toMatchObject({ kind: 'date', weekday: 5, month: 5, day: 12 });
    const [ru] = findDates('Во вторник, 9 мая 2023 года, прошла встреча.', 'ru');
    expect(ru).toMatchObject({ kind: 'date', weekday: 2 });
    const [en] = findDates('On Thurs. 11 May 2023 the talks ended.', 'en');
    expect(en).toMatchObject({ kind: 'date', weekday: 4, weekdaySpan: { start: 3, end: 9 } });
  });
});
