import type { Entity, FactSet, IndexedStatement, Property } from '../types.js';
export { loadFactSet, type LoadedFactSet, type LoadOptions } from './load.js';
export { FACTSET_SCHEMA_PATH } from './schema.js';
export type { FactProblem } from './problem.js';
export * from './time.js';
/** A subject or `of` as a list: one id or several. */
export declare function asList(v: string | string[] | undefined): string[];
export interface StatementsForOptions {
    /** Only statements whose `of` is this set of ids (an empty list: statements without `of`). */
    of?: string[];
}
/**
 * Answers questions about a loaded fact set. Time-scoped answers ("who held the post on that
 * day", "where is it") leave out `deprecated` statements; listings (postsOf, heldBy,
 * statementsFor, datesOf) return every rank, so a check can flag a known wrong value.
 */
export declare class FactIndex {
    private readonly entityById;
    private readonly propertyById;
    private readonly entitiesByType;
    /** office → of → holds-office statements */
    private readonly posts;
    private readonly holders;
    /** property → subject-set key → statements */
    private readonly bySubjects;
    private readonly byProperty;
    private readonly places;
    private readonly dates;
    private readonly withinCache;
    private statementById;
    private readonly all;
    constructor(loaded: {
        facts: FactSet;
        statements: IndexedStatement[];
    });
    /** The entity with this id, if any. */
    entity(id: string): Entity | undefined;
    /** The property with this id, if any. */
    property(id: string): Property | undefined;
    /** A statement by its id ("offices.json#/statements/3"). */
    statement(id: string): IndexedStatement | undefined;
    /** All entities, in load order. */
    entities(): Entity[];
    /** All properties, in load order. */
    properties(): Property[];
    /** Entities of one type ("office", "person", "country"...), in load order. */
    entitiesOfType(type: string): Entity[];
    /** Every statement of a property (any subject, any rank), in load order. */
    statementsOf(property: string): IndexedStatement[];
    /** Every holds-office statement of a post (office of a country/organisation), earliest first. */
    postsOf(office: string, of: string): IndexedStatement[];
    /** Who held the post on `date` (YYYY-MM-DD): from ≤ date ≤ to, no from = since always, to null = still. */
    holdersAt(office: string, of: string, date: string): IndexedStatement[];
    /** Every post a person held, at any time and of any rank, earliest first. */
    heldBy(person: string): IndexedStatement[];
    /** The posts a person held on `date` (YYYY-MM-DD). */
    heldByAt(person: string, date: string): IndexedStatement[];
    /**
     * Statements of a property about exactly this set of subjects (order and repeats do not
     * matter: ["russia","kyrgyzstan"] finds a statement on ["kyrgyzstan","russia"]), in load order.
     */
    statementsFor(property: string, subjects: readonly string[], opts?: StatementsForOptions): IndexedStatement[];
    /** Where a subject is, directly (objects of its place statements), in load order. */
    locatedIn(subject: string): string[];
    /**
     * Every place a subject lies in, nearest first, following located-in transitively
     * (Kant → Chuy region → Kyrgyzstan). A cycle in the data ends the walk instead of looping.
     */
    placesAround(subject: string): string[];
    /** True when `place` is reached from `subject` by one or more located-in steps. */
    isWithin(subject: string, place: string): boolean;
    /** Date statements whose subjects include `subject`, optionally of one property, in load order. */
    datesOf(subject: string, property?: string): IndexedStatement[];
}
