// factlint on whole corpora, as the score that matters: the blind fixture corpora written for
// these tests without reading the extractor (tests/fixtures/forms-*), and, where the development
// checkout has them beside it, the shared dev corpora and seed articles. Runs the engine in
// process, cross-article check included.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.js';
import { score } from './score.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(HERE, '../fixtures');
const SHARED = path.resolve(HERE, '../../../shared');
const READ = ['en', 'ru', 'de', 'id', 'fr', 'es'];

function lintCorpus(corpus: string, claims?: string) {
  return run({ cwd: corpus, patterns: [path.join(corpus, 'articles')], ...(claims ? { claims: [claims] } : {}), factCache: false }).results;
}

describe.each([['forms-en-de'], ['forms-ru-id'], ['forms-fr-es-ky']])('blind fixture corpus %s', (name) => {
  const corpus = path.join(FIXTURES, name);
  // Linted in a hook, not while the file is collected: fifteen corpora linted at collection kept
  // the test process from answering vitest for over a minute on a loaded 2-CPU machine.
  let results: ReturnType<typeof lintCorpus>;
  let s: ReturnType<typeof score>;
  beforeAll(() => {
    results = lintCorpus(corpus, path.join(corpus, 'facts.json'));
    s = score(corpus, results);
  }, 120_000);

  it('flags no true sentence (precision ≥ 0.95)', () => {
    expect(s.falseAlarms).toEqual([]);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('finds most planted errors (recall ≥ 0.8)', () => {
    expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  it('reports every claim with one of the three verdicts', () => {
    const verdicts = new Set(results.flatMap((r) => r.claims ?? []).map((c) => c.verdict));
    expect([...verdicts].sort()).toEqual(['contradicted', 'unverifiable', 'verified']);
  });
});

// Another region with its own fact set (South Caucasus, Turkey, Iran), written blind: the test of
// generality. No false alarm; recall is a regression bound (16/22 when added), the misses being an
// event named only as "the helicopter", property words the fact set lacks ("Warenverkehr") and
// part-year figures.
describe('blind fixture corpus blind-caucasus (another region)', () => {
  const corpus = path.join(FIXTURES, 'blind-caucasus');
  let s: ReturnType<typeof score>;
  beforeAll(() => {
    s = score(corpus, lintCorpus(corpus, path.join(corpus, 'facts.json')));
  }, 120_000);
  it('flags no true sentence', () => {
    expect(s.falseAlarms).toEqual([]);
  });
  it('finds at least 70 % of the planted errors', () => {
    expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.7);
  });
});

// Two more regions written blind the same way (Southeast Asia; Latin America), added after a
// session's fixes for what they found: no false alarm; recall is a regression bound (13/23 and
// 12/22 when added; 17/23 later in the session).
// Then two more (Eastern Europe and the Balkans; South Asia and the Gulf), measured when they
// came in (0.478 and 0.304, with one false alarm each) and after this session's fixes for what
// they showed (0.609 and 0.304, none). The South Asia set types every place "place", which
// factlint does not read as a region or a city.
// Then Africa (written after all of the above): 0.304 recall with five false alarms when it came
// in, measured before any fix; none after the fixes for what they showed, recall unchanged.
// Then Western and Northern Europe, and East Asia and the Pacific: precision 0.714 (four false
// alarms) and 0.929 (one) when they came in, recall 0.455 and 0.542; no false alarm after the
// fixes for what they showed, recall unchanged.
// Then the Middle East and Turkey: precision 0.625 (six false alarms), recall 0.435 when it came in.
// Then Central Europe and the Alps, and North America and the Caribbean: precision 0.714 (four
// false alarms) and 0.875 (one), recall 0.455 and 0.318 when they came in (the second's fact set
// first failed to load: a period of whole years, "2018..2025", which the format now allows).
// Then the Nordic and Baltic countries: precision 0.813 (three false alarms), recall 0.65 when it
// came in against the build before this session's work; 0.833 and 0.75 against this session's
// build before the fixes for what it showed; none after.
// Then Southern Europe: precision 0.688 (five false alarms), recall 0.524 against this session's
// build when it came in; none after the fixes for what it showed.
// The one left at the last stop ("…, merujuk pada kunjungan resminya … pada April 2023" read as
// Japarov's visit of the article's week) went with Indonesian prepositions: "pada" says "on", a
// function word as "on" is in English, and no longer dates an event by itself.
// The one known: the East Africa set gives the Lamu port's 32 berths as a value at all times (its
// note says "planned total"), so the article's true "one berth when it opened in May 2021" meets it.
const KNOWN_FALSE_ALARMS: Record<string, string[]> = { 'blind-eaf': ['18-kenya-infrastruktur.id.md:13'] };
describe.each([['blind-sea', 0.85], ['blind-latam', 0.6], ['blind-eeu', 0.85], ['blind-sag', 0.5], ['blind-afr', 0.55], ['blind-weu', 0.65], ['blind-eap', 0.65], ['blind-mena', 0.45], ['blind-ceu', 0.45], ['blind-nam', 0.4], ['blind-nor', 0.7], ['blind-sou', 0.5], ['blind-bal', 0.45], ['blind-cas', 0.6], ['blind-eaf', 0.55]])('blind fixture corpus %s (another region)', (name, bound) => {
  const corpus = path.join(FIXTURES, name);
  let s: ReturnType<typeof score>;
  beforeAll(() => {
    s = score(corpus, lintCorpus(corpus, path.join(corpus, 'facts.json')));
  }, 120_000);
  it(KNOWN_FALSE_ALARMS[name] ? 'flags no true sentence but the one known' : 'flags no true sentence', () => {
    expect(s.falseAlarms.map((f) => f.split(':').slice(0, 2).join(':'))).toEqual(KNOWN_FALSE_ALARMS[name] ?? []);
  });
  it(`finds at least ${bound * 100} % of the planted errors`, () => {
    expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(bound);
  });
});

const haveShared = existsSync(path.join(SHARED, 'eval', 'dev', 'key.json'));

describe.runIf(haveShared)('shared development corpora (beside the checkout)', () => {
  it('dev: every planted error and nothing else; all three verdicts occur', () => {
    const corpus = path.join(SHARED, 'eval', 'dev');
    const results = lintCorpus(corpus, path.join(corpus, 'facts.json'));
    const s = score(corpus, results);
    expect(s.falseAlarms).toEqual([]);
    expect(s.misses).toEqual([]);
    const verdicts = new Set(results.flatMap((r) => r.claims ?? []).map((c) => c.verdict));
    expect(verdicts.size).toBe(3);
  });

  it('dev2, the languages factlint reads: precision ≥ 0.95, recall ≥ 0.9', () => {
    const corpus = path.join(SHARED, 'eval', 'dev2');
    const s = score(corpus, lintCorpus(corpus, path.join(corpus, 'facts.json')), READ);
    expect(s.falseAlarms).toEqual([]);
    expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('the audit of the bundled set: its twenty articles give no false alarm and recall ≥ 0.9', () => {
    const corpus = path.join(SHARED, 'audits', 'factset');
    const s = score(corpus, lintCorpus(corpus));
    expect(s.falseAlarms).toEqual([]);
    expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('seeds: their errors and nothing else, with the bundled fact set', () => {
    const corpus = path.join(SHARED, 'seeds');
    const s = score(corpus, lintCorpus(corpus));
    expect(s.falseAlarms).toEqual([]);
    expect(s.misses).toEqual([]);
  });
});
