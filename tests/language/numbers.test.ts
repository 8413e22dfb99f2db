import { describe, expect, it } from 'vitest';
import { findNumbers, type NumberMention } from '../../src/language/numbers.js';

/** [raw, value] pairs of every number found. */
function pairs(text: string, lang: string): Array<[string, number]> {
  return findNumbers(text, lang).map((n) => [n.raw, n.value]);
}

function one(text: string, lang: string): NumberMention {
  const all = findNumbers(text, lang);
  expect(all, JSON.stringify(all.map((n) => n.raw))).toHaveLength(1);
  return all[0]!;
}

describe('findNumbers: separators by language', () => {
  it('en: comma groups thousands, dot is the decimal point', () => {
    expect(pairs('The plant employs 1,800 people and exported 2,450,000 tonnes.', 'en')).toEqual([
      ['1,800', 1800],
      ['2,450,000', 2450000],
    ]);
    const n = one('Output rose 12.75 points.', 'en');
    expect(n.value).toBe(12.75);
    expect(n.decimals).toBe(2);
  });

  it('en: "1,800" is read as 1800 but marked ambiguous; "1,8" can only be a decimal comma', () => {
    const n = one('Some 1,800 firms applied.', 'en');
    expect(n.value).toBe(1800);
    expect(n.ambiguous).toBe(true);
    expect(one('a ratio of 1,8 was reported', 'en').value).toBe(1.8);
  });

  it('ru: comma decimal, space / NBSP / thin-space groups', () => {
    expect(pairs('Выпуск составил 4,7 тонны, а склад вмещает 12 500 мешков.', 'ru')).toEqual([
      ['4,7', 4.7],
      ['12 500', 12500],
    ]);
    expect(one('всего 1\u00a0234\u00a0567,25 рубля', 'ru').value).toBe(1234567.25);
    expect(one('ровно 48\u202f000 заявок', 'ru').value).toBe(48000);
  });

  it('ru: a space does not glue a year to the next number', () => {
    expect(pairs('в 2021 300 семей получили жильё', 'ru').map((p) => p[1])).toEqual([2021, 300]);
  });

  it('de and id: dot groups thousands, comma is the decimal', () => {
    expect(one('Das Stadion fasst 360.000 Besucher.', 'de').value).toBe(360000);
    expect(one('Stadion itu menampung 360.000 penonton.', 'id').value).toBe(360000);
    expect(one('Der Index fiel um 0,75 Punkte.', 'de').value).toBe(0.75);
  });

  it('id: "3.234" is 3234 and "$3,234 miliar" is 3.234e9', () => {
    expect(one('Tercatat 3.234 desa terdampak.', 'id').value).toBe(3234);
    const n = one('nilai ekspor $3,234 miliar', 'id');
    expect(n.value).toBe(3.234e9);
    expect(n.decimals).toBe(3);
  });

  it('the other convention is read where only it fits', () => {
    expect(one('Exporte von 4.1 Mrd. Euro', 'de').value).toBe(4.1e9);
    expect(one('senilai US$4.1 miliar', 'id').value).toBe(4.1e9);
    expect(one('prices of 1.234,5 units', 'en').value).toBe(1234.5);
    expect(one('ein Wert von 1,234,567 Tonnen', 'de').value).toBe(1234567);
    expect(one('около 4.1 млрд', 'ru').value).toBe(4.1e9);
  });

  it('de: "1,229 Billionen" is 1.229e12, "1.229" alone is 1229', () => {
    expect(one('ein Volumen von 1,229 Billionen Som', 'de').value).toBe(1.229e12);
    expect(one('insgesamt 1.229 Anträge', 'de').value).toBe(1229);
  });
});

