import { describe, expect, it } from 'vitest';
import { givenNameVariant } from '../../src/extract/given-name-variants.js';

describe('givenNameVariant: another spelling or a case form of a given name', () => {
  it.each([['nikol', 'nicol'], ['emomalij', 'emomali'], ['kassym', 'kasim'], ['shavkat', 'schawkat'], ['ара', 'арой'], ['sergei', 'sergej']])('%s ~ %s', (given, word) => {
    expect(givenNameVariant(given, word)).toBe(true);
  });
  it.each([['sadyr', 'akylbek'], ['nikol', 'ruslan'], ['ара', 'арарат'], ['ivan', 'igor']])('%s is not %s', (given, word) => {
    expect(givenNameVariant(given, word)).toBe(false);
  });
});
