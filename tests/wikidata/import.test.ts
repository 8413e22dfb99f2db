// factlint facts import-wikidata on Wikidata-shaped exports: positions held become statements
// linked to the set by Wikidata ids, at their precision, with references as sources; the review
// says what is new, changed or contradicts the set; the three export forms agree.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactIndex, loadFactSet } from '../../src/facts/index.js';
import { compareWithSet } from '../../src/wikidata/compare.js';
import { readExport, timeOf } from '../../src/wikidata/read-export.js';
import { slug, toStatements } from '../../src/wikidata/to-statements.js';
import type { Statement } from '../../src/types.js';
import { factlint, requireBuilt, tempDir } from '../cli/helpers.js';

const DIR = fileURLToPath(new URL('../fixtures/wikidata/', import.meta.url));
const SET = path.join(DIR, 'set.json');
const LANGS = ['de', 'en', 'id', 'ru'];

function run(form: string) {
  const loaded = loadFactSet([SET]);
  const index = new FactIndex(loaded);
  const byQ = new Map(loaded.facts.entities.filter((e) => e.wikidata).map((e) => [e.wikidata as string, e]));
  const exp = readExport(readFileSync(path.join(DIR, `${form}.json`), 'utf8'), form);
  const result = toStatements(exp, { byWikidata: (q) => byQ.get(q), hasId: (id) => !!index.entity(id) }, LANGS);
  return { exp, result, compared: compareWithSet(result.mapped, index) };
}

const brief = (s: Statement) => `${String(s.subject)} ${JSON.stringify(s.object)} ${s.from}${s.fromPrecision ? `/${s.fromPrecision}` : ''}..${s.to ?? 'open'} ${s.source}`;

describe('reading an export', () => {
  it('knows each form', () => {
    expect(run('entity-data').exp.form).toBe('entity-data');
    expect(run('dump').exp.form).toBe('dump');
    expect(run('sparql').exp.form).toBe('sparql');
  });
  it('keeps a time at its precision', () => {
    expect(timeOf('2020-10-15')).toEqual({ day: '2020-10-15', precision: 'day' });
    expect(timeOf('2007-03')).toEqual({ day: '2007-03-01', precision: 'month' });
    expect(timeOf('2007')).toEqual({ day: '2007-01-01', precision: 'year' });
    expect(timeOf('2007-3')).toBeUndefined();
  });
  it('rejects what is no export, naming the line', () => {
    expect(() => readExport('[\n{"id": "Q1", "type": "item"},\nnot json\n]', 'x.json')).toThrow(/x\.json: not a Wikidata export: line 3/);
    expect(() => readExport('[\n{"id": "Q1"}\n]', 'x.json')).toThrow(/x\.json line 2: entity Q1 is not in the Wikibase JSON model/);
    expect(() => readExport('', 'empty.json')).toThrow(/no entities found/);
  });
  it('makes ids from labels, and from the Q-id when a label has no Latin letters', () => {
    expect(slug('Sadyr Japarov', 'Q1')).toBe('sadyr-japarov');
    expect(slug('Maia Sandu (politician)', 'Q1')).toBe('maia-sandu-politician');
    expect(slug('Садыр Жапаров', 'Q25597826')).toBe('q25597826');
  });
});

describe('positions held as statements', () => {
  it('links people, offices and countries by Wikidata id; keeps precision, roles and references', () => {
    const { result } = run('entity-data');
    expect(result.mapped.map((m) => brief(m.statement))).toEqual([
      'anna-lind {"office":"president","of":"ruritania"} 2001-01-01..2005-06-30 https://example.org/lind-1',
      'anna-lind {"office":"foreign-minister","of":"ruritania"} 1995-02-01..2001-01-01 https://www.wikidata.org/wiki/Q900001',
      'ivo-crane {"office":"president","of":"ruritania"} 2007-03-01/month..2007-04-20 https://example.org/crane-1',
      'dora-moor {"office":"president","of":"ruritania"} 2012-01-01..open https://example.org/moor',
    ]);
    expect(result.mapped[2]!.statement.note).toBe('acting; from Wikidata statement Q900002$1; also https://example.org/crane-2');
    expect(result.entities.map((e) => [e.id, e.wikidata, e.names])).toEqual([
      ['ivo-crane', 'Q900002', { en: ['Ivo Crane'], ru: ['Иво Крейн', 'Крейн'] }],
      ['dora-moor', 'Q900003', { en: ['Dora Moor'] }],
    ]);
  });
  it('skips, with the reason, a deprecated statement, a term without a start and a post the set does not know', () => {
    expect(run('entity-data').result.skipped.map((s) => s.why.split(':')[0])).toEqual([
      'deprecated in Wikidata',
      'no start time (P580)',
      'position Q900555 (Mayor of Strelsau)',
    ]);
  });
  it('says what is new, changed, contradicting or unchanged', () => {
    expect(run('entity-data').compared.map((c) => `${c.verdict} ${String(c.statement.subject)} ${c.against.map((a) => a.id).join(',')}`)).toEqual([
      'unchanged anna-lind set.json#/statements/0',
      'changed anna-lind set.json#/statements/1',
      'contradicts ivo-crane set.json#/statements/2',
      'new dora-moor ',
    ]);
  });
  it('reads the same statements from dump lines, and the president terms from SPARQL results', () => {
    const a = run('entity-data').result.mapped.map((m) => m.statement);
    expect(run('dump').result.mapped.map((m) => m.statement)).toEqual(a);
    const sparql = run('sparql').result.mapped.map((m) => brief(m.statement));
    expect(sparql).toEqual(a.filter((s) => (s.object as { office: string }).office === 'president').map(brief));
  });
});

describe('on the command line', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    requireBuilt();
    tmp = tempDir();
  });
  afterAll(() => tmp.cleanup());
  it('writes a fact file to review that loads and passes the schema, and exits 1 on a contradiction', () => {
    const out = path.join(tmp.dir, 'review.json');
    const r = factlint(['facts', 'import-wikidata', path.join(DIR, 'entity-data.json'), '--claims', SET, '-o', out], DIR);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^contradicts Q900002 Ivo Crane: president of ruritania, 2007-03-01 to 2007-04-20; the set has Boris Kent 2005-06-30 to 2009-06-01/m);
    expect(r.stdout).toMatch(/1 new, 1 changed, 1 contradicting, 1 unchanged, 3 skipped\n$/);
    const review = JSON.parse(readFileSync(out, 'utf8')) as { statements: Statement[] };
    expect(review.statements).toHaveLength(3);
    // The review file and the set load together: its entities and statements are valid fact-set entries.
    expect(() => loadFactSet([SET, out])).not.toThrow();
  });
  it('prints the fact file on stdout and the review on stderr without -o; a bad file is exit 2', () => {
    const r = factlint(['facts', 'import-wikidata', path.join(DIR, 'sparql.json'), '--claims', SET], DIR);
    expect(JSON.parse(r.stdout).statements).toHaveLength(2);
    expect(r.stderr).toMatch(/1 new, 0 changed, 1 contradicting, 1 unchanged, 0 skipped/);
    const bad = factlint(['facts', 'import-wikidata', path.join(DIR, 'README.md'), '--claims', SET], DIR);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a Wikidata export/);
  });
});
