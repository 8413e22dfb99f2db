import { describe, expect, it } from 'vitest';
import { findQuantities, type Quantity } from '../../src/language/quantities.js';
import { findDates } from '../../src/language/dates.js';

function one(text: string, lang: string): Quantity {
  const all = findQuantities(text, lang);
  expect(all, JSON.stringify(all.map((q) => q.raw))).toHaveLength(1);
  return all[0]!;
}

describe('findQuantities: currencies', () => {
  const cases: Array<[string, string, number, string, string]> = [
    ['en', 'Exports reached $4.1 billion.', 4.1e9, 'USD', '$4.1 billion'],
    ['en', 'a loan of US$250 million', 250e6, 'USD', 'US$250 million'],
    ['en', 'worth 3.2 billion dollars', 3.2e9, 'USD', '3.2 billion dollars'],
    ['en', 'a fund of €40m', 40e6, 'EUR', '€40m'],
    ['en', 'budget of 12 billion roubles', 12e9, 'RUB', '12 billion roubles'],
    ['en', 'wages of 35,000 som', 35000, 'KGS', '35,000 som'],
    ['en', 'costs of 900 million tenge', 900e6, 'KZT', '900 million tenge'],
    ['ru', 'объём достиг 4,1 млрд долларов', 4.1e9, 'USD', '4,1 млрд долларов'],
    ['ru', 'инвестиции на 2 млрд долл. США', 2e9, 'USD', '2 млрд долл. США'],
    ['ru', 'выделено 15 млн руб.', 15e6, 'RUB', '15 млн руб.'],
    ['ru', 'пенсия в 12 000 рублей', 12000, 'RUB', '12 000 рублей'],
    ['ru', 'собрали 700 тысяч сомов', 700000, 'KGS', '700 тысяч сомов'],
    ['ru', 'на 30 млрд тенге', 30e9, 'KZT', '30 млрд тенге'],
    ['ru', 'кредит на $500 млн', 500e6, 'USD', '$500 млн'],
    ['de', 'ein Volumen von 4,1 Mrd. USD', 4.1e9, 'USD', '4,1 Mrd. USD'],
    ['de', 'Hilfen von 2 Milliarden US-Dollar', 2e9, 'USD', '2 Milliarden US-Dollar'],
    ['de', 'Kosten von 300 Mio. Euro', 300e6, 'EUR', '300 Mio. Euro'],
    ['de', 'ein Gehalt von 40.000 Som', 40000, 'KGS', '40.000 Som'],
    ['de', 'Schulden von 8 Mrd. Rubel', 8e9, 'RUB', '8 Mrd. Rubel'],
    ['id', 'nilai perdagangan US$4,1 miliar', 4.1e9, 'USD', 'US$4,1 miliar'],
    ['id', 'setara Rp68 triliun', 68e12, 'IDR', 'Rp68 triliun'],
    ['id', 'sebesar 5 miliar dolar AS', 5e9, 'USD', '5 miliar dolar AS'],
    ['id', 'gaji 20.000 som', 20000, 'KGS', '20.000 som'],
    ['id', 'dana Rp 2,5 T', 2.5e12, 'IDR', 'Rp 2,5 T'],
  ];
  for (const [lang, text, value, unit, raw] of cases) {
    it(`${lang}: ${text}`, () => {
      const q = one(text, lang);
      expect(q.value).toBe(value);
      expect(q.unit).toBe(unit);
      expect(q.raw).toBe(raw);
      expect(text.slice(q.span.start, q.span.end)).toBe(raw);
    });
  }

  it('rubles beside dollars keep their own currencies', () => {
    const qs = findQuantities('Бюджет — 40 млрд рублей, или около 450 млн долларов.', 'ru');
    expect(qs.map((q) => [q.value, q.unit])).toEqual([
      [40e9, 'RUB'],
      [450e6, 'USD'],
    ]);
    const de = findQuantities('Die Summe von 90 Mio. Rubel entspricht 1 Mio. US-Dollar.', 'de');
    expect(de.map((q) => q.unit)).toEqual(['RUB', 'USD']);
  });

  it('a word that starts like a currency is no currency ("сомнений")', () => {
    expect(one('нет 5 сомнений', 'ru').unit).toBeUndefined();
  });
});

