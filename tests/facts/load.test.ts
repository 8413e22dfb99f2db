import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactlintError, FactSetError } from '../../src/errors.js';
import { loadFactSet } from '../../src/facts/load.js';
import { DEV_FACTS, INVALID, load, problemsOf, ROOT, tempFacts, VALID } from './helpers.js';

describe('loadFactSet: valid sets', () => {
  it('merges a folder: all *.json below it, sorted, skipping schema files and folders', () => {
    const loaded = load(VALID);
    expect(loaded.files).toEqual([
      `${VALID}/entities/people.json`,
      `${VALID}/entities/places.json`,
      `${VALID}/properties.json`,
      `${VALID}/statements/economy.json`,
      `${VALID}/statements/offices.json`,
      `${VALID}/statements/places-and-dates.json`,
    ]);
    expect(loaded.facts.entities.map((e) => e.id)).toContain('norland');
    expect(loaded.facts.entities).toHaveLength(16);
    expect(loaded.facts.properties).toHaveLength(8);
    expect(loaded.statements).toHaveLength(21);
    expect(loaded.facts.statements).toBe(loaded.statements);
  });

  it('keeps extra keys of entries (wikidata, parties)', () => {
    const loaded = load(VALID);
    expect(loaded.facts.entities.find((e) => e.id === 'jon-vik')?.wikidata).toBe('Q900000001');
    expect(loaded.statements.find((s) => s.property === 'signed')?.parties).toEqual(['norland', 'sudmark']);
  });

  it('gives statements stable ids and origins', () => {
    const loaded = load(VALID);
    const jon = loaded.statements.find((s) => s.subject === 'jon-vik');
    expect(jon?.id).toBe('statements/offices.json#/statements/0');
    expect(jon?.origin).toEqual({ file: `${VALID}/statements/offices.json`, pointer: '/statements/0' });
    const single = load(`${VALID}/entities/people.json`, `${VALID}/properties.json`, `${VALID}/entities/places.json`, `${VALID}/statements/offices.json`);
    expect(single.statements[1]?.id).toBe('offices.json#/statements/1');
  });

  it('loads the dev corpus facts.json unchanged', () => {
    const raw = JSON.parse(readFileSync(DEV_FACTS, 'utf8')) as { entities: unknown[]; properties: unknown[]; statements: unknown[] };
    const loaded = loadFactSet([DEV_FACTS]);
    expect(loaded.files).toEqual([DEV_FACTS]);
    expect(loaded.facts.entities).toHaveLength(raw.entities.length);
    expect(loaded.facts.properties).toHaveLength(raw.properties.length);
    expect(loaded.statements).toHaveLength(raw.statements.length);
    expect(loaded.statements[0]?.id).toBe('facts.json#/statements/0');
  });

  it('hashes paths and contents: same input, same hash; one byte changed, another', () => {
    const dir = tempFacts({ 'a.json': '{"entities": [{"id": "x", "type": "city"}]}' });
    const first = loadFactSet([dir]).hash;
    expect(loadFactSet([dir]).hash).toBe(first);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(path.join(dir, 'a.json'), '{"entities": [{"id": "y", "type": "city"}]}');
    expect(loadFactSet([dir]).hash).not.toBe(first);
  });

  it('reads a file once when it is named twice, and keeps ids unique across folders with the same file names', () => {
    const dir = tempFacts({
      'one/facts.json': '{"entities": [{"id": "x", "type": "city"}], "properties": [{"id": "opened", "kind": "date"}], "statements": [{"subject": "x", "property": "opened", "date": "2001-01-01", "source": "s1"}]}',
      'two/facts.json': '{"statements": [{"subject": "x", "property": "opened", "date": "2002-02-02", "source": "s2"}]}',
    });
    const loaded = loadFactSet([path.join(dir, 'one'), path.join(dir, 'one', 'facts.json'), path.join(dir, 'two')], { cwd: dir });
    expect(loaded.files).toEqual(['one/facts.json', 'two/facts.json']);
    expect(loaded.statements.map((s) => s.id)).toEqual(['one/facts.json#/statements/0', 'two/facts.json#/statements/0']);
  });

  it('uses a statement’s own id when it has one', () => {
    const dir = tempFacts({
      'f.json': '{"entities": [{"id": "x", "type": "city"}], "properties": [{"id": "opened", "kind": "date"}], "statements": [{"id": "x-opened", "subject": "x", "property": "opened", "date": "2001-01-01", "source": "s"}]}',
    });
    expect(loadFactSet([dir]).statements[0]?.id).toBe('x-opened');
  });

  it('accepts a UTF-8 BOM', () => {
    const dir = tempFacts({ 'bom.json': '\uFEFF{"entities": [{"id": "x", "type": "city", "names": {"ru": ["Икс"]}}]}' });
    expect(loadFactSet([dir]).facts.entities[0]?.names).toEqual({ ru: ['Икс'] });
  });
});

