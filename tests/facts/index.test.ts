import { describe, expect, it } from 'vitest';
import { FactIndex } from '../../src/facts/index.js';
import { loadFactSet } from '../../src/facts/load.js';
import { DEV_FACTS, load, tempFacts, VALID } from './helpers.js';

const index = new FactIndex(load(VALID));
const subjects = (list: { subject: string | string[] }[]) => list.map((s) => s.subject);

describe('FactIndex lookups by id', () => {
  it('finds entities, properties and statements', () => {
    expect(index.entity('norland')?.type).toBe('country');
    expect(index.entity('atlantis')).toBeUndefined();
    expect(index.property('trade-growth')).toMatchObject({ kind: 'change', of: 'trade-turnover' });
    expect(index.entities()).toHaveLength(16);
    expect(index.properties().map((p) => p.id)).toContain('located-in');
    expect(index.entitiesOfType('office').map((e) => e.id)).toEqual(['president', 'prime-minister']);
    expect(index.statement('statements/offices.json#/statements/1')?.subject).toBe('anna-berg');
    expect(index.statementsOf('signed')).toHaveLength(1);
  });
});

describe('holdersAt', () => {
  it('finds the holder on the first and the last day of a term', () => {
    expect(subjects(index.holdersAt('president', 'norland', '2015-03-01'))).toEqual(['anna-berg']);
    expect(subjects(index.holdersAt('president', 'norland', '2021-02-28'))).toEqual(['anna-berg']);
    expect(subjects(index.holdersAt('president', 'norland', '2021-03-01'))).toEqual(['jon-vik']);
  });

  it('treats to: null as still in office and a missing from as since always', () => {
    expect(subjects(index.holdersAt('president', 'norland', '2099-12-31'))).toEqual(['jon-vik']);
    expect(subjects(index.holdersAt('prime-minister', 'norland', '1950-01-01'))).toEqual(['anna-berg']);
    expect(subjects(index.holdersAt('prime-minister', 'norland', '2015-03-01'))).toEqual([]);
  });

  it('does not count a term that starts later', () => {
    expect(subjects(index.holdersAt('prime-minister', 'norland', '2026-06-30'))).toEqual([]);
    expect(subjects(index.holdersAt('prime-minister', 'norland', '2026-07-01'))).toEqual(['lena-dahl']);
  });

  it('leaves out deprecated statements, nobody before the first term, nothing for unknown posts', () => {
    expect(subjects(index.holdersAt('president', 'norland', '2022-01-01'))).not.toContain('ole-strand');
    expect(index.holdersAt('president', 'norland', '2010-01-01')).toEqual([]);
    expect(index.holdersAt('president', 'sudmark', '2022-01-01')).toEqual([]);
    expect(index.holdersAt('king', 'norland', '2022-01-01')).toEqual([]);
  });
});

describe('postsOf, heldBy and heldByAt', () => {
  it('lists a post’s history earliest first, all ranks included', () => {
    expect(subjects(index.postsOf('president', 'norland'))).toEqual(['anna-berg', 'jon-vik', 'ole-strand']);
    expect(subjects(index.postsOf('prime-minister', 'norland'))).toEqual(['anna-berg', 'lena-dahl']);
  });

  it('lists every post of a person, and the ones held on a day', () => {
    const objects = (list: ReturnType<FactIndex['heldBy']>) => list.map((s) => s.object);
    expect(objects(index.heldBy('anna-berg'))).toEqual([
      { office: 'prime-minister', of: 'norland' },
      { office: 'president', of: 'norland' },
    ]);
    expect(objects(index.heldByAt('anna-berg', '2014-06-01'))).toEqual([{ office: 'prime-minister', of: 'norland' }]);
    expect(objects(index.heldByAt('anna-berg', '2022-01-01'))).toEqual([]);
    expect(index.heldBy('ole-strand')).toHaveLength(1);
    expect(index.heldByAt('ole-strand', '2022-01-01')).toEqual([]);
    expect(index.heldBy('nobody')).toEqual([]);
  });
});

