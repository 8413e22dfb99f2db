// A compiled fact set read from its cache file as queries need it (layout in stored-format.ts):
// opening it reads the header; an entity, a statement or a map's list is read and parsed on first
// use and kept. Bytes that turn out damaged throw (RangeError, SyntaxError, TypeError); FactIndex
// then falls back to loading the fact files (see its `reload`).
import { NAME_KINDS, type NameSource } from '../extract/name-source.js';
import type { Entity, IndexedStatement, Property } from '../types.js';
import type { ByteSource } from './byte-source.js';
import { DiskMap } from './disk-map.js';
import type { IndexSource } from './index-source.js';
import type { LoadedFactSet } from './load.js';
import { LIST_MAPS, MAGIC, MARKER, SEP, utf8, type Header, type ListMap } from './stored-format.js';
import { StoredNames } from './stored-names.js';

function isHeader(h: unknown, size: number): h is Header {
  const x = h as Header | null;
  if (typeof x !== 'object' || x === null || x.marker !== MARKER || x.size !== size) return false;
  if (typeof x.key !== 'string' || typeof x.hash !== 'string' || !Array.isArray(x.files) || !Array.isArray(x.properties)) return false;
  if (!Number.isInteger(x.entityCount) || !Number.isInteger(x.statementCount) || !Number.isInteger(x.nameSlots)) return false;
  if (!Array.isArray(x.types) || !Array.isArray(x.langs) || !Array.isArray(x.locatable) || typeof x.nameCounts !== 'object' || x.nameCounts === null) return false;
  const needed = ['entities', 'entities.at', 'entities.id', 'statements', 'statements.at', 'statements.id', 'names', 'names.json', ...LIST_MAPS.flatMap((m) => [m, `${m}.json`])];
  return typeof x.sections === 'object' && x.sections !== null && needed.every((n) => {
    const s = x.sections[n];
    return Array.isArray(s) && Number.isInteger(s[0]) && Number.isInteger(s[1]) && s[0] >= 0 && s[1] >= 0 && s[0] + s[1] <= size;
  });
}

function isEntity(v: unknown): v is Entity {
  const e = v as Entity | null;
  return typeof e === 'object' && e !== null && typeof e.id === 'string' && typeof e.type === 'string';
}

function isStatement(v: unknown): v is IndexedStatement {
  const s = v as IndexedStatement | null;
  return typeof s === 'object' && s !== null && typeof s.id === 'string' && typeof s.property === 'string' && typeof s.origin === 'object' && s.origin !== null;
}

export class StoredSet implements IndexSource {
  private readonly sectionCache = new Map<string, Buffer>();
  private readonly maps = new Map<string, DiskMap>();
  private readonly entityRecords: Array<Entity | undefined>;
  private readonly statementRecords: Array<IndexedStatement | undefined>;
  private readonly lists = new Map<ListMap, Map<string, unknown[]>>();
  private readonly propertyById = new Map<string, Property>();
  private readonly entityById = new Map<string, Entity | null>();
  private storedNames: StoredNames | undefined;

  private constructor(private readonly source: ByteSource, readonly header: Header) {
    this.entityRecords = new Array<Entity | undefined>(header.entityCount);
    this.statementRecords = new Array<IndexedStatement | undefined>(header.statementCount);
    for (const p of header.properties) this.propertyById.set(p.id, p);
  }

  /** The set in these bytes, or undefined when they are not a whole cache file (of this key). */
  static open(source: ByteSource, key?: string): StoredSet | undefined {
    try {
      if (source.size < MAGIC.length + 4 || !source.read(0, MAGIC.length).equals(MAGIC)) return undefined;
      const length = source.read(MAGIC.length, 4).readUInt32LE(0);
      const header: unknown = JSON.parse(utf8(source.read(MAGIC.length + 4, length)));
      if (!isHeader(header, source.size) || (key !== undefined && header.key !== key)) return undefined;
      return new StoredSet(source, header);
    } catch {
      return undefined;
    }
  }

  get files(): string[] {
    return this.header.files;
  }

  get hash(): string {
    return this.header.hash;
  }

  /** The whole file (for a worker thread). */
  bytes(): Buffer {
    return this.source.all();
  }

  /** A section read whole, once. */
  section(name: string): Buffer {
    let b = this.sectionCache.get(name);
    if (!b) {
      const [at, length] = this.header.sections[name]!;
      this.sectionCache.set(name, (b = this.source.read(at, length)));
    }
    return b;
  }

  /** `length` bytes at `offset` of a section, read where they lie. */
  slice(name: string, offset: number, length: number): Buffer {
    const [at, size] = this.header.sections[name]!;
    if (offset + length > size) throw new RangeError(`${name}: past the end`);
    return this.source.read(at + offset, length);
  }

  map(name: string): DiskMap {
    let m = this.maps.get(name);
    if (!m) this.maps.set(name, (m = new DiskMap(this.section(name))));
    return m;
  }

