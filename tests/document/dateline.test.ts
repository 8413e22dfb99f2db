import { describe, expect, it } from 'vitest';
import { findDateline, matchersFor } from '../../src/document/dateline.js';
import { availableLangs } from '../../src/language/pack.js';

describe('findDateline', () => {
  it.each([
    ['ru', '21 мая 2024\nМинистры встретились.', '2024-05-21', '21 мая 2024'],
    ['ru', ' date 2025-11-25 Министр прибыл в Ташкент', '2025-11-25', '2025-11-25'],
    ['ru', 'Москва, 3 сент. 2023 г.\nТекст', '2023-09-03', '3 сент. 2023'],
    ['en', '12 October 2023\n\nText.', '2023-10-12', '12 October 2023'],
    ['en', 'October 12, 2023\nText.', '2023-10-12', 'October 12, 2023'],
    ['en', 'Published: Jan. 5, 2024', '2024-01-05', 'Jan. 5, 2024'],
    ['en', 'LONDON, March 3rd, 2022 (Wire) -', '2022-03-03', 'March 3rd, 2022'],
    ['de', '12. Oktober 2023\nText', '2023-10-12', '12. Oktober 2023'],
    ['de', 'Wien, 2. Jänner 2024', '2024-01-02', '2. Jänner 2024'],
    ['de', 'Stand: 12.10.2023', '2023-10-12', '12.10.2023'],
    ['id', 'Jakarta, 13 Oktober 2023', '2023-10-13', '13 Oktober 2023'],
    ['id', 'Jumat, 13 Okt 2023 09:15 WIB', '2023-10-13', '13 Okt 2023'],
    ['en', '2023-10-12', '2023-10-12', '2023-10-12'],
  ])('%s: %j → %s', (lang, text, date, printed) => {
    const dl = findDateline(text, 0, lang)!;
    expect(dl.date).toBe(date);
    expect(text.slice(dl.span.start, dl.span.end)).toBe(printed);
  });

  it('knows month words of other languages when the article language is unknown', () => {
    expect(findDateline('21 мая 2024')?.date).toBe('2024-05-21');
    expect(findDateline('13 Oktober 2023', 0, 'en')?.date).toBe('2023-10-13');
  });

  it('searches from the body start, skips blank lines, and reports file offsets', () => {
    const text = '---\nlang: ru\n---\n\n\n  21 мая 2024\n';
    const dl = findDateline(text, 16, 'ru')!;
    expect(text.slice(dl.span.start, dl.span.end)).toBe('21 мая 2024');
  });

  it('looks at the first five non-empty lines only', () => {
    const five = 'a\nb\n\nc\nd\ne\n12 October 2023';
    expect(findDateline(five, 0, 'en')).toBeUndefined();
    expect(findDateline('a\nb\nc\nd\n12 October 2023', 0, 'en')?.date).toBe('2023-10-12');
  });

  it('ignores dates inside sentences and after a finished sentence', () => {
    expect(findDateline('The treaty between the two states was signed on 12 October 2003 in Tashkent.', 0, 'en')).toBeUndefined();
    expect(findDateline('It rained. 12 October 2003', 0, 'en')).toBeUndefined();
    expect(findDateline('Министры встретились 21 мая 2024.', 0, 'ru')).toBeUndefined();
  });

  it('ignores impossible dates and dates without a year', () => {
    expect(findDateline('30 February 2023\nText', 0, 'en')).toBeUndefined();
    expect(findDateline('31.04.2024', 0, 'de')).toBeUndefined();
    expect(findDateline('2023-02-30', 0, 'en')).toBeUndefined();
    expect(findDateline('21 мая\nТекст', 0, 'ru')).toBeUndefined();
    expect(findDateline('USD 90.65 -0.33 EUR 98.58', 0, 'ru')).toBeUndefined();
  });

  it('does not take part of a longer number or word', () => {
    expect(findDateline('123 October 20234', 0, 'en')).toBeUndefined();
    expect(findDateline('12 Octobers 2023', 0, 'en')).toBeUndefined();
  });
});

describe('the dateline screen', () => {
  // findDateline passes over a head line with no four-digit number without running the patterns.
  // That is only right while every pattern needs a four-digit year: a pattern added without one
  // ("12 October", "12.10.23") would be screened out silently, so this holds each to it.
  it('every dateline pattern, in every language, needs a four-digit year', () => {
    const lines = ['BISHKEK, 12 October', 'Moscow, October 12', '12.10.23', 'Berlin, 12. Oktober', 'Jakarta, Senin, 8 Mei', '21 мая, Москва', '2023-10', '10/12/23'];
    for (const lang of [undefined, ...availableLangs('calendar')]) {
      const patterns = matchersFor(lang);
      expect(patterns.length).toBeGreaterThan(1);
      for (const { re } of patterns) {
        expect(re.source, `${lang}: ${re.source}`).toContain('\\d{4}');
        for (const line of lines) expect(re.exec(line), `${lang}: ${re.source} on "${line}"`).toBeNull();
      }
      // ... and the same lines with a year are found, so the lines above are fair probes.
      expect(findDateline('BISHKEK, 12 October 2023\n', 0, lang)?.date).toBe('2023-10-12');
    }
  });
});
