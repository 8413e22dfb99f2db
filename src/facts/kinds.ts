// Entity types the extractors give a role, defined once. Entities of other types (events,
// treaties, facilities, elections, ...) are subjects wherever a property's statements have them.
// Property kinds are the fact-set format's (types.ts → PropertyKind).

/** Places a thing can be put in ("in Kyrgyzstan", "in Bishkek", "in the Chuy region"). */
export const PLACE_TYPES: ReadonlySet<string> = new Set(['country', 'region', 'city']);

/** Entities that frame a figure and, named anywhere in an article, fill subjects a sentence leaves out. */
export const CONTEXT_TYPES: ReadonlySet<string> = new Set(['country', 'currency', 'organization']);
