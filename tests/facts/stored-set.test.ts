// The compiled fact set read lazily from its bytes answers every FactIndex query, and feeds the
// name matcher, exactly as the same set loaded into memory: same values, same order (people's
// surname-first forms included, which the two make each their own way).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { surnameFirstForms } from '../../src/extract/name-source.js';
import { NameMatcher } from '../../src/extract/names.js';
import { tokenize } from '../../src/extract/tokens.js';
import { MemorySource } from '../../src/facts/byte-source.js';
import { FactIndex, loadFactSet, type LoadedFactSet } from '../../src/facts/index.js';
import { StoredSet } from '../../src/facts/stored-set.js';
import { encodeStored } from '../../src/facts/stored-write.js';
import type { Entity, IndexedStatement, Statement } from '../../src/types.js';
import { ROOT } from './helpers.js';

function stored(loaded: LoadedFactSet): StoredSet {
  const s = StoredSet.open(new MemorySource(encodeStored(loaded, 'test-key')), 'test-key');
  if (!s) throw new Error('not opened');
  return s;
}

/** A set built in memory (no validation needed: the index takes any set). */
function setOf(entities: Entity[], statements: Statement[], properties: LoadedFactSet['facts']['properties']): LoadedFactSet {
  const indexed = statements.map((s, i) => ({ ...s, id: `synthetic.json#/statements/${i}`, origin: { file: 'synthetic.json', pointer: `/statements/${i}` } }) as IndexedStatement);
  return { facts: { entities, properties, statements: indexed }, statements: indexed, files: ['synthetic.json'], hash: 'h' };
}

const FIRST = [['Talgat', 'Талгат'], ['Marat', 'Марат'], ['Pavel', 'Павел'], ['Irina', 'Ирина']] as const;
const SYL = ['ka', 'lo', 'mi', 'ran', 'tu', 'vel', 'sor', 'din'];
const CYR = ['ка', 'ло', 'ми', 'ран', 'ту', 'вел', 'сор', 'дин'];

/** People sharing first names (crowded buckets), offices, places, dates, pairs, ranks, and odd names. */
function synthetic(people: number): LoadedFactSet {
  const entities: Entity[] = [
    { id: 'governor', type: 'office', names: { en: ['governor'], ru: ['губернатор'], de: ['Gouverneur'], fr: ['gouverneur'] } },
    { id: 'norland', type: 'country', names: { en: ['Norland'], ru: ['Норландия'], fr: ["l'Norlande"] }, adjectives: { en: ['Norlandic'], fr: ['norlandais'] } },
    { id: 'suland', type: 'country', names: { en: ['Suland', 'SL'], ru: ['Суландия'], id: ['Suland'] } },
    { id: 'kant', type: 'city', names: { en: ['Kant'], ru: ['Кант'] } },
    { id: 'base', type: 'facility', names: { en: ['Kant air base', 'Kant'], ru: ['авиабаза Кант'] } },
    { id: 'summit', type: 'event', names: { en: ['Norland summit'], de: ['Norland-Gipfel'] } },
    // Odd folding: a soft hyphen, a dotted capital I, an acronym, a name without words.
    { id: 'odd', type: 'person', names: { en: ['Ta\u00adlgat Oddov', 'İzmirov'], de: ['ODD'], id: ['---'] } },
    { id: 'elided', type: 'organisation', names: { fr: ["l'Assemblée nationale", "d'Artagnan"], en: ["d'Artagnan"] } },
    ...namesakes(),
  ];
  const statements: Statement[] = [
    { subject: 'kant', property: 'located-in', object: 'norland', source: 's' },
    { subject: 'base', property: 'located-in', object: 'kant', source: 's' },
    { subject: 'base', property: 'located-in', object: 'suland', rank: 'deprecated', source: 's' },
    { subject: ['base', 'kant'], property: 'venue', object: 'suland', source: 's' },
    { subject: 'summit', property: 'held-on', date: '2020-05-01', source: 's' },
    { subject: ['summit', 'summit'], property: 'held-on', date: '2021-05-01', source: 's' },
    { subject: ['norland', 'suland'], property: 'trade', value: 3, of: ['norland'], period: '2020', source: 's' },
    { subject: ['suland', 'norland'], property: 'trade', value: 4, period: '2021', source: 's' },
  ];
  for (let i = 0; i < people; i++) {
    const [fl, fc] = FIRST[i % FIRST.length]!;
    const last = SYL[i % 8]! + SYL[Math.floor(i / 8) % 8]! + SYL[Math.floor(i / 64) % 8]! + 'ov';
    const lastC = CYR[i % 8]! + CYR[Math.floor(i / 8) % 8]! + CYR[Math.floor(i / 64) % 8]! + 'ов';
    const L = last[0]!.toUpperCase() + last.slice(1);
    const C = lastC[0]!.toUpperCase() + lastC.slice(1);
    const names: Record<string, string[]> = { en: [`${fl} ${L}`, L], ru: [`${fc} ${C}`, C], de: [`${fl} ${L}`, L] };
    if (i % 3 === 0) names.id = [`${fl} ${L}`];
    if (i % 5 === 0) names.en!.push(`${fl.toUpperCase()} ${L}`); // alike once folded: one entry
    entities.push({ id: `p${i}`, type: 'person', names });
    const from = `${2000 + (i % 20)}-0${1 + (i % 9)}-01`;
    statements.push({ subject: `p${i}`, property: 'holds-office', object: { office: 'governor', of: i % 2 ? 'norland' : 'suland' }, from, to: i % 7 ? `${2001 + (i % 20)}-01-01` : null, ...(i % 11 === 0 ? { rank: 'deprecated' as const } : {}), source: 's' });
    if (i % 13 === 0) statements.push({ subject: `p${i}`, property: 'born-on', date: `19${50 + (i % 40)}-01-01`, source: 's' });
  }
  return setOf(entities, statements, [
    { id: 'holds-office', kind: 'office' },
    { id: 'located-in', kind: 'place' },
    { id: 'venue', kind: 'place' },
    { id: 'held-on', kind: 'date' },
    { id: 'born-on', kind: 'date' },
    { id: 'trade', kind: 'quantity', unit: 'USD' },
  ]);
}

