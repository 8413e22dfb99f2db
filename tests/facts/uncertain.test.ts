// Uncertain boundary days (precision, alternative days) and values known only as bounds: a claim
// on a disputed day or inside a bound is never an error; outside every candidate it still is.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { boundaryRange, certainSpan, possibleSpan } from '../../src/facts/uncertain.js';
import { lint } from '../helpers.js';

const FACTS = fileURLToPath(new URL('../fixtures/factsets/uncertain.json', import.meta.url));
const messages = (body: string, date: string) => lint(body, 'en', date, FACTS).map((d) => `${d.ruleId}: ${d.message}`);

describe('boundary ranges', () => {
  it('spans a month or year at that precision, and every alternative day', () => {
    expect(boundaryRange('2007-02-01', 'month', undefined)).toEqual({ earliest: '2007-02-01', latest: '2007-02-28' });
    expect(boundaryRange('2008-02-10', 'year', undefined)).toEqual({ earliest: '2008-01-01', latest: '2008-12-31' });
    expect(boundaryRange('2020-10-16', undefined, ['2020-10-14'])).toEqual({ earliest: '2020-10-14', latest: '2020-10-16' });
  });
  it('widens the possible span and narrows the certain one', () => {
    const s = { subject: 'x', property: 'p', source: 's', from: '2020-10-16', fromAlt: ['2020-10-14'], to: null };
    expect(possibleSpan(s)).toEqual({ from: '2020-10-14', to: undefined });
    expect(certainSpan(s)).toEqual({ from: '2020-10-16', to: undefined });
  });
});

describe('office claims on a disputed day', () => {
  it('is silent for either holder on a day between the de facto and the decree day', () => {
    expect(messages('President Boris Kent of Ruritania spoke on Thursday.', '2020-10-15')).toEqual([]);
    expect(messages('President Anna Lind of Ruritania spoke on Thursday.', '2020-10-15')).toEqual([]);
  });
  it('still flags a day outside every candidate', () => {
    // A week past the last candidate: nearer than HANDOVER_DAYS it would be news of the handover.
    expect(messages('President Anna Lind of Ruritania spoke on Monday.', '2020-10-26')).toEqual([
      expect.stringMatching(/^office-holder: Anna Lind was president of Ruritania until 2020-10-16 \(or 2020-10-14\), not on 2020-10-26/),
    ]);
    expect(messages('President Boris Kent of Ruritania spoke on Monday.', '2020-10-05')).toHaveLength(1);
  });
  it('treats a boundary known to the month as any day of that month', () => {
    expect(messages('Foreign Minister Carl Moor of Ruritania arrived.', '2007-01-20')).toEqual([]);
    expect(messages('Foreign Minister Boris Kent of Ruritania arrived.', '2007-01-20')).toEqual([]);
    expect(messages('Foreign Minister Boris Kent of Ruritania arrived.', '2007-02-09')).toHaveLength(1);
  });
});

describe('values as bounds and per series', () => {
  it('accepts a figure inside the bound and flags one below it', () => {
    expect(messages('In 2024, bilateral trade between Ruritania and Borduria reached $11.2 billion.', '2025-03-01')).toEqual([]);
    expect(messages('In 2024, bilateral trade between Ruritania and Borduria exceeded $10 billion.', '2025-03-01')).toEqual([]);
    expect(messages('In 2024, bilateral trade between Ruritania and Borduria reached $9.1 billion.', '2025-03-01')).toEqual([
      expect.stringMatching(/^metric-value: .*the article says 9\.1 billion USD, the fact set at least 10 billion USD \(Ruritanian data\)/),
    ]);
  });
  it('holds for either side\'s figure and names both when it matches neither', () => {
    expect(messages('In 2023, bilateral trade between Ruritania and Borduria reached $8.1 billion.', '2024-03-01')).toEqual([]);
    expect(messages('In 2023, bilateral trade between Ruritania and Borduria reached $9.8 billion.', '2024-03-01')).toEqual([]);
    expect(messages('In 2023, bilateral trade between Ruritania and Borduria reached $12.5 billion.', '2024-03-01')).toEqual([
      expect.stringMatching(/9\.8 billion USD \(±3 %\) \(Ruritanian data\); 8\.1 billion USD \(±3 %\) \(Bordurian data\)/),
    ]);
  });
});

describe('the fields, checked when the set loads', () => {
  it('names each misuse with its pointer', async () => {
    const { loadFactSet } = await import('../../src/facts/index.js');
    const file = fileURLToPath(new URL('../fixtures/factsets/uncertain-invalid.json', import.meta.url));
    let message = '';
    try {
      loadFactSet([file]);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/entities\/0\/wikidata: "wikidata" does not match/);
    expect(message).toMatch(/statements\/0\/fromAlt\/0: invalid date 2010-02-30/);
    expect(message).toMatch(/statements\/0\/verified: verified dates an open term/);
    expect(message).toMatch(/statements\/1\/toAlt: toAlt gives other days for "to", which the statement does not have/);
    expect(message).toMatch(/statements\/1\/toPrecision: toPrecision qualifies "to"/);
    expect(message).toMatch(/statements\/2\/min: min 5 is above max 3/);
    expect(message).toMatch(/statements\/3: statement for property "exports" \(kind quantity\) needs a numeric value \(or min \/ max bounds\)/);
  });
});
