// Entity types the extractors give a role, defined once. Entities of other types (events,
// treaties, facilities, elections, ...) are subjects wherever a property's statements have them.
// Property kinds are the fact-set format's (types.ts → PropertyKind).

/** Places a thing can be put in ("in Kyrgyzstan", "in Bishkek", "in the Chuy region"). */
export const PLACE_TYPES: ReadonlySet<string> = new Set(['country', 'region', 'city']);

/**
 * What a thing can be said to lie in: the place types, and "place" of a fact set that types every
 * place so (cities, provinces and sites alike). A "place" is a thing located as well.
 */
export const CONTAINER_TYPES: ReadonlySet<string> = new Set([...PLACE_TYPES, 'place']);

/** Entities that frame a figure and, named anywhere in an article, fill subjects a sentence leaves out. */
export const CONTEXT_TYPES: ReadonlySet<string> = new Set(['country', 'currency', 'organization']);

/**
 * Other words fact sets use for the kinds of place factlint reads as regions and cities: a set of
 * another region may type Indonesia's provinces "province" and a town "town". Read as the kind
 * they are on load (facts/load.ts); "state" is left alone (some sets call countries that).
 */
export const PLACE_TYPE_ALIASES: ReadonlyMap<string, string> = new Map([
  ...['province', 'oblast', 'governorate', 'prefecture', 'territory', 'county', 'district', 'regency', 'island', 'department', 'canton', 'emirate'].map((t) => [t, 'region'] as const),
  ...['town', 'village', 'municipality', 'settlement', 'capital'].map((t) => [t, 'city'] as const),
]);
