// FactIndex: time-scoped lookups over a fact set. The maps behind it are built in memory from a
// loaded set (eager-index.ts) or read from the compiled cache file as queries touch them
// (stored-set.ts); either way a query touches only the statements it returns (plus a post's
// history), and both answer alike.
import type { NameSource } from '../extract/name-source.js';
import type { Entity, FactSet, IndexedStatement, Property } from '../types.js';
import { asList, EagerIndex } from './eager-index.js';
import { guardNames } from './guarded-names.js';
import { setKey, type IndexSource } from './index-source.js';
import { dateInSpan } from './time.js';
import { possibleSpan } from './uncertain.js';

export { loadFactSet, type LoadedFactSet, type LoadOptions } from './load.js';
export { FACTSET_SCHEMA_PATH } from './schema.js';
export type { FactProblem } from './problem.js';
export * from './time.js';
export { asList };

function inPossibleSpan(date: string, s: IndexedStatement): boolean {
  const span = possibleSpan(s);
  return dateInSpan(date, span.from, span.to);
}

function isDeprecated(s: IndexedStatement): boolean {
  return s.rank === 'deprecated';
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
  private source: IndexSource;
  private readonly withinCache = new Map<string, string[]>();

  /**
   * Over a loaded set, or over a stored one; `reload` loads the set from its files, for when the
   * stored bytes prove damaged on a later read: the index then answers from the loaded set.
   */
  constructor(set: { facts: FactSet; statements: IndexedStatement[] } | IndexSource, private reload?: () => { facts: FactSet; statements: IndexedStatement[] }) {
    this.source = 'facts' in set ? new EagerIndex(set) : set;
  }

  /** A query of the source; a damaged stored set is replaced by the loaded one and asked again. */
  private ask<T>(query: (s: IndexSource) => T): T {
    if (!this.reload) return query(this.source);
    try {
      return query(this.source);
    } catch {
      this.replace();
      return query(this.source);
    }
  }

  /** Loads the set from its files instead of the stored bytes (once). */
  private replace(): void {
    const reload = this.reload;
    if (!reload) return;
    this.reload = undefined;
    this.source = new EagerIndex(reload());
  }

  /** The entity with this id, if any. */
  entity(id: string): Entity | undefined {
    return this.ask((s) => s.entity(id));
  }

  /** The property with this id, if any. */
  property(id: string): Property | undefined {
    return this.ask((s) => s.property(id));
  }

  /** A statement by its id ("offices.json#/statements/3"). */
  statement(id: string): IndexedStatement | undefined {
    return this.ask((s) => s.statement(id));
  }

  /** All entities, in load order. */
  entities(): Entity[] {
    return this.ask((s) => s.entities());
  }

  /** All properties, in load order. */
  properties(): Property[] {
    return this.ask((s) => s.properties());
  }

  /** Entities of one type ("office", "person", "country"...), in load order. */
  entitiesOfType(type: string): Entity[] {
    return this.ask((s) => s.entitiesOfType(type));
  }

  /** Every statement of a property (any subject, any rank), in load order. */
  statementsOf(property: string): IndexedStatement[] {
    return this.ask((s) => s.statementsOf(property));
  }

  /** Every holds-office statement of a post (office of a country/organisation), earliest first. */
  postsOf(office: string, of: string): IndexedStatement[] {
    return this.ask((s) => s.postsOf(office, of));
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
    return this.ask((s) => s.heldBy(person));
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
    const found = this.ask((s) => s.bySubjects(property, setKey(subjects)));
    if (opts.of === undefined) return found;
    const want = setKey(opts.of);
    return found.filter((s) => setKey(asList(s.of)) === want);
  }

  /** Where a subject is, directly (objects of its place statements), in load order. */
  locatedIn(subject: string): string[] {
    return this.ask((s) => s.locatedIn(subject));
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
    const all = this.ask((s) => s.datesOf(subject));
    return property === undefined ? all : all.filter((s) => s.property === property);
  }

  /** Entities with a place or a date (what head nouns can refer to), in load order. */
  locatableEntities(): Entity[] {
    return this.ask((s) => s.locatable());
  }

  /** The names for a NameMatcher: the entities, or the stored set's tables grouped in advance. */
  names(): Iterable<Entity> | NameSource {
    const names = this.ask((s) => s.names());
    if (!this.reload || !('groupedNames' in names)) return names;
    // Stored names are read group by group inside the matcher: guard those reads too.
    return guardNames(names, () => {
      this.replace();
      return this.source.entities();
    });
  }
}
