// Writes a loaded fact set as a compiled cache file (layout in stored-format.ts). Runs once per
// fact set (a cache miss); what it precomputes is what a run would otherwise build over every
// entity and statement: the index's maps (taken from EagerIndex, so the order is the same) and
// the names grouped the way NameMatcher groups them.
import { surnameOf } from '../extract/name-source.js';
import { FIRST_WORD, scriptOf } from '../extract/names.js';
import { foldWord } from '../extract/tokens.js';
import type { Entity, IndexedStatement } from '../types.js';
import { ByteWriter } from './byte-writer.js';
import { buildDiskMap } from './disk-map.js';
import { EagerIndex } from './eager-index.js';
import type { LoadedFactSet } from './load.js';
import { IRREGULAR, LIST_MAPS, MAGIC, MARKER, NAME_SEP, SEP, SURNAME_SEP, type Header, type ListMap } from './stored-format.js';

/** Values as JSON, one after another: the bytes (in chunks), and where each starts (count + 1 offsets). */
function joined(values: readonly unknown[]): { body: Buffer[]; starts: Uint32Array } {
  const w = new ByteWriter();
  const starts = new Uint32Array(values.length + 1);
  for (let i = 0; i < values.length; i++) starts[i + 1] = w.text(JSON.stringify(values[i]));
  return { body: w.result(), starts };
}

/** Numbers as uint32 little-endian bytes. */
function uint32LE(values: Uint32Array): Buffer {
  const out = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  // Typed arrays are in the machine's byte order; the file is little-endian.
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) out.swap32();
  return out;
}

/** Records one after another, and their offsets (count + 1). */
function records(values: readonly unknown[]): { body: Buffer[]; at: Buffer } {
  const { body, starts } = joined(values);
  return { body, at: uint32LE(starts) };
}

/** A disk map from keys[i] to values[i] as JSON, and the values' section. */
function jsonMap(keys: readonly string[], values: readonly unknown[]): { map: Buffer; json: Buffer[] } {
  const { body, starts } = joined(values);
  const lengths = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) lengths[i] = starts[i + 1]! - starts[i]!;
  return { map: buildDiskMap(keys, starts, lengths), json: body };
}

/** A map's keys and its values turned by `f`, as two lists. */
function entries<V>(m: Map<string, V>, f: (v: V) => unknown): { keys: string[]; values: unknown[] } {
  const keys: string[] = [];
  const values: unknown[] = [];
  for (const [k, v] of m) {
    keys.push(k);
    values.push(f(v));
  }
  return { keys, values };
}

/** A two-level map as one: the keys joined by SEP. */
function flatEntries<V>(outer: Map<string, Map<string, V>>, f: (v: V) => unknown): { keys: string[]; values: unknown[] } {
  const keys: string[] = [];
  const values: unknown[] = [];
  for (const [a, inner] of outer) {
    for (const [b, v] of inner) {
      keys.push(`${a}${SEP}${b}`);
      values.push(f(v));
    }
  }
  return { keys, values };
}

