import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { claimsOf } from '../helpers.js';
import { givenNameVariant } from '../../src/extract/given-name-variants.js';

describe('givenNameVariant: another spelling or a case form of a given name', () => {
  it.each([['nikol', 'nicol'], ['emomalij', 'emomali'], ['kassym', 'kasim'], ['shavkat', 'schawkat'], ['ара', 'арой'], ['sergei', 'sergej']])('%s ~ %s', (given, word) => {
    expect(givenNameVariant(given, word)).toBe(true);
  });
  it.each([['sadyr', 'akylbek'], ['nikol', 'ruslan'], ['ара', 'арарат'], ['ivan', 'igor']])('%s is not %s', (given, word) => {
    expect(givenNameVariant(given, word)).toBe(false);
  });
});

describe('a double given name spelled otherwise, joined by a hyphen, before the surname', () => {
  // Tokayev is "Kassym-Schomart Tokajew" in the set's German names and "Kassym-Jomart" in English.
  // Before, the unknown double given name stood between the title and the surname: no claim read.
  const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
  const offices = (text: string) => claimsOf(text, 'de', '2024-11-27', BUNDLED).filter((c) => c.kind === 'office').map((c) => `${c.slots.person?.value}:${c.slots.of?.value ?? ''}:${c.verdict}`);
  it.each([
    ['Das Treffen mit Präsident Kassym-Jomart Tokajew fand in Astana statt.'],
    ['Das Treffen mit Präsident Kasym-Schomart Tokajew fand in Astana statt.'],
  ])('%s', (text) => {
    expect(offices(text)).toEqual(['kassym-jomart-tokayev::verified']);
  });
  it('the wrong country is caught through it', () => {
    expect(offices('Das Treffen mit dem kirgisischen Präsidenten Kassym-Jomart Tokajew fand in Astana statt.')).toEqual(['kassym-jomart-tokayev:kyrgyzstan:contradicted']);
  });
  it('another double given name is not taken in: the surname stays alone, and no title reaches a namesake', () => {
    expect(offices('Das Treffen mit Präsident Nursultan-Abisch Tokajew fand statt.')).toEqual([]);
  });
});
