import { dateInSpan } from './time.js';
export { loadFactSet } from './load.js';
export { FACTSET_SCHEMA_PATH } from './schema.js';
export * from './time.js';
const SEP = '\u0000';
/** A subject or `of` as a list: one id or several. */
export function asList(v) {
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
/** Key for an unordered set of ids: ["russia","kyrgyzstan"] and ["kyrgyzstan","russia"] agree. */
function setKey(ids) {
    if (ids.length === 1)
        return ids[0];
    return [...new Set(ids)].sort().join(SEP);
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
/** Two-level map (no concatenated keys: building those for 10^5 statements costs more than the lookups). */
function push2(map, a, b, value) {
    let inner = map.get(a);
    if (!inner)
        map.set(a, (inner = new Map()));
    push(inner, b, value);
}
function isDeprecated(s) {
    return s.rank === 'deprecated';
}
/** Earliest start first; "since always" (no from) before any date; ties keep load order (sort is stable). */
function byFrom(a, b) {
    const fa = a.from ?? '';
    const fb = b.from ?? '';
    return fa < fb ? -1 : fa > fb ? 1 : 0;
}
/**
 * Answers questions about a loaded fact set. Time-scoped answers ("who held the post on that
 * day", "where is it") leave out `deprecated` statements; listings (postsOf, heldBy,
 * statementsFor, datesOf) return every rank, so a check can flag a known wrong value.
 */
export class FactIndex {
    entityById = new Map();
    propertyById = new Map();
    entitiesByType = new Map();
    /** office → of → holds-office statements */
    posts = new Map();
    holders = new Map();
    /** property → subject-set key → statements */
    bySubjects = new Map();
    byProperty = new Map();
    places = new Map();
    dates = new Map();
    withinCache = new Map();
    statementById;
    all;
    constructor(loaded) {
        for (const e of loaded.facts.entities) {
            this.entityById.set(e.id, e);
            push(this.entitiesByType, e.type, e);
        }
        for (const p of loaded.facts.properties)
            this.propertyById.set(p.id, p);
        this.all = loaded.statements;
        for (const s of loaded.statements) {
            const subjects = asList(s.subject);
            const kind = this.propertyById.get(s.property)?.kind;
            push(this.byProperty, s.property, s);
            push2(this.bySubjects, s.property, setKey(subjects), s);
            if (kind === 'office' && typeof s.object === 'object') {
                push2(this.posts, s.object.office, s.object.of, s);
                for (const person of subjects)
                    push(this.holders, person, s);
            }
            else if (kind === 'place' && typeof s.object === 'string' && !isDeprecated(s)) {
                for (const subject of subjects) {
                    const targets = this.places.get(subject);
                    if (!targets)
                        this.places.set(subject, [s.object]);
                    else if (!targets.includes(s.object))
                        targets.push(s.object);
                }
            }
            else if (kind === 'date') {
                for (const subject of new Set(subjects))
                    push(this.dates, subject, s);
            }
        }
        for (const inner of this.posts.values())
            for (const list of inner.values())
                list.sort(byFrom);
        for (const list of this.holders.values())
            list.sort(byFrom);
    }
    /** The entity with this id, if any. */
    entity(id) {
        return this.entityById.get(id);
    }
    /** The property with this id, if any. */
    property(id) {
        return this.propertyById.get(id);
    }
    /** A statement by its id ("offices.json#/statements/3"). */
    statement(id) {
        // Built on first use: most runs never look a statement up by id.
        this.statementById ??= new Map(this.all.map((s) => [s.id, s]));
        return this.statementById.get(id);
    }
    /** All entities, in load order. */
    entities() {
        return [...this.entityById.values()];
    }
    /** All properties, in load order. */
    properties() {
        return [...this.propertyById.values()];
    }
    /** Entities of one type ("office", "person", "country"...), in load order. */
    entitiesOfType(type) {
        return this.entitiesByType.get(type) ?? [];
    }
    /** Every statement of a property (any subject, any rank), in load order. */
    statementsOf(property) {
        return this.byProperty.get(property) ?? [];
    }
    /** Every holds-office statement of a post (office of a country/organisation), earliest first. */
    postsOf(office, of) {
        return this.posts.get(office)?.get(of) ?? [];
    }
    /** Who held the post on `date` (YYYY-MM-DD): from ≤ date ≤ to, no from = since always, to null = still. */
    holdersAt(office, of, date) {
        return this.postsOf(office, of).filter((s) => !isDeprecated(s) && dateInSpan(date, s.from, s.to));
    }
    /** Every post a person held, at any time and of any rank, earliest first. */
    heldBy(person) {
        return this.holders.get(person) ?? [];
    }
    /** The posts a person held on `date` (YYYY-MM-DD). */
    heldByAt(person, date) {
        return this.heldBy(person).filter((s) => !isDeprecated(s) && dateInSpan(date, s.from, s.to));
    }
    /**
     * Statements of a property about exactly this set of subjects (order and repeats do not
     * matter: ["russia","kyrgyzstan"] finds a statement on ["kyrgyzstan","russia"]), in load order.
     */
    statementsFor(property, subjects, opts = {}) {
        const found = this.bySubjects.get(property)?.get(setKey(subjects)) ?? [];
        if (opts.of === undefined)
            return found;
        const want = setKey(opts.of);
        return found.filter((s) => setKey(asList(s.of)) === want);
    }
    /** Where a subject is, directly (objects of its place statements), in load order. */
    locatedIn(subject) {
        return this.places.get(subject) ?? [];
    }
    /**
     * Every place a subject lies in, nearest first, following located-in transitively
     * (Kant → Chuy region → Kyrgyzstan). A cycle in the data ends the walk instead of looping.
     */
    placesAround(subject) {
        const cached = this.withinCache.get(subject);
        if (cached)
            return cached;
        const seen = new Set([subject]);
        const order = [];
        for (let i = -1; i < order.length; i++) {
            const from = i < 0 ? subject : order[i];
            for (const target of this.locatedIn(from)) {
                if (seen.has(target))
                    continue;
                seen.add(target);
                order.push(target);
            }
        }
        this.withinCache.set(subject, order);
        return order;
    }
    /** True when `place` is reached from `subject` by one or more located-in steps. */
    isWithin(subject, place) {
        return this.placesAround(subject).includes(place);
    }
    /** Date statements whose subjects include `subject`, optionally of one property, in load order. */
    datesOf(subject, property) {
        const all = this.dates.get(subject) ?? [];
        return property === undefined ? all : all.filter((s) => s.property === property);
    }
}