/**
 * People sharing surnames, as official texts name them surname first: with patronymics (Russian
 * "-ович", Kyrgyz "уулу"), some only so (their "Асанов Азамат" is the short form alone), one
 * surname crowded (more longer names than a stem keeps in one list), namesakes (one form, several
 * people: the order of the alternatives), a person the set itself names surname first (the same
 * text as another's form), an organisation and one-word names that have no such forms.
 */
function namesakes(): Entity[] {
  const given = ['Азамат', 'Бакыт', 'Нурлан', 'Эрлан', 'Улан', 'Талант', 'Марат', 'Самат', 'Кубат', 'Алмаз'];
  const out: Entity[] = [];
  for (let i = 0; i < 30; i++) {
    const g = given[i % given.length]!;
    const father = given[(i * 3 + 1) % given.length]!;
    const surname = i < 24 ? 'Асанов' : 'Усенов';
    const names: Record<string, string[]> = i % 3 === 0
      ? { ru: [`${g} ${father}ович ${surname}`], ky: [`${g} ${father} уулу ${surname}`] }
      : { ru: [`${g} ${surname}`, `${g} ${father}ович ${surname}`], ky: [`${g} ${father} уулу ${surname}`, `${g} ${surname}`] };
    if (i % 4 === 0) names.ru!.push(surname);
    if (i % 5 === 0) names.en = [`${i % 10 === 0 ? 'Azamat' : 'Talant'} Asanov`]; // Latin: read by ru and ky only from their own lists
    out.push({ id: `namesake${i}`, type: 'person', names });
  }
  out.push({ id: 'literal', type: 'person', names: { ru: ['Асанов Бакыт'] } });
  out.push({ id: 'kenesh', type: 'organisation', names: { ru: ['Жогорку Кенеш', 'Кенеш'], ky: ['Жогорку Кеңеш'] } });
  return out;
}