  /** The JSON value a map holds for `key`, parsed. */
  json(name: string, key: string): unknown {
    const where = this.map(name).get(key);
    return where ? JSON.parse(utf8(this.slice(`${name}.json`, where[0], where[1]))) : undefined;
  }

  private record(name: 'entities' | 'statements', i: number): unknown {
    const at = this.section(`${name}.at`);
    const from = at.readUInt32LE(i * 4);
    return JSON.parse(utf8(this.slice(name, from, at.readUInt32LE(i * 4 + 4) - from)));
  }

  entityAt(i: number): Entity {
    let e = this.entityRecords[i];
    if (!e) {
      if (!(i >= 0 && i < this.header.entityCount)) throw new RangeError(`no entity ${i}`);
      const v = this.record('entities', i);
      if (!isEntity(v)) throw new TypeError(`entity ${i} is not one`);
      this.entityRecords[i] = e = v;
    }
    return e;
  }

  statementAt(i: number): IndexedStatement {
    let s = this.statementRecords[i];
    if (!s) {
      if (!(i >= 0 && i < this.header.statementCount)) throw new RangeError(`no statement ${i}`);
      const v = this.record('statements', i);
      if (!isStatement(v)) throw new TypeError(`statement ${i} is not one`);
      this.statementRecords[i] = s = v;
    }
    return s;
  }

  /** A map's list for a key, made of records by `at` (entityAt, statementAt), kept. */
  private list<T>(name: ListMap, key: string, at: (i: number) => T): T[] {
    let byKey = this.lists.get(name);
    if (!byKey) this.lists.set(name, (byKey = new Map()));
    let list = byKey.get(key) as T[] | undefined;
    if (!list) {
      const v = this.json(name, key) ?? [];
      if (!Array.isArray(v)) throw new TypeError(`${name}: not a list`);
      list = (v as unknown[]).map((x) => at(x as number));
      byKey.set(key, list);
    }
    // A fresh array for a miss, as a Map-backed index gives: callers may keep what they get.
    return list.length ? list : [];
  }

  private statements(name: ListMap, key: string): IndexedStatement[] {
    return this.list(name, key, (i) => this.statementAt(i));
  }

  entity(id: string): Entity | undefined {
    // Remembered, misses too: checks ask for the same ids over and over.
    let e = this.entityById.get(id);
    if (e === undefined) {
      const at = this.map('entities.id').get(id);
      this.entityById.set(id, (e = at ? this.entityAt(at[0]) : null));
    }
    return e ?? undefined;
  }

  property(id: string): Property | undefined {
    return this.propertyById.get(id);
  }

  statement(id: string): IndexedStatement | undefined {
    const at = this.map('statements.id').get(id);
    return at ? this.statementAt(at[0]) : undefined;
  }

  entities(): Entity[] {
    const byId = new Map<string, Entity>();
    for (let i = 0; i < this.header.entityCount; i++) {
      const e = this.entityAt(i);
      byId.set(e.id, e);
    }
    return [...byId.values()];
  }

  properties(): Property[] {
    return [...this.propertyById.values()];
  }

  entitiesOfType(type: string): Entity[] {
    return this.list('byType', type, (i) => this.entityAt(i));
  }

  statementsOf(property: string): IndexedStatement[] {
    return this.statements('byProperty', property);
  }

  postsOf(office: string, of: string): IndexedStatement[] {
    return this.statements('posts', `${office}${SEP}${of}`);
  }

  heldBy(person: string): IndexedStatement[] {
    return this.statements('holders', person);
  }

  bySubjects(property: string, key: string): IndexedStatement[] {
    return this.statements('bySubject', `${property}${SEP}${key}`);
  }

  locatedIn(subject: string): string[] {
    return this.list('places', subject, (x) => {
      if (typeof x !== 'string') throw new TypeError('places: not a place');
      return x;
    });
  }

  datesOf(subject: string): IndexedStatement[] {
    return this.statements('dates', subject);
  }

  locatable(): Entity[] {
    return this.header.locatable.map((i) => this.entityAt(i));
  }

  names(): NameSource | Entity[] {
    // Record order is kept in one number (stored-names.ts): past 2^53, the names are walked.
    const h = this.header;
    if (h.entityCount * 2 * NAME_KINDS * (h.langs.length + 1) * h.nameSlots > Number.MAX_SAFE_INTEGER) return this.entities();
    return (this.storedNames ??= new StoredNames(this));
  }

  /** The whole set as plain objects, as loadFactSet gives it (without entity origins). */
  loaded(): LoadedFactSet {
    const entities = Array.from({ length: this.header.entityCount }, (_, i) => this.entityAt(i));
    const statements = Array.from({ length: this.header.statementCount }, (_, i) => this.statementAt(i));
    return { facts: { entities, properties: this.header.properties, statements }, statements, files: this.header.files, hash: this.header.hash };
  }
}