describe('loadFactSet: paths that do not work', () => {
  it('says which path does not exist', () => {
    expect(() => load('claims-missing/nowhere.json')).toThrow(new FactlintError('no such file or folder: claims-missing/nowhere.json'));
    try {
      load('nowhere');
    } catch (err) {
      expect(err).toBeInstanceOf(FactlintError);
      expect(err).not.toBeInstanceOf(FactSetError);
      expect((err as FactlintError).exitCode).toBe(2);
    }
  });

  it('refuses a folder without fact files', () => {
    const dir = tempFacts({ 'schema/only.json': '{}', 'x.schema.json': '{}', 'notes.txt': 'x' });
    expect(() => loadFactSet([dir])).toThrow(/no fact files \(\*\.json\) in folder/);
  });
});

describe('loadFactSet: problems name the file, the entry and what is wrong', () => {
  const file = (name: string) => `${INVALID}/${name}.json`;

  it('unknown ids, with a suggestion when one is close', () => {
    const f = file('unknown-ids');
    expect(problemsOf(VALID, f)).toEqual([
      `${f}#/properties/0/of: unknown property "trade-turnovr" in of (did you mean "trade-turnover"?)`,
      `${f}#/statements/0/subject: unknown entity "jon-vick" in subject (did you mean "jon-vik"?)`,
      `${f}#/statements/1/property: unknown property "holds-ofice" (did you mean "holds-office"?)`,
      `${f}#/statements/2/object/office: unknown office "presdent" in object.office (did you mean "president"?)`,
      `${f}#/statements/3/object/office: "portby" in object.office is not an office (type city)`,
      `${f}#/statements/4/subject/1: unknown entity "sudmrk" in subject (did you mean "sudmark"?)`,
      `${f}#/statements/5/of: unknown entity "atlantis" in of`,
      `${f}#/statements/6/parties/1: unknown entity "narnia" in parties`,
      `${f}#/statements/7/object: unknown entity "trade-turnover" in object ("trade-turnover" is a property)`,
      `${f}#/statements/8/object/of: unknown entity "norlnd" in object.of (did you mean "norland"?)`,
    ]);
  });

  it('impossible dates, reversed spans and invalid periods', () => {
    const f = file('dates');
    expect(problemsOf(VALID, f)).toEqual([
      `${f}#/statements/0/from: invalid date 2023-02-30`,
      `${f}#/statements/1/from: from 2024-05-12 is after to 2023-01-01`,
      `${f}#/statements/2/date: invalid date 2023-13-01`,
      `${f}#/statements/4/date: invalid date 2023-02-29`,
      `${f}#/statements/5/period: invalid period 2024-H3`,
      `${f}#/statements/6/period: invalid period 2024-Q5`,
      `${f}#/statements/7/period: invalid period 2024-13`,
      `${f}#/statements/8/period: period 2025-09..2025-01 ends before it starts`,
      `${f}#/statements/9/to: invalid date 2021-04-31`,
      `${f}#/statements/10/date: invalid date 23-05-2024`,
    ]);
  });

  it('duplicate ids across files and within one', () => {
    const f = file('duplicates');
    expect(problemsOf(VALID, f)).toEqual([
      `${f}#/entities/0/id: duplicate entity id "norland" (first defined in ${VALID}/entities/places.json#/entities/0)`,
      `${f}#/entities/2/id: duplicate entity id "new-town" (first defined in ${f}#/entities/1)`,
      `${f}#/properties/0/id: duplicate property id "located-in" (first defined in ${VALID}/properties.json#/properties/4)`,
    ]);
  });

  it('a duplicate statement id', () => {
    const dir = tempFacts({
      'a.json': '{"entities": [{"id": "x", "type": "city"}], "properties": [{"id": "opened", "kind": "date"}], "statements": [{"id": "s1", "subject": "x", "property": "opened", "date": "2001-01-01", "source": "a"}, {"id": "s1", "subject": "x", "property": "opened", "date": "2001-01-02", "source": "b"}]}',
    });
    expect(problemsOf(dir)).toEqual([`${dir}/a.json#/statements/1/id: duplicate statement id "s1" (first defined in ${dir}/a.json#/statements/0)`]);
  });

  it('statements shaped wrong for their property’s kind', () => {
    const f = file('shapes');
    expect(problemsOf(VALID, f)).toEqual([
      `${f}#/statements/0: statement for property "trade-turnover" (kind quantity) needs a numeric value (or min / max bounds)`,
      `${f}#/statements/1/value: "value" must be a number, got "12"`,
      `${f}#/statements/2/object: statement for property "holds-office" (kind office) needs an object {office, of}`,
      `${f}#/statements/3: statement for property "located-in" (kind place) needs an object (the id of the place)`,
      `${f}#/statements/4: statement for property "opened" (kind date) needs a date or from`,
      `${f}#/statements/5: statement for property "share-of-settlements" (kind share) needs a numeric value (or min / max bounds)`,
      `${f}#/statements/6: statement for property "holds-office" (kind office) needs an object {office, of}`,
    ]);
  });

  it('a growth property the extractors cannot use: no "of", or "of" that is not a quantity', () => {
    const dir = tempFacts({
      'p.json': JSON.stringify({
        properties: [
          { id: 'turnover', kind: 'quantity', unit: 'USD', names: { en: ['turnover'] } },
          { id: 'inflation', kind: 'change', names: { en: ['inflation'] } },
          { id: 'share-growth', kind: 'change', of: 'share-x', names: { en: ['share grew'] } },
          { id: 'share-x', kind: 'share', names: { en: ['share'] } },
          { id: 'turnover-growth', kind: 'change', of: 'turnover', names: { en: ['grew'] } },
        ],
      }),
    });
    const f = path.join(dir, 'p.json');
    expect(problemsOf(dir).map((p) => p.replace(f, 'p.json'))).toEqual([
      'p.json#/properties/1: a change property needs "of", the quantity property it is the growth of: without it no figure can be read as "inflation"',
      'p.json#/properties/2/of: a change property grows a quantity; "share-x" is a share property',
    ]);
  });

  it('empty name lists and empty names', () => {
    const f = file('names');
    expect(problemsOf(VALID, f)).toEqual([
      `${f}#/entities/0/names/en: empty name list "en"`,
      `${f}#/entities/1/names: "names" must not be empty`,
      `${f}#/entities/2/names/en/0: empty name in "en"`,
      `${f}#/entities/3/adjectives/de: empty name list "de"`,
      `${f}#/properties/0/names/en: empty name list "en"`,
    ]);
  });

  it('schema problems: unknown keys, missing source, ranges, enums, ids', () => {
    const f = file('schema');
    expect(problemsOf(VALID, f)).toEqual([
      `${f}#/statments: unknown key "statments" (a fact file holds entities, properties, statements)`,
      `${f}#/properties/0/kind: "kind" must be one of office, quantity, change, share, place, date (got "amount")`,
      `${f}#/statements/0: missing "source"`,
      `${f}#/statements/1/tolerance: "tolerance" must be < 1 (got 1.5)`,
      `${f}#/statements/2/rank: "rank" must be one of normal, preferred, deprecated (got "wrong")`,
      `${f}#/statements/3/source: "source" must not be empty`,
      `${f}#/statements/4/subject: invalid id "Jon Vik" (use lowercase letters, digits and "-")`,
      `${f}#/statements/5/tolerance: "tolerance" must be >= 0 (got -0.1)`,
      `${f}#/statements/6: a statement must be an object, got "portby is in east-region"`,
    ]);
  });

  it('malformed JSON: file, line and column; references are not checked against a half-read set', () => {
    const f = file('broken');
    expect(problemsOf(VALID, f, file('unknown-ids'))).toEqual([`${f}: invalid JSON at line 4, column 3: expected a value (trailing comma?), found "]"`]);
  });

  it('a file that is not a JSON object', () => {
    expect(problemsOf(file('not-an-object'))).toEqual([`${file('not-an-object')}: a fact file must hold a JSON object`]);
  });

  it('the reserved key origin', () => {
    const dir = tempFacts({ 'a.json': '{"statements": [{"subject": "x", "property": "p", "source": "s", "origin": "here"}]}' });
    expect(problemsOf(dir)).toContain(`${dir}/a.json#/statements/0/origin: "origin" is reserved for the loader`);
  });

  it('lists the problems of every file in one error, and its message shows them', () => {
    let error: unknown;
    try {
      load(VALID, file('dates'), file('duplicates'), file('shapes'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(FactSetError);
    const problems = (error as FactSetError).problems;
    expect(problems).toHaveLength(20);
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set([file('dates'), file('duplicates'), file('shapes')]));
    expect((error as FactSetError).message).toContain(`${file('dates')}#/statements/1/from: from 2024-05-12 is after to 2023-01-01`);
  });

  it('suggests only for the first few unknown ids, so a broken large set still fails fast', () => {
    const entities = Array.from({ length: 2000 }, (_, i) => ({ id: `person-${i}`, type: 'person' }));
    const statements = Array.from({ length: 500 }, (_, i) => ({ subject: `persn-${i}`, property: 'born', date: '2000-01-01', source: 's' }));
    const dir = tempFacts({ 'big.json': JSON.stringify({ entities, properties: [{ id: 'born', kind: 'date' }], statements }) });
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(500);
    expect(problems[0]).toBe(`${dir}/big.json#/statements/0/subject: unknown entity "persn-0" in subject (did you mean "person-0"?)`);
    expect(problems[499]).toBe(`${dir}/big.json#/statements/499/subject: unknown entity "persn-499" in subject`);
  });
});

describe('loader speed', () => {
  it('loads 100,000 entities with 100,000 statements in well under the time a quadratic check would take', () => {
    const entities = Array.from({ length: 100_000 }, (_, i) => ({ id: `e-${i}`, type: i < 100 ? 'office' : 'person', names: { en: [`Person ${i}`] } }));
    const statements = Array.from({ length: 100_000 }, (_, i) => ({
      subject: `e-${i}`,
      property: 'holds-office',
      object: { office: `e-${i % 100}`, of: 'e-100' },
      from: '2020-01-01',
      to: null,
      source: 's',
    }));
    const dir = tempFacts({ 'large.json': JSON.stringify({ entities, properties: [{ id: 'holds-office', kind: 'office' }], statements }) });
    const started = performance.now();
    const loaded = loadFactSet([dir]);
    expect(loaded.statements).toHaveLength(100_000);
    // A pairwise duplicate check alone would be 5·10^9 comparisons; linear work is about a second even on a busy machine.
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);
});

// The schema's own path is resolved from the module, not from the working directory.
it('finds its schema wherever it runs from', () => {
  expect(() => loadFactSet([path.join(ROOT, VALID)], { cwd: '/' })).not.toThrow();
});

describe('metadata at the top of a fact file', () => {
  it('a key of the writer\'s own ("notes", "version") is read past; a misspelled section of entries is not', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factlint-meta-'));
    try {
      const base = { entities: [{ id: 'kyrgyzstan', type: 'country', names: { en: ['Kyrgyzstan'] } }], properties: [], statements: [] };
      writeFileSync(path.join(dir, 'notes.json'), JSON.stringify({ ...base, notes: ['written for a test', 'approximate values'], version: '2', meta: { by: 'desk' } }));
      expect(() => loadFactSet([path.join(dir, 'notes.json')])).not.toThrow();
      writeFileSync(path.join(dir, 'typo.json'), JSON.stringify({ ...base, statments: [{ subject: 'kyrgyzstan', property: 'located-in', object: 'asia', source: 'x' }] }));
      expect(() => loadFactSet([path.join(dir, 'typo.json')])).toThrow(/unknown key "statments"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
