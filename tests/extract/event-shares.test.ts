// A share of an event the article reports without naming it ("Turnout was 62.7%" two days after
// a vote it calls "the election"), and a figure in brackets that belongs to the period before it
// ("… than at the 2022 election (51.5%)"). Blind regions missed every turnout written so: the set
// gives turnout of the election, which such sentences never name by the set's name.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../helpers.js';

const SET = fileURLToPath(new URL('../fixtures/factsets/election-turnout.json', import.meta.url));
const shares = (text: string, lang: string, date: string) =>
  claimsOf(text, lang, date, SET).filter((c) => c.kind === 'metric').map((c) => `${c.slots.value?.value}:${c.verdict}`);

// Portugal voted on Sunday 10 March 2024; turnout 59.9 % (fixture).
const LEAD: Record<string, string> = {
  en: 'Portugal’s centre-right alliance narrowly won Sunday’s snap vote.',
  ru: 'Правоцентристский альянс Португалии с небольшим перевесом победил на досрочных выборах в воскресенье.',
  de: 'In Portugal hat das Mitte-rechts-Bündnis die vorgezogene Wahl am Sonntag knapp gewonnen.',
  fr: 'Au Portugal, l’alliance de centre droit a remporté de justesse le scrutin anticipé de dimanche.',
  es: 'En Portugal, la alianza de centroderecha ganó por estrecho margen los comicios anticipados del domingo.',
  id: 'Aliansi kanan-tengah Portugal menang tipis dalam pemungutan suara dipercepat pada Minggu.',
  ky: 'Португалияда борборчул-оңчул союз жекшембидеги мөөнөтүнөн мурда өткөн добуш берүүдө аз айырма менен жеңди.',
};
const TURNOUT: Array<[string, (v: string) => string]> = [
  ['en', (v) => `Turnout was ${v}%, the electoral commission said.`],
  ['ru', (v) => `Явка составила ${v.replace('.', ',')}%, сообщила избирательная комиссия.`],
  ['de', (v) => `Die Wahlbeteiligung lag nach Angaben der Wahlkommission bei ${v.replace('.', ',')} Prozent.`],
  ['fr', (v) => `Le taux de participation s’est établi à ${v.replace('.', ',')} %, selon la commission électorale.`],
  ['es', (v) => `La participación fue del ${v.replace('.', ',')} %, según la comisión electoral.`],
  ['id', (v) => `Tingkat partisipasi mencapai ${v.replace('.', ',')} persen, kata komisi pemilihan.`],
  ['ky', (v) => `Шайлоого катышуу ${v.replace('.', ',')} пайызды түздү, деп билдирди шайлоо комиссиясы.`],
];

describe('a share of the event held in the days before the article, its name unwritten', () => {
  it.each(TURNOUT)('%s: the right turnout is verified, a wrong one contradicted', (lang, sentence) => {
    expect(shares(`${LEAD[lang]} ${sentence('59.9')}`, lang, '2024-03-12')).toEqual(['59.9 %:verified']);
    expect(shares(`${LEAD[lang]} ${sentence('64.9')}`, lang, '2024-03-12')).toEqual(['64.9 %:contradicted']);
  });
  it('a set that dates the event only by its figure\'s month: the month of the article', () => {
    const text = 'Dutch voters went to the polls in the Netherlands on Wednesday. Turnout was 71.7%.';
    expect(shares(text, 'en', '2023-11-24')).toEqual(['71.7 %:contradicted']);
  });
  it('weeks after the vote, a turnout with no period is no longer read as that vote\'s', () => {
    expect(shares(`${LEAD.en} ${TURNOUT[0]![1]('64.9')}`, 'en', '2024-04-20')).toEqual(['64.9 %:unverifiable']);
  });
  it('a count or a measure of an event is not read so: a storm\'s winds at one landfall and another', () => {
    const c = claimsOf('Storm Irma hit the coast on Tuesday with winds of 195 km/h.', 'en', '2025-10-30', SET).filter((x) => x.kind === 'metric');
    expect(c.map((x) => x.verdict)).not.toContain('contradicted');
  });
});

describe('a figure in brackets right after a period is that period\'s, not the figure before it', () => {
  // Before, the share took the year of the earlier vote written after it and was compared with nothing.
  it.each([
    ['en', (v: string) => `Turnout was ${v}%, slightly above that of the 2022 election (51.5%).`],
    ['ru', (v: string) => `Явка составила ${v.replace('.', ',')}%, что немного выше показателя выборов 2022 года (51,5%).`],
    ['de', (v: string) => `Die Wahlbeteiligung lag bei ${v.replace('.', ',')} Prozent und damit über der Wahl von 2022 (51,5 Prozent).`],
  ])('%s: the share keeps the article\'s time', (lang, sentence) => {
    expect(shares(`${LEAD[lang]} ${sentence('59.9')}`, lang, '2024-03-12')[0]).toBe('59.9 %:verified');
    expect(shares(`${LEAD[lang]} ${sentence('64.9')}`, lang, '2024-03-12')[0]).toBe('64.9 %:contradicted');
  });
  it('without brackets the year after the share is still its own: "51.5% in 2022" is not set against 2024\'s', () => {
    expect(shares('Portugal went to the polls on Sunday. Turnout was 51.5% in 2022.', 'en', '2024-03-12')).toEqual(['51.5 %:unverifiable']);
  });
});
