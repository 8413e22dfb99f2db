// The three false alarms of the twelfth blind region (Nordic and Baltic countries), measured
// before any fix, each as a general mechanism in our own words with its trap: a relative clause's
// date given to a thing named before its antecedent, a number inside a name read as a figure, and
// the base of a comparison read as a figure's subject.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../helpers.js';

const SET = fileURLToPath(new URL('../fixtures/factsets/blind-region-12.json', import.meta.url));
const claims = (text: string, lang: string, date: string, kind: string) =>
  claimsOf(text, lang, date, SET).filter((c) => c.kind === kind);

describe('a relative clause dates its antecedent, the name right before it', () => {
  it.each([
    ['en', 'The accession coincided with the anniversary of NATO, which was founded on 4 April 1949.'],
    ['id', 'Aksesi itu bertepatan dengan ulang tahun NATO, yang didirikan pada 4 April 1949.'],
  ])('%s: the accession is not dated 1949', (lang, text) => {
    const c = claims(text, lang, '2023-04-05', 'event-date').map((x) => `${x.slots.subject?.value}:${x.slots.date?.value}:${x.verdict}`);
    expect(c.filter((x) => x.startsWith('fi-accession'))).toEqual([]);
  });
  it('with nothing dated between, the antecedent keeps its date: "the accession, held on 4 April 2023"', () => {
    const c = claims('Finland celebrated the accession, held on 4 April 2023, with a flag ceremony.', 'en', '2023-04-05', 'event-date').map((x) => `${x.slots.subject?.value}:${x.verdict}`);
    expect(c).toContain('fi-accession:verified');
  });
});

describe('a number inside a name is the name\'s, no figure', () => {
  it.each([
    ['ru', 'В декабре был повреждён кабель Estlink 2 мощностью 650 МВт между Финляндией и Эстонией.'],
    ['en', 'In December the Estlink 2 cable, with a capacity of 650 MW, was damaged.'],
  ])('%s: only the capacity is read', (lang, text) => {
    expect(claims(text, lang, '2025-01-10', 'metric').map((x) => `${x.slots.value?.value}:${x.verdict}`)).toEqual(['650 MW:verified']);
  });
  it('a wrong capacity is still caught', () => {
    expect(claims('In December the Estlink 2 cable, with a capacity of 560 MW, was damaged.', 'en', '2025-01-10', 'metric').map((x) => x.verdict)).toEqual(['contradicted']);
  });
});

describe('a name after a word of comparison is the base, not the figure\'s subject', () => {
  it.each([
    ['es', (v: string) => `Los Demócratas de Suecia se convirtieron en la segunda fuerza, con ${v} escaños, cinco más que los moderados.`],
    ['en', (v: string) => `The Sweden Democrats came second with ${v} seats, five more than the Moderates.`],
    ['fr', (v: string) => `Les Démocrates de Suède sont arrivés deuxièmes avec ${v} sièges, cinq de plus que les modérés.`],
  ])('%s: the seats are the first party\'s', (lang, sentence) => {
    const read = (v: string) => claims(sentence(v), lang, '2022-09-15', 'metric').map((x) => `${x.slots.subjects?.value}:${x.verdict}`);
    expect(read('73')).toEqual(['sweden-democrats:verified']);
    expect(read('78')).toEqual(['sweden-democrats:contradicted']);
  });
});
