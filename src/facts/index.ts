// FactIndex: time-scoped lookups over a loaded fact set. Everything is precomputed into maps
// at construction, so a query touches only the statements it returns (plus a post's history).
import type { Entity, FactSet, IndexedStatement, Property } from '../types.js';
import { dateInSpan } from './time.js';
import { possibleSpan } from './uncertain.js';

export { loadFactSet, type LoadedFactSet, type LoadOptions } from './load.js';
export { FACTSET_SCHEMA_PATH } from './schema.js';
export type { FactProblem } from './problem.js';
export * from './time.js';

const SEP = '\u0000';

/** A subject or `of` as a list: one id or several. */
export function asList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Key for an unordered set of ids: ["russia","kyrgyzstan"] and ["kyrgyzstan","russia"] agree. */
function setKey(ids: readonly string[]): string {
  if (ids.length === 1) return ids[0] as string;
  return [...new Set(ids)].sort().join(SEP);
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

function inPossibleSpan(date: string, s: IndexedStatement): boolean {
  const span = possibleSpan(s);
  return dateInSpan(date, span.from, span.to);
}

function isDeprecated(s: IndexedStatement): boolean {
  return s.rank === 'deprecated';
}

/** Earliest start first; "since always" (no from) before any date; ties keep load order (sort is stable). */
function byFrom(a: IndexedStatement, b: IndexedStatement): number {
  const fa = a.from ?? '';
  const fb = b.from ?? '';
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

export interface StatementsForOptions {
  /** Only statements whose `of` is this set of ids (an empty list: statements without `of`). */
  of?: string[];
}

/**
 * Answers questions about a loaded fact set. Time-scoped answers ("who held the post on that
 * day", "where is it") leave out `deprecated` statements; listings (postsOf, heldBy,
 * statementsFor, datesOf) return every rank, so a check can flag a known wrong value.
 */
export class FactIndex {
  private readonly entityById = new Map<string, Entity>();
  private readonly propertyById = new Map<string, Property>();
  private readonly entitiesByType = new Map<string, Entity[]>();
  /** office → of → holds-office statements */
  private readonly posts = new Map<string, Map<string, IndexedStatement[]>>();
  private readonly holders = new Map<string, IndexedStatement[]>();
  /** property → subject-set key → statements */
  private readonly bySubjects = new Map<string, Map<string, IndexedStatement[]>>();
  private readonly byProperty = new Map<string, IndexedStatement[]>();
  private readonly places = new Map<string, string[]>();
  private readonly dates = new Map<string, IndexedStatement[]>();
  private readonly withinCache = new Map<string, string[]>();
  private statementById: Map<string, IndexedStatement> | undefined;
  private readonly all: IndexedStatement[];

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
      push2(this.bySubjects, s.property, setKey(subjects), s);
      if (kind === 'office' && typeof s.object === 'object') {
        push2(this.posts, s.object.office, s.object.of, s);
        for (const person of subjects) push(this.holders, person, s);
      } else if (kind === 'place' && typeof s.object === 'string' && !isDeprecated(s)) {
        for (const subject of subjects) {
          const targets = this.places.get(subject);
          if (!targets) this.places.set(subject, [s.object]);
          else if (!targets.includes(s.object)) targets.push(s.object);
        }
      } else if (kind === 'date') {
        for (const subject of new Set(subjects)) push(this.dates, subject, s);
      }
    }
    for (const inner of this.posts.values()) for (const list of inner.values()) list.sort(byFrom);
    for (const list of this.holders.values()) list.sort(byFrom);
  }

  /** The entity with this id, if any. */
  entity(id: string): Entity | undefined {
    return this.entityById.get(id);
  }

  /** The property with this id, if any. */
  property(id: string): Property | undefined {
    return this.propertyById.get(id);
  }

  /** A statement by its id ("offices.json#/statements/3"). */
  statement(id: string): IndexedStatement | undefined {
    // Built on first use: most runs never look a statement up by id.
    this.statementById ??= new Map(this.all.map((s) => [s.id, s]));
    return this.statementById.get(id);
  }

  /** All entities, in load order. */
  entities(): Entity[] {
    return [...this.entityById.values()];
  }

  /** All properties, in load order. */
  properties(): Property[] {
    return [...this.propertyById.values()];
  }

  /** Entities of one type ("office", "person", "country"...), in load order. */
  entitiesOfType(type: string): Entity[] {
    return this.entitiesByType.get(type) ?? [];
  }

  /** Every statement of a property (any subject, any rank), in load order. */
  statementsOf(property: string): IndexedStatement[] {
    return this.byProperty.get(property) ?? [];
  }

  /** Every holds-office statement of a post (office of a country/organisation), earliest first. */
  postsOf(office: string, of: string): IndexedStatement[] {
    return this.posts.get(office)?.get(of) ?? [];
  }

  /**
   * Who may have held the post on `date` (YYYY-MM-DD): from ≤ date ≤ to, no from = since always,
   * to null = still; an uncertain boundary counts with every candidate day (facts/uncertain.ts).
   */
  holdersAt(office: string, of: string, date: string): IndexedStatement[] {
    return this.postsOf(office, of).filter((s) => !isDeprecated(s) && inPossibleSpan(date, s));
  }

  /** Every post a person held, at any time and of any rank, earliest first. */
  heldBy(person: string): IndexedStatement[] {
    return this.holders.get(person) ?? [];
  }

  /** The posts a person held on `date` (YYYY-MM-DD). */
  heldByAt(person: string, date: string): IndexedStatement[] {
    return this.heldBy(person).filter((s) => !isDeprecated(s) && inPossibleSpan(date, s));
  }

  /**
   * Statements of a property about exactly this set of subjects (order and repeats do not
   * matter: ["russia","kyrgyzstan"] finds a statement on ["kyrgyzstan","russia"]), in load order.
   */
  statementsFor(property: string, subjects: readonly string[], opts: StatementsForOptions = {}): IndexedStatement[] {
    const found = this.bySubjects.get(property)?.get(setKey(subjects)) ?? [];
    if (opts.of === undefined) return found;
    const want = setKey(opts.of);
    return found.filter((s) => setKey(asList(s.of)) === want);
  }

  /** Where a subject is, directly (objects of its place statements), in load order. */
  locatedIn(subject: string): string[] {
    return this.places.get(subject) ?? [];
  }

  /**
   * Every place a subject lies in, nearest first, following located-in transitively
   * (Kant → Chuy region → Kyrgyzstan). A cycle in the data ends the walk instead of looping.
   */
  placesAround(subject: string): string[] {
    const cached = this.withinCache.get(subject);
    if (cached) return cached;
    const seen = new Set<string>([subject]);
    const order: string[] = [];
    for (let i = -1; i < order.length; i++) {
      const from = i < 0 ? subject : (order[i] as string);
      for (const target of this.locatedIn(from)) {
        if (seen.has(target)) continue;
        seen.add(target);
        order.push(target);
      }
    }
    this.withinCache.set(subject, order);
    return order;
  }

  /** True when `place` is reached from `subject` by one or more located-in steps. */
  isWithin(subject: string, place: string): boolean {
    return this.placesAround(subject).includes(place);
  }

  /** Date statements whose subjects include `subject`, optionally of one property, in load order. */
  datesOf(subject: string, property?: string): IndexedStatement[] {
    const all = this.dates.get(subject) ?? [];
    return property === undefined ? all : all.filter((s) => s.property === property);
  }
}