describe('findQuantities: percent and percentage points', () => {
  const cases: Array<[string, string, number, string]> = [
    ['en', 'grew 13.6% last year', 13.6, '%'],
    ['en', 'a share of 22 percent', 22, '%'],
    ['en', 'up 4 per cent', 4, '%'],
    ['en', 'thirty percent of voters', 30, '%'],
    ['en', 'rose by 1.5 percentage points', 1.5, 'pp'],
    ['ru', 'вырос на 31,6%', 31.6, '%'],
    ['ru', 'доля в 40 процентов', 40, '%'],
    ['ru', 'снизилась на 2 процентных пункта', 2, 'pp'],
    ['ru', 'около 5 проц. голосов', 5, '%'],
    ['de', 'ein Plus von 24 Prozent', 24, '%'],
    ['de', 'ein Anteil von 3,5 vH', 3.5, '%'],
    ['de', 'um 2 Prozentpunkte', 2, 'pp'],
    ['id', 'naik 13,6 persen', 13.6, '%'],
    ['id', 'tiga puluh persen suara', 30, '%'],
    ['id', 'turun 1,2 poin persentase', 1.2, 'pp'],
  ];
  for (const [lang, text, value, unit] of cases) {
    it(`${lang}: ${text}`, () => {
      const q = one(text, lang);
      expect(q.value).toBeCloseTo(value, 9);
      expect(q.unit).toBe(unit);
    });
  }
});

describe('findQuantities: counts', () => {
  it('en: "1,800 companies" is a count of 1800 with no unit', () => {
    const q = one('More than 1,800 companies operate there.', 'en');
    expect(q.value).toBe(1800);
    expect(q.unit).toBeUndefined();
    expect(q.bound).toBe('lower');
  });

  it('ru: "525 тысяч" is 525000', () => {
    const q = one('там работают 525 тысяч человек', 'ru');
    expect(q.value).toBe(525000);
    expect(q.unit).toBeUndefined();
  });

  it('de and id: "360.000" is 360000', () => {
    expect(one('Es kamen 360.000 Gäste.', 'de').value).toBe(360000);
    expect(one('Hadir 360.000 tamu.', 'id').value).toBe(360000);
  });

  it('years are periods, not amounts; year ranges too', () => {
    expect(findQuantities('In 2024 and in 2019–2021 nothing changed.', 'en')).toEqual([]);
    expect(findQuantities('в 2024 году', 'ru')).toEqual([]);
  });

  it('a year-like number with a unit is an amount', () => {
    expect(one('a bonus of $2000', 'en').value).toBe(2000);
  });
});

describe('findQuantities: hedges and bounds', () => {
  const cases: Array<[string, string, Partial<Quantity>]> = [
    ['en', 'about $4 billion', { approx: true, value: 4e9 }],
    ['en', 'roughly 500 firms', { approx: true }],
    ['en', 'almost 30 percent', { approx: true, direction: 'atMost' }],
    ['en', 'nearly $2 billion', { approx: true, direction: 'atMost' }],
    ['en', 'more than 1,700 companies', { approx: false, bound: 'lower' }],
    ['en', 'less than 5%', { bound: 'upper' }],
    ['ru', 'около 525 тысяч', { approx: true }],
    ['ru', 'почти на 14%', { approx: true, direction: 'atMost' }],
    ['ru', 'примерно 3 млрд долларов', { approx: true }],
    ['ru', 'порядка 200 компаний', { approx: true }],
    ['ru', 'более 1,8 млрд долларов', { bound: 'lower' }],
    ['ru', 'более чем на 10%', { bound: 'lower' }],
    ['ru', 'свыше 100 предприятий', { bound: 'lower' }],
    ['ru', 'инвестиции превысили 2 млрд долларов', { bound: 'lower' }],
    ['ru', 'менее 3%', { bound: 'upper' }],
    ['de', 'rund 4 Mrd. USD', { approx: true }],
    ['de', 'etwa 26,5 Prozent', { approx: true }],
    ['de', 'knapp 3,5 Mrd. USD', { approx: true, direction: 'atMost' }],
    ['de', 'fast drei Prozent', { approx: true, direction: 'atMost', value: 3 }],
    ['de', 'ungefähr 40 Staaten', { approx: true }],
    ['de', 'mehr als 50 Mrd. USD', { bound: 'lower' }],
    ['de', 'über 1.000 Firmen', { bound: 'lower' }],
    ['de', 'weniger als 2 Prozent', { bound: 'upper' }],
    ['id', 'sekitar 525.000 pekerja', { approx: true }],
    ['id', 'hampir 14 persen', { approx: true, direction: 'atMost' }],
    ['id', 'kurang lebih 300 orang', { approx: true }],
    ['id', 'mendekati US$2 miliar', { approx: true, direction: 'atMost' }],
    ['id', 'lebih dari 2.700 perusahaan', { bound: 'lower' }],
    ['id', 'melebihi Rp 5 triliun', { bound: 'lower' }],
    ['id', 'di atas 10 persen', { bound: 'lower' }],
    ['id', 'kurang dari 3 persen', { bound: 'upper' }],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => {
      const q = one(text, lang);
      expect(q).toMatchObject(expected);
      expect(q.span.start).toBe(text.indexOf(q.raw));
      // The hedge belongs to the quantity's span.
      expect(q.hedgeSpan?.start).toBe(q.span.start);
    });
  }

  it('no hedge: approx false and no bound', () => {
    const q = one('grew 13.6%', 'en');
    expect(q.approx).toBe(false);
    expect(q.bound).toBeUndefined();
    expect(q.direction).toBeUndefined();
  });
});

