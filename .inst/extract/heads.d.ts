import type { Entity, Lang } from '../types.js';
export declare function headsOf(e: Entity, lang: Lang): string[];
/** Pseudo-entities whose names are the heads, for a NameMatcher over heads. */
export declare function headEntities(entities: Iterable<Entity>, hasPlace: (id: string) => boolean, langs: Lang[]): Entity[];
