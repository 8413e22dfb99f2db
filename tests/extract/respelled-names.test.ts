// A person's given name followed by their surname in a spelling the fact set does not list
// ("Akylbek Japarow" for "Akylbek Japarov", German copy mixing transliterations). Read alone, that
// surname is another person's ("Japarow" is a listed spelling of Sadyr Japarov's), so the brothers'
// posts were swapped: a false alarm on a right title. Sentences are our own.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf, lint, rulesOf } from '../helpers.js';

const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
const rules = (text: string, lang: string, date: string) => rulesOf(lint(text, lang, date, BUNDLED)).filter((r) => r !== 'cross-article');
const people = (text: string, lang: string, date: string) =>
  claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'office').map((c) => c.slots.person?.value);

// Bundled: Akylbek Japarov chaired Kyrgyzstan's cabinet 2021-10-12 to 2024-12-16; Sadyr Japarov is president.
describe('a given name and a respelled surname are that person', () => {
  it.each([
    ['de', 'Der kirgisische Kabinettschef Akylbek Japarow sprach in Bischkek.'],
    ['en', 'Kyrgyz cabinet chairman Akylbek Japarow spoke in Bishkek.'],
    ['fr', 'Le chef du Cabinet des ministres du Kirghizistan, Akylbek Japarow, a parlé à Bichkek.'],
  ])('%s: the chairman is Akylbek, not his namesake', (lang, text) => {
    expect(people(text, lang, '2024-03-10')).toEqual(['akylbek-japarov']);
    expect(rules(text, lang, '2024-03-10')).toEqual([]);
  });
  it('a wrong post for him is still reported', () => {
    expect(rules('Kyrgyz President Akylbek Japarow spoke in Bishkek.', 'en', '2024-03-10')).toEqual(['office-holder']);
  });
  it('a surname longer by more than a letter, or different before its last letters, is someone else', () => {
    // "Lavrovik" and "Lavrentyev" are not spellings of "Lavrov"; "Akylbek Jakypow" not of "Akylbek Japarov".
    expect(people('Russian Foreign Minister Sergey Lavrovik spoke.', 'en', '2024-03-10')).toEqual([]);
    expect(people('Russian Foreign Minister Sergey Lavrentyev spoke.', 'en', '2024-03-10')).toEqual([]);
    // A short surname may differ in its last letter only: "Lavrik" is not "Lavrov".
    expect(people('Russian Foreign Minister Sergey Lavrik spoke.', 'en', '2024-03-10')).toEqual([]);
    expect(people('Kyrgyz cabinet chairman Akylbek Jakypow spoke in Bishkek.', 'en', '2024-03-10')).toEqual([]);
  });
  it('a lower-case word after a given name is no surname', () => {
    expect(people('Kyrgyz cabinet chairman Akylbek japarow spoke in Bishkek.', 'en', '2024-03-10')).toEqual([]);
  });
});