describe('findQuantities: rates', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['en', 'the som traded at 89 som per dollar', 'KGS'],
    ['ru', 'курс держится на уровне 89 сомов за доллар', 'KGS'],
    ['de', 'der Kurs lag bei 89 Som je US-Dollar', 'KGS'],
    ['de', 'zuletzt 89 je US-Dollar', undefined],
    ['id', 'kurs sekitar 87 som per dolar AS', 'KGS'],
  ];
  for (const [lang, text, unit] of cases) {
    it(`${lang}: ${text}`, () => {
      const q = one(text, lang);
      expect(q.rate).toBe(true);
      expect(q.per).toBe('USD');
      expect(q.unit).toBe(unit);
    });
  }

  it('an exchange-rate word before an amount makes it a rate', () => {
    const q = one('Обменный курс составил 87,5 сома.', 'ru');
    expect(q.rate).toBe(true);
    expect(q.value).toBe(87.5);
  });

  it('a rate word in an earlier sentence does not', () => {
    const q = one('Курс стабилен. Бюджет составил 87 млрд сомов.', 'ru');
    expect(q.rate).toBe(false);
  });

  it('"course" in the policy sense is no exchange rate', () => {
    expect(one('Стороны взяли курс на проекты стоимостью 5 млрд долларов.', 'ru').rate).toBe(false);
    expect(one('Der Kurs der Regierung sieht 5 Mrd. Euro vor.', 'de').rate).toBe(false);
  });

  it('"per year" is no rate', () => {
    const q = one('US$5 miliar per tahun', 'id');
    expect(q.rate).toBe(false);
    expect(q.value).toBe(5e9);
  });
});

describe('findQuantities: ranges', () => {
  it('"3–3,5 млрд долларов" is one quantity with both ends', () => {
    const q = one('ущерб в 3–3,5 млрд долларов', 'ru');
    expect(q.value).toBe(3e9);
    expect(q.range).toEqual({ from: 3e9, to: 3.5e9 });
    expect(q.unit).toBe('USD');
    expect(q.raw).toBe('3–3,5 млрд долларов');
  });

  it('word ranges: "15 bis 20 Prozent", "от 3 до 5%", "3 to 5 percent", "3 hingga 5 persen", "$2 to $3 billion"', () => {
    const cases: Array<[string, string, number, number, string]> = [
      ['de', 'ein Plus von 15 bis 20 Prozent', 15, 20, '%'],
      ['ru', 'рост от 3 до 5%', 3, 5, '%'],
      ['en', 'a rise of 3 to 5 percent', 3, 5, '%'],
      ['id', 'naik 3 hingga 5 persen', 3, 5, '%'],
      ['en', 'a cost of $2 to $3 billion', 2e9, 3e9, 'USD'],
    ];
    for (const [lang, text, from, to, unit] of cases) {
      const q = one(text, lang);
      expect([q.range, q.unit], text).toEqual([{ from, to }, unit]);
    }
  });

  it('after a "from" word two numbers are a change, not a range', () => {
    for (const [lang, text] of [
      ['en', 'rose from 3 to 5 percent'],
      ['ru', 'вырос с 3 до 5%'],
      ['id', 'naik dari 3 hingga 5 persen'],
    ] as const) {
      const qs = findQuantities(text, lang);
      expect(qs.map((q) => q.value), text).toEqual([3, 5]);
      expect(qs.every((q) => q.range === undefined)).toBe(true);
    }
  });

  it('en: "$2-3 billion"', () => {
    const q = one('costs of $2-3 billion', 'en');
    expect(q.unit).toBe('USD');
    expect(q.range).toEqual({ from: 2e9, to: 3e9 });
  });
});

