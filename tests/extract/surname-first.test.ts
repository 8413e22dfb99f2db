// People named surname first, as Russian and Kyrgyz decrees, appointments and lists write them
// ("Жапаров Акылбек Усенбекович" for "Акылбек Усенбекович Жапаров"): a language whose grammar
// says so (grammar.json → surnameFirst) matches a person's names in that order too, so the bare
// surname another person of the set has ("Жапаров": Sadyr Japarov) no longer takes the office
// claim. Fixture sentences are written here in agency and decree style, in our own words.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { surnameFirstForms } from '../../src/extract/name-source.js';
import { NameMatcher } from '../../src/extract/names.js';
import { grammarOf } from '../../src/extract/grammar.js';
import { tokenize } from '../../src/extract/tokens.js';
import type { Entity } from '../../src/types.js';
import { claimsOf, lint, rulesOf } from '../helpers.js';

const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
const rules = (text: string, lang: string, date: string) => rulesOf(lint(text, lang, date, BUNDLED)).filter((r) => r !== 'cross-article');
/** The person and verdict of each office claim of the text. */
const holders = (text: string, lang: string, date: string) =>
  claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'office').map((c) => [c.slots.person?.value, c.slots.person?.text, c.verdict]);

describe('the surname-first forms of a name', () => {
  it('put the last word first, then the others, or the first alone', () => {
    expect(surnameFirstForms('Акылбек Жапаров')).toEqual(['Жапаров Акылбек']);
    expect(surnameFirstForms('Акылбек Усенбекович Жапаров')).toEqual(['Жапаров Акылбек Усенбекович', 'Жапаров Акылбек']);
    expect(surnameFirstForms('Акылбек Усенбек уулу Жапаров')).toEqual(['Жапаров Акылбек Усенбек уулу', 'Жапаров Акылбек']);
    expect(surnameFirstForms('Касым-Жомарт Токаев')).toEqual(['Токаев Касым-Жомарт']);
  });
  it('are none for a one-word name or a last word that is no surname', () => {
    expect(surnameFirstForms('Жапаров')).toEqual([]);
    expect(surnameFirstForms('Акылбек Усенбек уулу')).toEqual([]);
  });
  it('are read where the language says so: ru and ky, not en, de, fr, es, id', () => {
    expect(['ru', 'ky', 'en', 'de', 'fr', 'es', 'id'].filter((l) => grammarOf(l).surnameFirst === true)).toEqual(['ru', 'ky']);
  });
});

describe('a person named surname first is the one checked', () => {
  it('ru: an appointee written surname first, no false alarm', () => {
    const text = 'Жапаров Акылбек Усенбекович назначен исполняющим обязанности председателя Кабинета министров Кыргызской Республики.';
    expect(rules(text, 'ru', '2021-10-12')).toEqual([]);
    expect(holders(text, 'ru', '2021-10-12')).toEqual([['akylbek-japarov', 'Жапаров Акылбек Усенбекович', 'verified']]);
  });
  it.each([
    'Совещание по итогам полугодия провел председатель Кабинета министров Жапаров Акылбек.',
    'Участники встретились с председателем Кабинета министров Кыргызской Республики Жапаровым Акылбеком Усенбековичем.',
  ])('ru: with or without the patronymic, in any case: %s', (text) => {
    expect(rules(text, 'ru', '2023-03-01')).toEqual([]);
    expect(holders(text, 'ru', '2023-03-01').map((h) => h[0])).toEqual(['akylbek-japarov']);
  });
  it.each([
    'Министрлер кабинетинин төрагасы Жапаров Акылбек Усенбек уулу кеңешме өткөрдү.',
    'Кыргыз Республикасынын Министрлер кабинетинин төрагасы Жапаров Акылбек Усенбековичтин катышуусунда кеңешме өттү.',
  ])('ky: %s', (text) => {
    expect(rules(text, 'ky', '2023-03-01')).toEqual([]);
    expect(holders(text, 'ky', '2023-03-01').map((h) => h[0])).toEqual(['akylbek-japarov']);
  });
});