/** Every query FactIndex answers, over every id, property and post of the set (and some unknown ones). */
function answers(index: FactIndex, loaded: LoadedFactSet): unknown[] {
  const out: unknown[] = [];
  const ids = [...loaded.facts.entities.map((e) => e.id), 'no-such-id'];
  const props = [...loaded.facts.properties.map((p) => p.id), 'no-such-property'];
  out.push(index.entities(), index.properties(), index.locatableEntities());
  for (const t of [...new Set(loaded.facts.entities.map((e) => e.type)), 'no-type']) out.push(index.entitiesOfType(t));
  for (const p of props) out.push(index.property(p), index.statementsOf(p));
  for (const id of ids) {
    out.push(index.entity(id), index.heldBy(id), index.heldByAt(id, '2010-06-01'), index.locatedIn(id), index.placesAround(id), index.datesOf(id));
    for (const p of props) out.push(index.datesOf(id, p), index.statementsFor(p, [id]), index.statementsFor(p, [id], { of: [] }));
  }
  for (const s of [...loaded.statements, { id: 'no-such-statement' } as IndexedStatement]) {
    out.push(index.statement(s.id));
    const subjects = Array.isArray(s.subject) ? s.subject : s.subject === undefined ? [] : [s.subject];
    out.push(index.statementsFor(s.property, [...subjects].reverse()), index.statementsFor(s.property, subjects, { of: Array.isArray(s.of) ? s.of : s.of ? [s.of] : [] }));
    if (typeof s.object === 'object' && s.object) {
      const { office, of } = s.object;
      out.push(index.postsOf(office, of), index.holdersAt(office, of, s.from ?? '2000-01-01'), index.holdersAt(office, of, '2015-03-01'));
    }
  }
  return out;
}

function matches(m: NameMatcher, text: string): unknown[] {
  return m.find(text, tokenize(text)).map((x) => ({ ...x }));
}

const LANGS = ['en', 'ru', 'de', 'id', 'fr', 'es', 'ky'];

/** Text naming entities in every way the set spells them, with text words around them. */
function textOf(entities: readonly Entity[], take: number): string {
  const names = entities.flatMap((e) => Object.values({ ...e.names, ...e.adjectives }).flat()).filter((_, i) => i % take === 0);
  return names.map((n, i) => `${i % 2 ? 'The' : 'Le'} ${n} ${i % 3 ? 'met' : 'встретил'} ${names[(i * 7) % names.length]}s in March.`).join(' ');
}

/**
 * Text naming people surname first (surnameFirstForms), as written and with a case ending on
 * every word, some in comma lists ("Асанов, Азамат …": never one name), among other names.
 */
function surnameFirstText(entities: readonly Entity[], take: number): string {
  const forms = entities.filter((e) => e.type === 'person' || e.id === 'kenesh')
    .flatMap((e) => Object.values(e.names ?? {}).flat())
    .flatMap((n) => [...surnameFirstForms(n), n.split(' ').reverse().join(' ')])
    .filter((_, i) => i % take === 0);
  return forms.map((f, i) => {
    const inflected = i % 3 === 1 ? f.split(' ').map((w) => `${w}у`).join(' ') : f;
    return i % 4 === 2 ? `Указ подписали ${inflected.replace(' ', ', ')} и ${forms[(i * 5) % forms.length]}.` : `Встреча с ${inflected} прошла в Бишкеке.`;
  }).join(' ');
}

/** How many mentions of the text are surname-first forms (their text is no name as given). */
function surnameFirstMentions(found: unknown[], loaded: LoadedFactSet): number {
  const given = new Set(loaded.facts.entities.flatMap((e) => Object.values(e.names ?? {}).flat()));
  return found.filter((m) => {
    const { entityType, text } = m as { entityType: string; text: string };
    return entityType === 'person' && text.includes(' ') && !given.has(text);
  }).length;
}

/** `surnameFirst`: surnameFirstText's text, compared after `text`. */
function compareMatchers(loaded: LoadedFactSet, text: string, surnameFirst = ''): void {
  const lazy = stored(loaded);
  for (const lang of LANGS) {
    const eager = new NameMatcher(loaded.facts.entities, lang);
    const fromStore = new NameMatcher(lazy.names(), lang);
    expect(fromStore.size, lang).toBe(eager.size);
    const found = matches(eager, text + surnameFirst);
    if (lang === 'en' || lang === 'ru') expect(found.length, lang).toBeGreaterThan(20);
    // The surname-first forms are found where the language writes names so, only there.
    if (surnameFirst) expect(surnameFirstMentions(matches(eager, surnameFirst), loaded) > 20, lang).toBe(lang === 'ru' || lang === 'ky');
    expect(matches(fromStore, text + surnameFirst), lang).toEqual(found);
  }
}