describe('findQuantities: dates found by the caller', () => {
  // lintDocument finds an article's dates once and hands each sentence its share; the
  // quantities must be those the finder gets when it looks for the dates itself.
  const cases: Array<[string, string]> = [
    ['en', 'On 8 May 2023 exports rose 4.1% to $12.5 billion; on 9 May they fell by 3%.'],
    ['ru', 'К 15 марта 2024 года оборот вырос на 12,4 % и составил 3,1 млрд долларов.'],
    ['de', 'Am 3. Oktober 2022 stieg der Umsatz um 7,5 Prozent auf 2,4 Mrd. Euro.'],
    ['id', 'Pada 17 Agustus 2021 ekspor naik 40,8 persen menjadi 1,2 miliar dolar AS.'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: the same quantities, and the date's digits stay out`, () => {
      const own = findQuantities(text, lang);
      expect(findQuantities(text, lang, findDates(text, lang))).toEqual(own);
      expect(own.some((q) => q.value === 2021 || q.value === 2022 || q.value === 2023 || q.value === 2024)).toBe(false);
    });
  }

  it('uses the dates it is given: with none, a date\'s day reads as a count', () => {
    const text = 'On 8 May the plant hired 120 workers.';
    expect(findQuantities(text, 'en').map((q) => q.value)).toEqual([120]);
    expect(findQuantities(text, 'en', []).map((q) => q.value)).toEqual([8, 120]);
  });
});

describe('findQuantities: a measure hyphened onto its number', () => {
  // "a 182-km pipeline": a compound adjective of English and German copy is still a measure.
  const measures: Array<[string, string, number, string, string]> = [
    ['en', 'the 182-km pipeline links the grids', 182, 'km', '182-km'],
    ['en', 'a 1,340-kilometer border with Russia', 1340, 'km', '1,340-kilometer'],
    ['en', 'the 650-megawatt link went offline', 650, 'MW', '650-megawatt'],
    ['en', 'a 2.4-km bridge opened on Tuesday', 2.4, 'km', '2.4-km'],
    ['en', 'a 3-gigawatt plant', 3000, 'MW', '3-gigawatt'],
    ['de', 'das 650-Megawatt-Kabel fiel aus', 650, 'MW', '650-Megawatt'],
    ['de', 'die 77-Kilometer-Leitung', 77, 'km', '77-Kilometer'],
  ];
  for (const [lang, text, value, unit, raw] of measures) {
    it(`${lang}: ${text}`, () => {
      const q = one(text, lang);
      expect([q.value, q.unit, q.raw]).toEqual([value, unit, raw]);
    });
  }
  // A hyphen before any other word still makes a word of the number.
  const words: Array<[string, string]> = [
    ['en', 'a 5-year plan for the 25-year-old driver'],
    ['en', 'the COVID-19 wave and the Su-35 jets'],
    ['en', 'a 10-member delegation'],
    ['ru', 'к 25-летию установления отношений'],
    ['de', 'ein 5-Jahres-Plan'],
  ];
  for (const [lang, text] of words) {
    it(`no figure: ${lang}: ${text}`, () => {
      expect(findQuantities(text, lang).map((q) => q.raw)).toEqual([]);
    });
  }
});
