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

/** Units of a span of time (numbers.json): a term after a duration word, never a year. */
export const TIME_UNITS: ReadonlySet<string> = new Set(['years', 'months', 'days']);

/** Measures of things (numbers.json units): a length, a capacity, a weight. */
export const MEASURES: ReadonlySet<string> = new Set(['km', 'm', 'm3', 't', 'MW']);

/**
 * The measures factlint reads after a number (rules/lang/<lang>/numbers.json units), by the other
 * ways a fact set writes them: a set whose property is in "kilometres" or "megawatts" is read in
 * km and MW, as the text's figures are. Symbols as written ("Mw", a magnitude, is no megawatt);
 * words in lower case.
 */
export const UNIT_ALIASES: ReadonlyMap<string, string> = new Map([
  ...['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers'].map((u) => [u, 'km'] as const),
  ...['MW', 'megawatt', 'megawatts'].map((u) => [u, 'MW'] as const),
  ...['t', 'tonne', 'tonnes', 'ton', 'tons', 'metric tons', 'metric tonnes'].map((u) => [u, 't'] as const),
  ...['m3', 'm³', 'cubic metre', 'cubic metres', 'cubic meter', 'cubic meters'].map((u) => [u, 'm3'] as const),
  ...['m', 'metre', 'metres', 'meter', 'meters'].map((u) => [u, 'm'] as const),
]);

/** An ISO 4217 code, as numbers.json gives a currency's unit ("USD", "EUR", "KGS"). */
export function isCurrency(unit: string | undefined): boolean {
  return unit !== undefined && /^[A-Z]{3}$/u.test(unit);
}

/**
 * Whether a figure in `figure` units may be a value of a property measured in `property` units:
 * the same unit, or any currency for a property of money (a total in euros is a trade total too;
 * the check compares it only with statements in euros).
 */
export function unitFits(property: string | undefined, figure: string | undefined): boolean {
  return property === figure || (isCurrency(figure) && (isCurrency(property) || property === 'currency'));
}

/** A fact set's unit as the text's figures carry it (UNIT_ALIASES); other units as written. */
export function canonicalUnit(unit: string): string {
  return UNIT_ALIASES.get(unit) ?? (unit.length > 3 ? UNIT_ALIASES.get(unit.toLowerCase()) : undefined) ?? unit;
}
