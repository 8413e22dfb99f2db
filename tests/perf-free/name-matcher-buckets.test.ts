// The name matcher indexes longer names by their first two words, so thousands of people sharing
// a first name cost a text word no more than a few. What it finds must not change with that.
import { describe, expect, it } from 'vitest';
import { NameMatcher } from '../../src/extract/names.js';
import { tokenize } from '../../src/extract/tokens.js';
import type { Entity } from '../../src/types.js';

function people(n: number, first: Record<string, string>, last: (i: number, lang: string) => string): Entity[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    type: 'person',
    names: Object.fromEntries(Object.entries(first).map(([lang, f]) => [lang, [`${f} ${last(i, lang)}`]])),
  }));
}

function found(m: NameMatcher, text: string) {
  return m.find(text, tokenize(text)).map((x) => ({ id: x.entityId, text: x.text, alternatives: x.alternatives }));
}

describe('name matcher with many shared first names', () => {
  const suffix = (i: number) => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26) % 26) + String.fromCharCode(97 + Math.floor(i / 676) % 26);
  const ru = 'абвгдежзиклмнопрстуфхцчшщэюя';
  const ruSuffix = (i: number) => ru[i % 28]! + ru[Math.floor(i / 28) % 28]! + ru[Math.floor(i / 784) % 28]!;
  const many = people(3000, { en: 'Alexander', ru: 'Александр' }, (i, lang) => (lang === 'ru' ? `Петров${ruSuffix(i)}ин` : `Smith${suffix(i)}`));
  const city: Entity = { id: 'alexander-city', type: 'city', names: { en: ['Alexander'], ru: ['Александр'] } };
  const twinsA: Entity = { id: 'z-twin', type: 'person', names: { en: ['Alexander Twin'] } };
  const twinsB: Entity = { id: 'a-twin', type: 'person', names: { en: ['Alexander Twin'] } };

  it('finds the one person among thousands, and the one-word name beside them', () => {
    const m = new NameMatcher([...many, city, twinsA, twinsB], 'en');
    expect(found(m, `Alexander Smith${suffix(1500)} met the mayor of Alexander.`)).toEqual([
      { id: 'p1500', text: `Alexander Smith${suffix(1500)}`, alternatives: [] },
      { id: 'alexander-city', text: 'Alexander', alternatives: [] },
    ]);
  });

  it('keeps the order of the fact set among people of the same name', () => {
    const m = new NameMatcher([...many, city, twinsA, twinsB], 'en');
    expect(found(m, 'Alexander Twin spoke.')).toEqual([{ id: 'z-twin', text: 'Alexander Twin', alternatives: ['a-twin'] }]);
    const swapped = new NameMatcher([twinsB, city, twinsA, ...many], 'en');
    expect(found(swapped, 'Alexander Twin spoke.')).toEqual([{ id: 'a-twin', text: 'Alexander Twin', alternatives: ['z-twin'] }]);
    // "Twins" is "Twin" with a tail and also a name of its own: two buckets, still fact-set order.
    const plural: Entity = { id: 'b-twins', type: 'person', names: { en: ['Alexander Twins'] } };
    expect(found(new NameMatcher([twinsA, plural, ...many], 'en'), 'Alexander Twins spoke.')).toEqual([{ id: 'z-twin', text: 'Alexander Twins', alternatives: ['b-twins'] }]);
    expect(found(new NameMatcher([plural, twinsA, ...many], 'en'), 'Alexander Twins spoke.')).toEqual([{ id: 'b-twins', text: 'Alexander Twins', alternatives: ['z-twin'] }]);
  });

  it('matches case endings on both words (Russian)', () => {
    const m = new NameMatcher([...many, city], 'ru');
    const target = many[57]!.names!.ru![0]!; // "Александр Петров…ин"
    const [, surname] = target.split(' ');
    expect(found(m, `Встреча с Александром ${surname}ым прошла в Москве.`)).toEqual([
      { id: 'p57', text: `Александром ${surname}ым`, alternatives: [] },
    ]);
  });

  it('keeps the fact-set order among second words made entries by different text words', () => {
    // "Кимо" and "Кима" share the stem "ким" but not their first five letters: "Кимаева" makes
    // entries of the second only, "Кимы" then of the first; the list they share stays in order.
    const a: Entity = { id: 'a-kimo', type: 'person', names: { ru: ['Александр Кимо'] } };
    const b: Entity = { id: 'b-kima', type: 'person', names: { ru: ['Александр Кима'] } };
    const crowded = new NameMatcher([a, b, ...many], 'ru');
    expect(found(crowded, 'Александр Кимаева пришёл.')).toEqual([]);
    const expected = [{ id: 'a-kimo', text: 'Александр Кимы', alternatives: ['b-kima'] }];
    expect(found(crowded, 'Встреча с Александр Кимы.')).toEqual(expected);
    expect(found(new NameMatcher([a, b, ...many], 'ru'), 'Встреча с Александр Кимы.')).toEqual(expected);
    expect(found(new NameMatcher([a, b], 'ru'), 'Встреча с Александр Кимы.')).toEqual(expected);
  });
});