describe('statementsFor', () => {
  it('matches subject lists as sets', () => {
    const a = index.statementsFor('trade-turnover', ['norland', 'sudmark']);
    const b = index.statementsFor('trade-turnover', ['sudmark', 'norland', 'sudmark']);
    expect(a.map((s) => s.value)).toEqual([4.2e9, 4.0e9, 3.1e9, 9.9e9]);
    expect(b).toEqual(a);
    expect(index.statementsFor('trade-turnover', ['norland'])).toEqual([]);
    expect(index.statementsFor('trade-growth', ['norland', 'sudmark']).map((s) => s.value)).toEqual([12.5]);
  });

  it('keeps deprecated values so a check can flag them', () => {
    const deprecated = index.statementsFor('trade-turnover', ['norland', 'sudmark']).filter((s) => s.rank === 'deprecated');
    expect(deprecated.map((s) => s.period)).toEqual(['2023-12']);
  });

  it('filters by the whole named by of, also as a set', () => {
    const crown = ['norland-crown'];
    expect(index.statementsFor('share-of-settlements', crown).map((s) => s.value)).toEqual([71, 90]);
    expect(index.statementsFor('share-of-settlements', crown, { of: ['norland', 'sudmark'] }).map((s) => s.value)).toEqual([71]);
    expect(index.statementsFor('share-of-settlements', crown, { of: ['norland'] }).map((s) => s.value)).toEqual([90]);
    expect(index.statementsFor('share-of-settlements', crown, { of: ['sudmark'] })).toEqual([]);
  });
});

describe('places', () => {
  it('gives direct targets, leaving out deprecated ones', () => {
    expect(index.locatedIn('hill-base')).toEqual(['portby']);
    expect(index.locatedIn('norland')).toEqual([]);
  });

  it('follows located-in transitively', () => {
    expect(index.isWithin('hill-base', 'portby')).toBe(true);
    expect(index.isWithin('hill-base', 'east-region')).toBe(true);
    expect(index.isWithin('hill-base', 'norland')).toBe(true);
    expect(index.isWithin('hill-base', 'sudmark')).toBe(false);
    expect(index.isWithin('norland', 'hill-base')).toBe(false);
    expect(index.isWithin('norland', 'norland')).toBe(false);
    expect(index.placesAround('hill-base')).toEqual(['portby', 'east-region', 'norland']);
  });

  it('stops at a cycle instead of looping', () => {
    expect(index.isWithin('loop-a', 'loop-b')).toBe(true);
    expect(index.isWithin('loop-a', 'norland')).toBe(false);
    expect(index.placesAround('loop-b')).toEqual(['loop-a']);
  });
});

describe('datesOf', () => {
  it('finds date statements of a subject, also when it is one of several subjects', () => {
    expect(index.datesOf('hill-base').map((s) => s.date)).toEqual(['2004-02-29']);
    expect(index.datesOf('hill-base', 'opened')).toHaveLength(1);
    expect(index.datesOf('hill-base', 'held')).toEqual([]);
    expect(index.datesOf('harbour-summit-2025')[0]).toMatchObject({ from: '2025-06-02', to: '2025-06-03' });
    expect(index.datesOf('portby')).toEqual([]);
  });

  it('indexes a pair subject under each member', () => {
    const dir = tempFacts({
      'f.json': JSON.stringify({
        entities: [
          { id: 'north', type: 'country' },
          { id: 'south', type: 'country' },
        ],
        properties: [{ id: 'relations-established', kind: 'date' }],
        statements: [{ subject: ['north', 'south'], property: 'relations-established', date: '1993-04-01', source: 's' }],
      }),
    });
    const pair = new FactIndex(loadFactSet([dir]));
    expect(pair.datesOf('south', 'relations-established').map((s) => s.date)).toEqual(['1993-04-01']);
    expect(pair.statementsFor('relations-established', ['south', 'north'])).toHaveLength(1);
  });
});

describe('the dev corpus fact set', () => {
  const dev = new FactIndex(loadFactSet([DEV_FACTS]));

  it('answers office and place questions', () => {
    // Presidents of a country on a day: exactly one at any date the set covers.
    const presidents = dev.postsOf('president', 'kyrgyzstan');
    expect(presidents.length).toBeGreaterThan(0);
    const latest = presidents[presidents.length - 1];
    expect(latest?.from).toBeTruthy();
    expect(dev.holdersAt('president', 'kyrgyzstan', latest?.from as string).map((s) => s.subject)).toEqual([latest?.subject]);
    expect(dev.isWithin('kant-air-base', 'kyrgyzstan')).toBe(true);
  });
});