describe('a true error is still caught with the name surname first', () => {
  it('ru: a person who did not hold the office on that date', () => {
    // Kasymaliev heads the cabinet from 2024-12-16 in the bundled set.
    const text = 'Касымалиев Адылбек Маматович назначен исполняющим обязанности председателя Кабинета министров Кыргызской Республики.';
    expect(rules(text, 'ru', '2021-10-12')).toEqual(['office-holder']);
    expect(holders(text, 'ru', '2021-10-12')).toEqual([['adylbek-kasymaliev', 'Касымалиев Адылбек', 'contradicted']]);
  });
  it('ru and ky: the right person after their term', () => {
    // Akylbek Japarov's term ends 2024-12-16.
    expect(rules('Председатель Кабинета министров Кыргызской Республики Жапаров Акылбек Усенбекович провел совещание.', 'ru', '2025-03-01')).toEqual(['office-holder']);
    expect(rules('Министрлер кабинетинин төрагасы Жапаров Акылбек Усенбек уулу кеңешме өткөрдү.', 'ky', '2025-03-01')).toEqual(['office-holder']);
  });
  it('ru: a respectively-list of holders written surname first, in the wrong order', () => {
    expect(rules('Президенты Казахстана и Киргизии Жапаров Садыр и Токаев Касым-Жомарт встретились в Астане.', 'ru', '2023-05-09')).toEqual(['office-holder', 'office-holder']);
  });
});

describe('names in a list are not joined across a comma', () => {
  it.each([
    ['ru', 'Церемонию посетили президент Кыргызстана Жапаров, Акылбек Ибраимов и другие.'],
    ['ky', 'Салтанатка Кыргызстандын президенти Жапаров, Акылбек Ибраимов жана башкалар катышты.'],
  ])('%s: the bare surname before the comma stays its own name', (lang, text) => {
    expect(rules(text, lang, '2023-03-01')).toEqual([]);
    expect(holders(text, lang, '2023-03-01')).toEqual([['sadyr-japarov', 'Жапаров', 'verified']]);
  });
  it.each([
    ['ru', 'Президенты Киргизии и Казахстана Жапаров Садыр Нургожоевич и Токаев Касым-Жомарт Кемелевич встретились в Астане.'],
    ['ky', 'Кыргызстандын жана Казакстандын президенттери Жапаров Садыр жана Токаев Касым-Жомарт Астанада жолугушту.'],
  ])('%s: a respectively-list of holders written surname first is paired in order', (lang, text) => {
    expect(rules(text, lang, '2023-05-09')).toEqual([]);
    expect(holders(text, lang, '2023-05-09').map((h) => h[0])).toEqual(['sadyr-japarov', 'kassym-jomart-tokayev']);
  });
});

describe('the name matcher', () => {
  const entities: Entity[] = [
    { id: 'sadyr', type: 'person', names: { ru: ['Садыр Жапаров', 'Жапаров'], ky: ['Садыр Жапаров', 'Жапаров'], en: ['Sadyr Japarov', 'Japarov'] } },
    { id: 'akylbek', type: 'person', names: { ru: ['Акылбек Жапаров', 'Акылбек Усенбекович Жапаров'], ky: ['Акылбек Усенбек уулу Жапаров'], en: ['Akylbek Japarov'] } },
    { id: 'kenesh', type: 'organisation', names: { ru: ['Жогорку Кенеш'], en: ['Jogorku Kenesh'] } },
    { id: 'kant', type: 'city', names: { ru: ['Кант'], en: ['Kant'] } },
  ];
  const found = (lang: string, text: string) => new NameMatcher(entities, lang).find(text, tokenize(text)).map((m) => [m.entityId, m.text, m.alternatives]);

  it('ru, ky: the longest name wins over the bare surname another person has', () => {
    expect(found('ru', 'Жапаров Акылбек и Жапаров Садыр, Жапарову Акылбеку Усенбековичу, Жапаров.')).toEqual([
      ['akylbek', 'Жапаров Акылбек', []], ['sadyr', 'Жапаров Садыр', []], ['akylbek', 'Жапарову Акылбеку Усенбековичу', []], ['sadyr', 'Жапаров', []],
    ]);
    expect(found('ky', 'Жапаров Акылбек Усенбек уулуна, Жапаров Акылбектин')).toEqual([['akylbek', 'Жапаров Акылбек Усенбек уулуна', []], ['akylbek', 'Жапаров Акылбектин', []]]);
  });
  it('joins no names across a comma, and inverts only people', () => {
    expect(found('ru', 'Жапаров, Акылбек Усенбекович; Жапаров, Садыр. Кенеш Жогорку')).toEqual([['sadyr', 'Жапаров', []], ['sadyr', 'Жапаров', []]]);
  });
  it('en: a language without the flag does not invert', () => {
    expect(found('en', 'Japarov Akylbek and Akylbek Japarov')).toEqual([['sadyr', 'Japarov', []], ['akylbek', 'Akylbek Japarov', []]]);
  });
  it('counts the names as given, not their forms', () => {
    const counted = (lang: string) => new NameMatcher(entities, lang).size;
    expect([counted('ru'), counted('en')]).toEqual([9, 5]);
  });
});
