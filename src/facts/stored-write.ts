// Writes a loaded fact set as a compiled cache file (layout in stored-format.ts). Runs once per
// fact set (a cache miss); what it precomputes is what a run would otherwise build over every
// entity and statement: the index's maps (taken from EagerIndex, so the order is the same) and
// the names grouped the way NameMatcher groups them.
import { FIRST_WORD, scriptOf } from '../extract/names.js';
import { foldWord } from '../extract/tokens.js';
import type { Entity, IndexedStatement } from '../types.js';
import { buildDiskMap } from './disk-map.js';
import { EagerIndex } from './eager-index.js';
import type { LoadedFactSet } from './load.js';
import { IRREGULAR, LIST_MAPS, MAGIC, MARKER, NAME_SEP, SEP, type Header, type ListMap } from './stored-format.js';

/** Values as JSON, one after another: the bytes, and where each starts (count + 1 offsets). */
function joined(values: Iterable<unknown>): { body: Buffer; starts: number[] } {
  // One string and one encode: a Buffer per record cost a second on 200,000 records.
  const texts: string[] = [];
  const starts = [0];
  let n = 0;
  for (const v of values) {
    const t = JSON.stringify(v);
    texts.push(t);
    n += Buffer.byteLength(t, 'utf8');
    starts.push(n);
  }
  return { body: Buffer.from(texts.join(''), 'utf8'), starts };
}

/** Records one after another, and their offsets (count + 1). */
function records(values: readonly unknown[]): { body: Buffer; at: Buffer } {
  const { body, starts } = joined(values);
  const at = Buffer.alloc(starts.length * 4);
  starts.forEach((x, i) => at.writeUInt32LE(x, i * 4));
  return { body, at };
}

/** A disk map from keys to JSON values, and the values' section. */
function jsonMap(values: Map<string, unknown>): { map: Buffer; json: Buffer } {
  const { body, starts } = joined(values.values());
  const where = new Map<string, [number, number]>();
  let i = 0;
  for (const k of values.keys()) {
    where.set(k, [starts[i]!, starts[i + 1]! - starts[i]!]);
    i++;
  }
  return { map: buildDiskMap(where), json: body };
}

function flatten<V>(outer: Map<string, Map<string, V>>): Map<string, V> {
  const out = new Map<string, V>();
  for (const [a, inner] of outer) for (const [b, v] of inner) out.set(`${a}${SEP}${b}`, v);
  return out;
}

function mapValues<V, W>(m: Map<string, V>, f: (v: V) => W): Map<string, W> {
  return new Map([...m].map(([k, v]) => [k, f(v)]));
}

/** The index's maps as lists of record numbers (places: the places themselves). */
function listMaps(eager: EagerIndex, entityNo: Map<Entity, number>, statementNo: Map<IndexedStatement, number>): Record<ListMap, Map<string, unknown>> {
  const st = (list: IndexedStatement[]) => list.map((s) => statementNo.get(s)!);
  return {
    byType: mapValues(eager.entitiesByType, (list) => list.map((e) => entityNo.get(e)!)),
    posts: mapValues(flatten(eager.posts), st),
    holders: mapValues(eager.holders, st),
    bySubject: mapValues(flatten(eager.bySubject), st),
    byProperty: mapValues(eager.byProperty, st),
    places: eager.places,
    dates: mapValues(eager.dates, st),
  };
}

/**
 * A first word whose folding is not letter by letter (an invisible character dropped, a letter
 * that lowercases to two): its group cannot be told from its first letters, so the reader
 * works it out with the language's own rules.
 */