/** The index's maps as lists of record numbers (places: the places themselves). */
function listMaps(eager: EagerIndex, entityNo: Map<Entity, number>, statementNo: Map<IndexedStatement, number>): Record<ListMap, { keys: string[]; values: unknown[] }> {
  const st = (list: IndexedStatement[]) => list.map((s) => statementNo.get(s)!);
  return {
    byType: entries(eager.entitiesByType, (list) => list.map((e) => entityNo.get(e)!)),
    posts: flatEntries(eager.posts, st),
    holders: entries(eager.holders, st),
    bySubject: flatEntries(eager.bySubject, st),
    byProperty: entries(eager.byProperty, st),
    places: entries(eager.places, (v) => v),
    dates: entries(eager.dates, st),
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
  json: Buffer[];
  types: string[];
  langs: string[];
  counts: Record<string, Record<string, number>>;
  slots: number;
}

/** The names map's key of a name whose words start with `word`, in `script`, in the table `sep` starts. */
function groupKey(script: string, sep: string, word: string): string {
  const folded = foldWord(word);
  return `${script}${sep}${foldsIrregularly(word, folded) ? IRREGULAR : folded.slice(0, 3)}`;
}

/**
 * Every entity's names and adjectives as records, grouped by script and first letters. A name
 * given alike in several languages ("Talgat Kakakakaov" in en, de and id) is one record listing
 * each language and position: the matcher keeps one of them anyway (the first in its order).
 * A person's name with surname-first forms is recorded a second time, the same record, in the
 * surname-first table under the group of those forms (their first word is the surname): the
 * reader makes the forms for the languages that write names so.
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
  // The names of one entity and form, by text: a name given alike in several languages is worked
  // out (first word, script, group) once. One map, emptied after each entity and form.
  const alike = new Map<string, { script: string; key: string; where: number[] }>();
  const add = (i: number, e: Entity, form: number, lists: Entity['names']): void => {
    const person = form === 0 && e.type === 'person';
    if (!lists) return;
    for (const l of Object.keys(lists)) {
      const names = lists[l] ?? [];
      const lang = langNo.get(l)!;
      for (let k = 0; k < names.length; k++) {
        const name = names[k]!;
        let r = alike.get(name);
        if (!r) {
          const m = FIRST_WORD.exec(name);
          if (!m) continue; // no word: the matcher skips it too
          const script = scriptOf(name);
          r = { script, key: groupKey(script, NAME_SEP, m[0]), where: [] };
          alike.set(name, r);
        }
        const byScript = (counts[l] ??= {});
        byScript[r.script] = (byScript[r.script] ?? 0) + 1;
        slots = Math.max(slots, k + 1);
        r.where.push(lang, k);
      }
    }
    const put = (key: string, name: string, where: number[]): void => {
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(i, form, typeNo.get(e.type)!, e.id, name, where.length / 2, ...where);
    };
    for (const [name, { script, key, where }] of alike) {
      put(key, name, where);
      if (!person) continue;
      // Every form starts with the surname: one group holds them all.
      const surname = FIRST_WORD.exec(surnameOf(name) ?? '');
      if (surname) put(groupKey(script, SURNAME_SEP, surname[0]), name, where);
    }
    alike.clear();
  };
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    add(i, e, 0, e.names);
    add(i, e, 1, e.adjectives);
  }
  const { map, json } = jsonMap([...groups.keys()], [...groups.values()]);
  return { map, json, types, langs: langList, counts, slots };
}

/** The cache file's bytes for a loaded set (`eager`: its maps, when already built); the same set always gives the same bytes. */
export function encodeStored(loaded: LoadedFactSet, key: string, eager?: EagerIndex): Buffer {
  return Buffer.concat(encodeStoredParts(loaded, key, eager));
}

/** encodeStored's bytes in pieces, to be written one after another (no copy of the whole file into one buffer). */
export function encodeStoredParts(loaded: LoadedFactSet, key: string, eager = new EagerIndex(loaded)): Buffer[] {
  const entities = loaded.facts.entities;
  const entityNo = new Map(entities.map((e, i) => [e, i]));
  const statementNo = new Map(loaded.statements.map((s, i) => [s, i]));
  const sections: Array<[string, Buffer[]]> = [];
  const ents = records(entities);
  const stmts = records(loaded.statements);
  sections.push(['entities', ents.body], ['entities.at', [ents.at]], ['statements', stmts.body], ['statements.at', [stmts.at]]);
  const ids = (list: readonly { id: string }[]) => [buildDiskMap(list.map((x) => x.id), Uint32Array.from(list.keys()), new Uint32Array(list.length))];
  sections.push(['entities.id', ids(entities)], ['statements.id', ids(loaded.statements)]);
  const maps = listMaps(eager, entityNo, statementNo);
  for (const name of LIST_MAPS) {
    const { map, json } = jsonMap(maps[name].keys, maps[name].values);
    sections.push([name, [map]], [`${name}.json`, json]);
  }
  const names = nameTables(entities);
  sections.push(['names', [names.map]], ['names.json', names.json]);

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
    for (const [name, parts] of sections) {
      const length = parts.reduce((n, b) => n + b.length, 0);
      header.sections[name] = [at, length];
      at += length;
    }
    header.size = at;
    headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    if (headerBytes.length <= guess) break;
    guess = headerBytes.length + 16;
  }
  const pad = Buffer.alloc(header.sections['entities']![0] - MAGIC.length - 4 - headerBytes.length, 0x20);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length + pad.length);
  return [MAGIC, length, headerBytes, pad, ...sections.flatMap(([, parts]) => parts)];
}
