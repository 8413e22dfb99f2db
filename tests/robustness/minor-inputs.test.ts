// Inputs that used to be accepted without a word (issue 13, "also worth closing"): invisible
// characters inside names and weekdays, one-letter names and impossible values in a fact set,
// and options given to rules that take none.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFactSet } from '../../src/facts/index.js';
import { lint } from '../helpers.js';
import { factlint, requireBuilt, tempDir, write } from '../cli/helpers.js';

describe('invisible characters inside words', () => {
  it.each([
    ['zero-width space', '\u200b'],
    ['soft hyphen', '\u00ad'],
    ['word joiner', '\u2060'],
    ['zero-width joiner', '\u200d'],
  ])('do not hide a name or a weekday (%s)', (_, ch) => {
    const found = lint(`Russian President Sadyr Japa${ch}rov arrived on Tues${ch}day, 8 May.`, 'en', '2023-05-09').map((d) => d.ruleId);
    expect(found).toEqual(['office-holder', 'date-weekday']);
  });
  it('in Cyrillic too', () => {
    expect(lint('Президент России Садыр Жапа\u200bров прибыл во вторник, 8 мая.', 'ru', '2023-05-09').map((d) => d.ruleId)).toEqual(['office-holder', 'date-weekday']);
  });
  it('between words they are no word of their own', () => {
    expect(lint('President Putin\u200b met Japarov on Monday, 8 May.', 'en', '2023-05-09')).toEqual([]);
  });
});

describe('a fact set', () => {
  it('refuses one-letter entity names and impossible amounts and shares, but not a one-letter preposition', () => {
    let message = '';
    try {
      loadFactSet([fileURLToPath(new URL('../fixtures/factsets/minor-invalid.json', import.meta.url))]);
    } catch (e) {
      message = (e as Error).message;
    }
    const lines = message.split('\n').slice(1).map((l) => l.replace(/^.*#/, ''));
    expect(lines).toEqual([
      '/entities/0/names/en/1: the name "R" is one letter: it would be found in almost every text',
      '/entities/1/names/en/1: the name "\u200bB\u200b" is one letter: it would be found in almost every text',
      '/statements/0/value: value 0 of "exports" is not a positive amount',
      '/statements/1/min: min -5 of "exports" is not a positive amount',
      '/statements/2/value: value 122.3 of "share-of-trade" is not a share between 0 and 100',
    ]);
  });
});

describe('rule options', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    requireBuilt();
    tmp = tempDir();
    write(tmp.dir, 'a.en.md', '---\ndate: 2023-05-09\nlang: en\n---\n\nPutin arrived on Monday, 8 May.\n');
  });
  afterAll(() => tmp.cleanup());
  it('are refused for rules that take none, naming the option', () => {
    write(tmp.dir, '.factlintrc.json', '{ "rules": { "date-weekday": ["warn", { "strict": true }] } }');
    const run = factlint(['a.en.md'], tmp.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('factlint: invalid config .factlintrc.json#/rules/date-weekday/1: rule "date-weekday" takes no options (got "strict")\n');
  });
  it('an empty options object is still allowed', () => {
    write(tmp.dir, '.factlintrc.json', '{ "rules": { "date-weekday": ["warn", {}] } }');
    expect(factlint(['a.en.md'], tmp.dir).code).toBe(0);
  });
});