describe('findNumbers: scale words', () => {
  const cases: Array<[string, string, number, string]> = [
    ['en', 'a deal worth 4.1 billion', 4.1e9, 'billion'],
    ['en', 'sales of $2.5bn last year', 2.5e9, 'bn'],
    ['en', 'a $30m loan', 30e6, 'm'],
    ['en', 'debt of 1.2 trillion', 1.2e12, 'trillion'],
    ['en', 'about 7 mn residents', 7e6, 'mn'],
    ['ru', 'выпуск на 4,1 млрд', 4.1e9, 'млрд'],
    ['ru', 'почти 525 тысяч заявок', 525000, 'тысяч'],
    ['ru', '12 тыс. туристов', 12000, 'тыс.'],
    ['ru', 'бюджет в 3 миллиарда', 3e9, 'миллиарда'],
    ['ru', 'долг 1,5 трлн', 1.5e12, 'трлн'],
    ['ru', '40 миллионов рублей', 40e6, 'миллионов'],
    ['de', 'Umsatz von 4,1 Mrd. Euro', 4.1e9, 'Mrd.'],
    ['de', 'rund 3 Milliarden Euro', 3e9, 'Milliarden'],
    ['de', 'knapp 2,5 Mio. Menschen', 2.5e6, 'Mio.'],
    ['de', 'Schulden von 1,2 Billionen Euro', 1.2e12, 'Billionen'],
    ['de', 'etwa 40 Tsd. Besucher', 40000, 'Tsd.'],
    ['id', 'anggaran 4,1 miliar rupiah', 4.1e9, 'miliar'],
    ['id', 'sebanyak 12 juta orang', 12e6, 'juta'],
    ['id', 'utang Rp 5 triliun', 5e12, 'triliun'],
    ['id', 'laba 7 ribu dolar', 7000, 'ribu'],
    ['id', 'dana 2,5 milyar', 2.5e9, 'milyar'],
    ['id', 'proyek Rp 10 M', 10e9, 'M'],
  ];
  for (const [lang, text, value, word] of cases) {
    it(`${lang}: ${text}`, () => {
      const n = one(text, lang);
      expect(n.value).toBe(value);
      expect(n.scaleWord).toBe(word);
    });
  }

  it('a one-letter scale only counts glued after a currency ("100 m" is metres)', () => {
    expect(one('a 100 m sprint', 'en').value).toBe(100);
    expect(one('jarak 5 M dari pantai', 'id').value).toBe(5);
  });

  it('keeps the precision given, in units of the scale', () => {
    const n = one('exports of 4.10 billion', 'en');
    expect(n.decimals).toBe(2);
    expect(n.scale).toBe(1e9);
  });
});

describe('findNumbers: number words', () => {
  const cases: Array<[string, string, number]> = [
    ['en', 'thirty percent of voters', 30],
    ['en', 'thirty-five delegations', 35],
    ['en', 'one hundred and twenty seats', 120],
    ['en', 'two million residents', 2e6],
    ['en', 'a third of the budget', 1 / 3],
    ['en', 'two thirds of exports', 2 / 3],
    ['en', 'half of the votes', 0.5],
    ['en', 'two and a half years', 2.5],
    ['ru', 'два миллиарда рублей', 2e9],
    ['ru', 'для двух стран', 2],
    ['ru', 'двести пятьдесят тысяч', 250000],
    ['ru', 'треть бюджета', 1 / 3],
    ['ru', 'две трети опрошенных', 2 / 3],
    ['ru', 'полтора миллиона', 1.5e6],
    ['de', 'zwei Milliarden Euro', 2e9],
    ['de', 'fünfundzwanzig Staaten', 25],
    ['de', 'zweihundert Gäste', 200],
    ['de', 'ein Drittel der Stimmen', 1 / 3],
    ['de', 'eine Million Menschen', 1e6],
    ['de', 'zweieinhalb Jahre', 2.5],
    ['id', 'tiga puluh persen', 30],
    ['id', 'dua ratus dua puluh lima orang', 225],
    ['id', 'dua belas bulan', 12],
    ['id', 'sepertiga anggaran', 1 / 3],
    ['id', 'tujuh juta jiwa', 7e6],
    ['id', 'satu setengah juta', 1.5e6],
  ];
  for (const [lang, text, value] of cases) {
    it(`${lang}: ${text}`, () => {
      const n = one(text, lang);
      expect(n.value).toBeCloseTo(value, 9);
      expect(n.form).toBe('words');
    });
  }

  it('articles alone are no numbers ("a", "ein", "eine")', () => {
    expect(findNumbers('a minister met an envoy', 'en')).toEqual([]);
    expect(findNumbers('Ein Abkommen und eine Erklärung', 'de')).toEqual([]);
  });

  it('"third" alone is an ordinal in English, not a fraction', () => {
    expect(findNumbers('the third largest partner', 'en')).toEqual([]);
  });

  it('two counts side by side are two numbers, not a sum', () => {
    expect(pairs('scores of one, two three', 'en').map((p) => p[1])).toEqual([1, 2, 3]);
  });
});

