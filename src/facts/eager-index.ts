// The index's maps built in memory from a loaded fact set: a set loaded from its files, and the
// source the compiled cache's tables are written from (stored-write.ts), so both list the same
// statements in the same order.
import type { NameSource } from '../extract/name-source.js';
import type { Entity, FactSet, IndexedStatement, Property } from '../types.js';
import { setKey, type IndexSource } from './index-source.js';

/** A subject or `of` as a list: one id or several. */
export function asList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Two-level map (no concatenated keys: building those for 10^5 statements costs more than the lookups). */
function push2<V>(map: Map<string, Map<string, V[]>>, a: string, b: string, value: V): void {
  let inner = map.get(a);
  if (!inner) map.set(a, (inner = new Map()));
  push(inner, b, value);
}

/** Earliest start first; "since always" (no from) before any date; ties keep load order (sort is stable). */
function byFrom(a: IndexedStatement, b: IndexedStatement): number {
  const fa = a.from ?? '';
  const fb = b.from ?? '';
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

export class EagerIndex implements IndexSource {
  readonly entityById = new Map<string, Entity>();
  readonly propertyById = new Map<string, Property>();
  readonly entitiesByType = new Map<string, Entity[]>();
  /** office → of → holds-office statements */
  readonly posts = new Map<string, Map<string, IndexedStatement[]>>();
  readonly holders = new Map<string, IndexedStatement[]>();
  /** property → subject-set key → statements */
  readonly bySubject = new Map<string, Map<string, IndexedStatement[]>>();
  readonly byProperty = new Map<string, IndexedStatement[]>();
  readonly places = new Map<string, string[]>();
  /** The statement that first put each of a subject's places (for the compiled cache). */
  readonly placeStatements = new Map<string, IndexedStatement[]>();
  readonly dates = new Map<string, IndexedStatement[]>();
  private statementById: Map<string, IndexedStatement> | undefined;
  readonly all: IndexedStatement[];

  constructor(loaded: { facts: FactSet; statements: IndexedStatement[] }) {
    for (const e of loaded.facts.entities) {
      this.entityById.set(e.id, e);
      push(this.entitiesByType, e.type, e);
    }
    for (const p of loaded.facts.properties) this.propertyById.set(p.id, p);

    this.all = loaded.statements;
    for (const s of loaded.statements) {
      const subjects = asList(s.subject);
      const kind = this.propertyById.get(s.property)?.kind;
      push(this.byProperty, s.property, s);
      push2(this.bySubject, s.property, setKey(subjects), s);
      if (kind === 'office' && typeof s.object === 'object') {
        push2(this.posts, s.object.office, s.object.of, s);
        for (const person of subjects) push(this.holders, person, s);
      } else if (kind === 'place' && typeof s.object === 'string' && s.rank !== 'deprecated') {
        for (const subject of subjects) {
          const targets = this.places.get(subject);
          if (targets?.includes(s.object)) continue;
          if (targets) targets.push(s.object);
          else this.places.set(subject, [s.object]);
          push(this.placeStatements, subject, s);
        }
      } else if (kind === 'date') {
        for (const subject of new Set(subjects)) push(this.dates, subject, s);
      }
    }
    for (const inner of this.posts.values()) for (const list of inner.values()) list.sort(byFrom);
    for (const list of this.holders.values()) list.sort(byFrom);
  }

  entity(id: string): Entity | undefined {
    return this.entityById.get(id);
  }

  property(id: string): Property | undefined {
    return this.propertyById.get(id);
  }

  statement(id: string): IndexedStatement | undefined {
    // Built on first use: most runs never look a statement up by id.
    this.statementById ??= new Map(this.all.map((s) => [s.id, s]));
    return this.statementById.get(id);
  }

  entities(): Entity[] {
    return [...this.entityById.values()];
  }

  properties(): Property[] {
    return [...this.propertyById.values()];
  }

  entitiesOfType(type: string): Entity[] {
    return this.entitiesByType.get(type) ?? [];
  }

  statementsOf(property: string): IndexedStatement[] {
    return this.byProperty.get(property) ?? [];
  }

  postsOf(office: string, of: string): IndexedStatement[] {
    return this.posts.get(office)?.get(of) ?? [];
  }

  heldBy(person: string): IndexedStatement[] {
    return this.holders.get(person) ?? [];
  }

  bySubjects(property: string, key: string): IndexedStatement[] {
    return this.bySubject.get(property)?.get(key) ?? [];
  }

  locatedIn(subject: string): string[] {
    return this.places.get(subject) ?? [];
  }

  datesOf(subject: string): IndexedStatement[] {
    return this.dates.get(subject) ?? [];
  }

  locatable(): Entity[] {
    return this.entities().filter((e) => this.places.has(e.id) || this.dates.has(e.id));
  }

  /** Names grouped in advance, when the set was compiled too (a cache miss): see names(). */
  groupedNames: NameSource | undefined;

  names(): Iterable<Entity> | NameSource {
    return this.groupedNames ?? this.entities();
  }
}