describe('compiled fact set read lazily', () => {
  const synth = synthetic(1200);

  it('answers every index query as the loaded set does (synthetic set)', () => {
    expect(answers(new FactIndex(stored(synth)), synth)).toEqual(answers(new FactIndex(synth), synth));
  });

  it('answers every index query as the loaded set does (the default set)', () => {
    const loaded = loadFactSet([path.join(ROOT, 'claims')], { cwd: ROOT });
    expect(answers(new FactIndex(stored(loaded)), loaded)).toEqual(answers(new FactIndex(loaded), loaded));
  });

  it('gives back the whole set as loaded', () => {
    const s = stored(synth).loaded();
    expect(s.facts).toEqual(synth.facts);
    expect([s.files, s.hash]).toEqual([synth.files, synth.hash]);
  });

  it('feeds the name matcher the names the entities give, in every language (synthetic set)', () => {
    compareMatchers(synth, textOf(synth.facts.entities, 7) + " l'Assemblée nationale et d'Artagnan, Ta\u00adlgat Oddov, İzmirov, ODD.");
  });

  it('feeds the name matcher the names the entities give (default set, example articles)', () => {
    const loaded = loadFactSet([path.join(ROOT, 'claims')], { cwd: ROOT });
    const dir = path.join(ROOT, 'examples', 'articles');
    const articles = readdirSync(dir).map((n) => readFileSync(path.join(dir, n), 'utf8')).join('\n\n');
    compareMatchers(loaded, articles + textOf(loaded.facts.entities, 3));
  });

  it('feeds the name matcher the surname-first forms of people, where the language writes them (synthetic set)', () => {
    compareMatchers(synth, textOf(synth.facts.entities, 11), surnameFirstText(synth.facts.entities, 3));
  });

  it('feeds the name matcher the surname-first forms of people (default set)', () => {
    const loaded = loadFactSet([path.join(ROOT, 'claims')], { cwd: ROOT });
    compareMatchers(loaded, textOf(loaded.facts.entities, 3), surnameFirstText(loaded.facts.entities, 1));
  });

  it('refuses bytes that are not a whole compiled set', () => {
    const bytes = encodeStored(synth, 'k');
    expect(StoredSet.open(new MemorySource(bytes), 'k')).toBeDefined();
    expect(StoredSet.open(new MemorySource(bytes), 'other-key')).toBeUndefined();
    expect(StoredSet.open(new MemorySource(bytes.subarray(0, bytes.length - 1)), 'k')).toBeUndefined();
    expect(StoredSet.open(new MemorySource(Buffer.concat([bytes, Buffer.from('x')])), 'k')).toBeUndefined();
    expect(StoredSet.open(new MemorySource(Buffer.from('{"marker":"factlint-fact-cache/2"}')))).toBeUndefined();
    expect(StoredSet.open(new MemorySource(Buffer.alloc(0)))).toBeUndefined();
    const header = Buffer.from(bytes);
    header[header.indexOf('"entityCount"') + 2] = 0x7b; // a brace inside the header's JSON
    expect(StoredSet.open(new MemorySource(header), 'k')).toBeUndefined();
  });

  it('encodes the same set to the same bytes', () => {
    expect(encodeStored(synthetic(300), 'k').equals(encodeStored(synthetic(300), 'k'))).toBe(true);
  });
});

describe('damaged bytes found after opening', () => {
  const synth = synthetic(200);

  /** The compiled set with one section overwritten by `fill`. */
  function damaged(section: string, fill: number): StoredSet {
    const bytes = Buffer.from(encodeStored(synth, 'k'));
    const probe = StoredSet.open(new MemorySource(bytes), 'k')!;
    const [at, length] = probe.header.sections[section]!;
    bytes.fill(fill, at, at + length);
    return StoredSet.open(new MemorySource(bytes), 'k')!;
  }

  for (const [section, fill] of [['statements', 0x7b], ['statements.at', 0xff], ['holders', 0xff], ['holders.json', 0x5d], ['entities', 0xc3], ['entities.id', 0x01]] as const) {
    it(`answers from the reloaded set when ${section} is damaged`, () => {
      let reloads = 0;
      const index = new FactIndex(damaged(section, fill), () => {
        reloads++;
        return synth;
      });
      expect(answers(index, synth)).toEqual(answers(new FactIndex(synth), synth));
      expect(reloads).toBe(1);
    });
  }

  it('matches names from the reloaded set when the names are damaged', () => {
    const index = new FactIndex(damaged('names.json', 0x30), () => synth);
    const text = textOf(synth.facts.entities, 5) + surnameFirstText(synth.facts.entities, 2);
    for (const lang of ['en', 'ru', 'ky']) {
      expect(matches(new NameMatcher(index.names(), lang), text)).toEqual(matches(new NameMatcher(synth.facts.entities, lang), text));
    }
  });

  it('throws without a way to reload', () => {
    expect(() => new FactIndex(damaged('holders.json', 0x5d)).heldBy('p1')).toThrow();
  });
});
