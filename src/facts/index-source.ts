// What FactIndex asks of the set behind it: lookups by key, each answered from maps built in
// memory (eager-index.ts) or from the compiled cache file read as needed (stored-set.ts). Both
// answer alike, in the same order; FactIndex adds the filters (rank, date, `of`) on top.
import type { NameSource } from '../extract/name-source.js';
import type { Entity, IndexedStatement, Property } from '../types.js';

/** Key for an unordered set of ids: ["russia","kyrgyzstan"] and ["kyrgyzstan","russia"] agree. */
export function setKey(ids: readonly string[]): string {
  if (ids.length === 1) return ids[0] as string;
  return [...new Set(ids)].sort().join('\u0000');
}

export interface IndexSource {
  entity(id: string): Entity | undefined;
  property(id: string): Property | undefined;
  statement(id: string): IndexedStatement | undefined;
  /** Every entity, in load order, one per id. */
  entities(): Entity[];
  properties(): Property[];
  entitiesOfType(type: string): Entity[];
  statementsOf(property: string): IndexedStatement[];
  /** Holds-office statements of a post, earliest first. */
  postsOf(office: string, of: string): IndexedStatement[];
  /** Holds-office statements of a person, earliest first. */
  heldBy(person: string): IndexedStatement[];
  /** Statements of a property by setKey of their subjects, in load order. */
  bySubjects(property: string, key: string): IndexedStatement[];
  /** Objects of a subject's non-deprecated place statements, once each, in load order. */
  locatedIn(subject: string): string[];
  /** Date statements naming the subject, in load order. */
  datesOf(subject: string): IndexedStatement[];
  /** Entities that have a place or a date (locatedIn or datesOf not empty), in load order. */
  locatable(): Entity[];
  /** The entities' names for a NameMatcher: the entities themselves, or tables grouped in advance. */
  names(): Iterable<Entity> | NameSource;
}