describe('findNumbers: signs, ranges, years, ordinals', () => {
  it('reads a minus sign before a number after a space', () => {
    expect(one('growth of -2.5 percent', 'en').value).toBe(-2.5);
    expect(one('рост составил −1,2%', 'ru').value).toBe(-1.2);
  });

  it('a dash between two numbers is a range, and the first takes the scale of the second', () => {
    const ns = findNumbers('ущерб оценили в 3–3,5 млрд рублей', 'ru');
    expect(ns.map((n) => n.value)).toEqual([3e9, 3.5e9]);
    expect(ns[0]!.range).toEqual({ role: 'from', partner: ns[1]!.span });
    expect(ns[1]!.range?.role).toBe('to');
  });

  it('a spaced minus after a number is a sign, not a range', () => {
    const ns = findNumbers('USD 91.20 -0.45', 'en');
    expect(ns.map((n) => n.value)).toEqual([91.2, -0.45]);
    expect(ns[0]!.range).toBeUndefined();
  });

  it('flags bare years 1900–2100 and nothing with separators or a scale', () => {
    const ns = findNumbers('In 2024 the fund held 2,024 shares and 2024 million, and 1850 troops.', 'en');
    expect(ns.map((n) => [n.value, n.isYearLike])).toEqual([
      [2024, true],
      [2024, false],
      [2024e6, false],
      [1850, false],
    ]);
  });

  it('de: a number with a dot before a word is an ordinal', () => {
    const n = one('zum 20. Mal', 'de');
    expect(n.ordinal).toBe(true);
    expect(one('Sie wuchs um 5 Prozent.', 'de').ordinal).toBeUndefined();
  });

  it('skips numbers glued to words: "COVID-19", "Q3", "20th", "25-летие", "ke-20"', () => {
    expect(findNumbers('COVID-19 hit in Q3; the 20th summit', 'en')).toEqual([]);
    expect(findNumbers('отметили 25-летие договора', 'ru')).toEqual([]);
    expect(findNumbers('ulang tahun ke-20', 'id')).toEqual([]);
  });
});

describe('findNumbers: never inside dates or times', () => {
  const cases: Array<[string, string]> = [
    ['de', 'Am 12.10.2023 begann der Besuch.'],
    ['ru', 'Встреча прошла 12.10.2023 в Москве.'],
    ['en', 'Filed on 2023-10-12 in court.'],
    ['en', 'The session opened at 10:30.'],
    ['de', 'Der Zug fährt um 10.30 Uhr ab.'],
    ['de', 'Die Sitzung beginnt um 9 Uhr.'],
    ['id', 'Acara dimulai pukul 10.30 WIB.'],
    ['ru', 'Переговоры начались в 11:00 по московскому времени.'],
    ['de', 'Treffen am 12.10. in Berlin'],
    ['en', 'Talks on Monday, 8 May 2023 ended early.'],
    ['ru', 'в понедельник, 8 мая'],
    ['id', 'Senin (8/5) lalu'],
    ['ru', 'визит 7–9 мая'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      expect(findNumbers(text, lang)).toEqual([]);
    });
  }

  it('numbers next to a date are still found', () => {
    expect(pairs('Am 8. Mai kamen 360.000 Besucher.', 'de')).toEqual([['360.000', 360000]]);
  });
});

describe('findNumbers: spans', () => {
  it('spans are UTF-16 offsets that slice back to raw', () => {
    const text = '«Рост» 😀 на 4,1 млрд и 😀 zwei';
    for (const n of findNumbers(text, 'ru')) expect(text.slice(n.span.start, n.span.end)).toBe(n.raw);
  });

  it('an unknown language finds nothing', () => {
    expect(findNumbers('1,800 and 4.1 billion', 'xx')).toEqual([]);
  });
});
