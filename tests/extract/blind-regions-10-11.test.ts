// Mechanisms behind the false alarms of two more regions written blind (Central Europe; North
// America and the Caribbean), each in our own words with its trap.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../helpers.js';
import { loadFactSet } from '../../src/facts/load.js';
import { periodProblem, periodRange } from '../../src/facts/time.js';

// The fixture: Sulyok's state visit to Kazakhstan (Astana, 5–6 November 2024), the 33 km Koralm
// tunnel ("kilometres"), Indonesia–EU trade 2024 30.1 bn USD with a surplus of 4.5 bn, Trump
// president of the USA and Witkoff its special envoy from 20 January 2025.
const SET = fileURLToPath(new URL('../fixtures/factsets/other-instances.json', import.meta.url));
const claims = (text: string, lang: string, date: string, kind: string) =>
  claimsOf(text, lang, date, SET).filter((c) => c.kind === kind).map((c) => `${Object.values(c.slots).map((x) => x?.value).join(' ')}:${c.verdict}`);

describe('a head with a time in words far from the event is another one (place claims)', () => {
  it('ru: «в ноябре прошлого года … визит в Венгрию» in an article on the visit to Kazakhstan: no place claim', () => {
    expect(claims('В ноябре прошлого года Токаев совершил государственный визит в Венгрию.', 'ru', '2024-11-06', 'place')).toEqual([]);
  });
  it('the same words in the article\'s days: the place is checked', () => {
    expect(claims('Токаев совершил государственный визит в Венгрию.', 'ru', '2024-11-06', 'place').map((x) => x.split(':').at(-1))).toEqual(['contradicted']);
  });
});

describe('measures: a name after the clause\'s next length is that one\'s', () => {
  it('de: the line\'s 130 km are not the tunnel\'s 33', () => {
    const c = claims('Herzstück der rund 130 Kilometer langen Strecke ist der 33 Kilometer lange Koralmtunnel.', 'de', '2025-12-14', 'metric');
    expect(c.filter((x) => x.endsWith(':contradicted'))).toEqual([]);
    expect(c.some((x) => x.startsWith('length 33 km') && x.endsWith(':verified'))).toBe(true);
  });
  it('a wrong length of the tunnel itself is contradicted', () => {
    expect(claims('Der 130 Kilometer lange Koralmtunnel wurde eröffnet.', 'de', '2025-12-14', 'metric').map((x) => x.split(':').at(-1))).toEqual(['contradicted']);
  });
});

describe('a property word after a figure, with a figure of its own right after it, is that figure\'s', () => {
  it('id: trade 30.1 bn "with a surplus of 4.5 bn": the 30.1 bn is trade', () => {
    const c = claims('Nilai perdagangan Indonesia–Uni Eropa pada 2024 mencapai 30,1 miliar dolar AS, dengan surplus bagi Indonesia sebesar 4,5 miliar dolar AS.', 'id', '2025-03-01', 'metric');
    expect(c[0]).toMatch(/^trade-turnover 30100000000 USD .*:verified$/u);
    expect(c.filter((x) => x.endsWith(':contradicted'))).toEqual([]);
  });
});

describe('a title in an oblique case right after another title is its complement', () => {
  it('ru: «спецпосланник президента США Стивен Уиткофф» makes Witkoff no president', () => {
    expect(claims('Американскую сторону представлял спецпосланник президента США Стивен Уиткофф.', 'ru', '2025-08-16', 'office').filter((x) => x.includes(' president '))).toEqual([]);
  });
  it('a title in its own case before the name still binds: «президент США Стивен Уиткофф» is wrong', () => {
    expect(claims('Переговоры вёл президент США Стивен Уиткофф.', 'ru', '2025-08-16', 'office').map((x) => x.split(':').at(-1))).toEqual(['contradicted']);
  });
  it('«под председательством президента … Трампа»: an inflected title before keeps the president\'s', () => {
    expect(claims('Встреча прошла под председательством президента США Дональда Трампа.', 'ru', '2025-08-16', 'office').map((x) => x.split(':').at(-1))).toEqual(['verified']);
  });
});

describe('a head whose clause names a city of another country is not the event (date claims)', () => {
  it('id: "his official visit to Bogor took place in April 2023" beside the visit to Kazakhstan: no date claim', () => {
    expect(claims('Kunjungan resminya ke Bogor berlangsung pada April 2023.', 'id', '2024-11-06', 'event-date')).toEqual([]);
  });
  it('the same head with no place of another country still stands for the article\'s visit: a wrong month is contradicted', () => {
    expect(claims('Kunjungan itu berlangsung pada April 2023.', 'id', '2024-11-06', 'event-date').map((x) => x.split(':').at(-1))).toEqual(['contradicted']);
    expect(claims('Kunjungan kenegaraan Sulyok ke Kazakhstan berlangsung pada April 2023.', 'id', '2024-11-06', 'event-date').map((x) => x.split(':').at(-1))).toEqual(['contradicted']);
  });
});

describe('a range of whole years is a period of the fact set', () => {
  it('2018..2025 runs from January 2018 to December 2025; backwards is a clear error', () => {
    expect(periodRange('2018..2025')).toEqual({ start: '2018-01-01', end: '2025-12-31' });
    expect(periodProblem('2025..2018')).toMatch(/ends before it starts/u);
  });
  it('a fact set with one loads', () => {
    expect(loadFactSet([SET]).statements.some((s) => s.period === '2018..2025')).toBe(true);
  });
  it('units of a fact set are read as the text\'s: "kilometres" is km', () => {
    expect(loadFactSet([SET]).statements.find((s) => s.property === 'length')?.unit).toBe('km');
  });
});