function foldsIrregularly(word: string, folded: string): boolean {
  if (folded.length !== word.length) return true;
  // Latin and Cyrillic letters without marks fold one for one (most names): no need to look closer.
  if (/^[A-Za-z0-9'’\u0410-\u044f\u0401\u0451]*$/.test(word)) return false;
  let at = 0;
  for (const ch of word) {
    const f = foldWord(ch);
    if (f.length !== ch.length || !folded.startsWith(f, at)) return true;
    at += f.length;
  }
  return false;
}

interface NameTables {
  map: Buffer;
  json: Buffer;
  types: string[];
  langs: string[];
  counts: Record<string, Record<string, number>>;
  slots: number;
}

/**
 * Every entity's names and adjectives as records, grouped by script and first letters. A name
 * given alike in several languages ("Talgat Kakakakaov" in en, de and id) is one record listing
 * each language and position: the matcher keeps one of them anyway (the first in its order).
 */
function nameTables(entities: readonly Entity[]): NameTables {
  const langs = new Set<string>();
  const types: string[] = [];
  const typeNo = new Map<string, number>();
  for (const e of entities) {
    for (const lists of [e.names, e.adjectives]) if (lists) for (const l of Object.keys(lists)) langs.add(l);
    if (!typeNo.has(e.type)) typeNo.set(e.type, types.push(e.type) - 1);
  }
  const langList = [...langs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const langNo = new Map(langList.map((l, i) => [l, i]));
  const groups = new Map<string, unknown[]>();
  const counts: Record<string, Record<string, number>> = {};
  let slots = 0;
  entities.forEach((e, i) => {
    ([[0, e.names], [1, e.adjectives]] as const).forEach(([form, lists]) => {
      if (!lists) return;
      const alike = new Map<string, { key: string; where: number[] }>();
      for (const l of Object.keys(lists)) {
        (lists[l] ?? []).forEach((name, k) => {
          const m = FIRST_WORD.exec(name);
          if (!m) return; // no word: the matcher skips it too
          const script = scriptOf(name);
          const byScript = (counts[l] ??= {});
          byScript[script] = (byScript[script] ?? 0) + 1;
          slots = Math.max(slots, k + 1);
          let r = alike.get(name);
          if (!r) {
            const folded = foldWord(m[0]);
            const key = `${script}${NAME_SEP}${foldsIrregularly(m[0], folded) ? IRREGULAR : folded.slice(0, 3)}`;
            alike.set(name, (r = { key, where: [] }));
          }
          r.where.push(langNo.get(l)!, k);
        });
      }
      for (const [name, { key, where }] of alike) {
        let list = groups.get(key);
        if (!list) groups.set(key, (list = []));
        list.push(i, form, typeNo.get(e.type)!, e.id, name, where.length / 2, ...where);
      }
    });
  });
  const { map, json } = jsonMap(groups);
  return { map, json, types, langs: langList, counts, slots };
}

/** The cache file's bytes for a loaded set (`eager`: its maps, when already built); the same set always gives the same bytes. */
export function encodeStored(loaded: LoadedFactSet, key: string, eager = new EagerIndex(loaded)): Buffer {
  const entities = loaded.facts.entities;
  const entityNo = new Map(entities.map((e, i) => [e, i]));
  const statementNo = new Map(loaded.statements.map((s, i) => [s, i]));
  const sections: Array<[string, Buffer]> = [];
  const ents = records(entities);
  const stmts = records(loaded.statements);
  sections.push(['entities', ents.body], ['entities.at', ents.at], ['statements', stmts.body], ['statements.at', stmts.at]);
  const ids = (list: readonly { id: string }[]) => buildDiskMap(new Map(list.map((x, i) => [x.id, [i, 0] as const])));
  sections.push(['entities.id', ids(entities)], ['statements.id', ids(loaded.statements)]);
  const maps = listMaps(eager, entityNo, statementNo);
  for (const name of LIST_MAPS) {
    const { map, json } = jsonMap(maps[name]);
    sections.push([name, map], [`${name}.json`, json]);
  }
  const names = nameTables(entities);
  sections.push(['names', names.map], ['names.json', names.json]);

  const header: Header = {
    marker: MARKER,
    key,
    hash: loaded.hash,
    files: loaded.files,
    size: 0,
    entityCount: entities.length,
    statementCount: loaded.statements.length,
    properties: loaded.facts.properties,
    sections: {},
    types: names.types,
    langs: names.langs,
    nameCounts: names.counts,
    nameSlots: names.slots,
    locatable: eager.locatable().map((e) => entityNo.get(e)!),
  };
  // Offsets depend on the header's length, which depends on the offsets' digits: settle it.
  let headerBytes = Buffer.alloc(0);
  for (let guess = 0; ; ) {
    let at = MAGIC.length + 4 + guess;
    for (const [name, bytes] of sections) {
      header.sections[name] = [at, bytes.length];
      at += bytes.length;
    }
    header.size = at;
    headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    if (headerBytes.length <= guess) break;
    guess = headerBytes.length + 16;
  }
  const pad = Buffer.alloc(header.sections['entities']![0] - MAGIC.length - 4 - headerBytes.length, 0x20);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length + pad.length);
  return Buffer.concat([MAGIC, length, headerBytes, pad, ...sections.map(([, b]) => b)]);
}
