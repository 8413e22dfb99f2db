// place: a thing, event or city put in a place the fact set says it is not in. Only a
// contradiction counts: the claimed place and the subject's known places are compared type by
// type (the claimed city's country with the subject's country), and they must differ at some
// type both have; a place the fact set cannot relate is silence, not an error.
import type { FactIndex } from '../facts/index.js';
import type { PlaceClaim } from '../extract/place-claims.js';
import type { IndexedStatement } from '../types.js';
import { verified, unverifiable, type Outcome } from '../claims/frame.js';
import { displayName } from '../checks/names.js';
import type { Rule } from './rule.js';
import { placeKindWords } from '../extract/place-kinds.js';

function locatedInProperty(index: FactIndex): string {
  return index.properties().find((p) => p.kind === 'place' && p.id === 'located-in')?.id
    ?? index.properties().find((p) => p.kind === 'place')?.id ?? 'located-in';
}

/** Where the subject is by the claimed property: located-in transitively, else that property's objects and what they lie in. */
function knownPlaces(index: FactIndex, claim: PlaceClaim): { places: string[]; facts: IndexedStatement[] } {
  const prop = claim.property ?? locatedInProperty(index);
  if (prop === locatedInProperty(index)) {
    const facts = index.statementsOf(prop).filter((s) => s.subject === claim.subject || (Array.isArray(s.subject) && s.subject.includes(claim.subject)));
    return { places: index.placesAround(claim.subject), facts };
  }
  const facts = index.statementsOf(prop).filter((s) => (s.subject === claim.subject || (Array.isArray(s.subject) && s.subject.includes(claim.subject))) && typeof s.object === 'string' && s.rank !== 'deprecated');
  const places = facts.flatMap((s) => [s.object as string, ...index.placesAround(s.object as string)]);
  return { places: [...new Set(places)], facts };
}

/**
 * What a place is, for comparing two: its type, and for a fact set that types every place "place"
 * (cities, provinces and sites alike) whether its names carry a word for a kind of region
 * ("Bagmati Province", «провинция …») and how many places lie between it and its country. Two
 * places compare only when both agree: Kandy and Colombo (cities of Sri Lanka) do, Colombo and
 * "Western Province" do not.
 */
function kindOf(index: FactIndex, id: string, memo: Map<string, string>): string | undefined {
  const e = index.entity(id);
  if (!e || e.type !== 'place') return e?.type;
  let k = memo.get(id);
  if (k === undefined) {
    const words = placeKindWords();
    const region = Object.values(e.names ?? {}).some((ns) => ns.some((n) => n.toLowerCase().split(/[\s\-]+/u).some((w) => words.has(w))));
    const depth = index.placesAround(id).filter((p) => index.entity(p)?.type !== 'country').length;
    k = `place:${region ? 'region' : 'other'}:${depth}`;
    memo.set(id, k);
  }
  return k;
}

/** A place's names without bracketed notes or words for a kind of place: "Abu Dhabi (emirate)" → "abu dhabi", "Osh region" → "osh". */
function baseNames(index: FactIndex, id: string): Set<string> {
  const words = placeKindWords();
  const out = new Set<string>();
  for (const ns of Object.values(index.entity(id)?.names ?? {})) {
    for (const n of ns) {
      const base = n.toLowerCase().replace(/\([^)]*\)/gu, ' ').split(/[\s\-]+/u).filter((w) => w && !words.has(w)).join(' ');
      if (base) out.add(base);
    }
  }
  return out;
}

function sharesName(index: FactIndex, a: string, b: string): boolean {
  const x = baseNames(index, a);
  for (const n of baseNames(index, b)) if (x.has(n)) return true;
  return false;
}

export function checkPlace(claim: PlaceClaim, index: FactIndex): Outcome {
  const { places, facts } = knownPlaces(index, claim);
  const subject = displayName(index, claim.subject, 'en');
  const place = displayName(index, claim.place, 'en');
  const near = claim.pattern === 'near';
  const claimed = [claim.place, ...index.placesAround(claim.place)];
  // "in Abu Dhabi" may mean the emirate as well as its city, "in Osh" the region as well as the
  // city: a place named as the place it lies in is read as the larger one.
  for (let i = claimed.length - 1; i > 0; i--) {
    if (sharesName(index, claim.place, claimed[i]!)) {
      claimed.splice(0, i);
      if (!near && places.includes(claimed[0]!)) return verified(`${subject} is in ${displayName(index, claimed[0]!, 'en')}`);
      break;
    }
  }
  if (!near && places.includes(claim.place)) return verified(`${subject} is in ${place}`);
  // Compare type by type: the claimed place (or what it lies in) against the subject's place of that type.
  const memo = new Map<string, string>();
  for (const c of claimed) {
    const type = kindOf(index, c, memo);
    if (near && c === claim.place) continue;
    const actual = places.find((p) => kindOf(index, p, memo) === type);
    if (!actual) continue;
    if (actual === c) {
      if (near || c !== claim.place) continue;
      return verified(`${subject} is in ${place}`);
    }
    // A city placed in a country: "Dushanbe, capital of Uzbekistan" is wrong; a subject "in" a city
    // of another country likewise; the two places differ at the same type.
    if (index.isWithin(actual, c) || index.isWithin(c, actual)) continue;
    const right = displayName(index, actual, 'en');
    const chain = places.map((p) => displayName(index, p, 'en')).join(', ');
    const via = c === claim.place ? '' : ` (${place} is in ${displayName(index, c, 'en')})`;
    const verb = claim.property && claim.property !== locatedInProperty(index) ? (index.property(claim.property)?.names?.en?.[0] ?? claim.property) : 'in';
    const verbOf = claim.property && claim.property !== locatedInProperty(index) ? (index.property(claim.property)?.names?.en?.[0] ?? claim.property) : 'is in';
    return {
      verdict: 'contradicted',
      reason: `${subject} ${verbOf} ${right}`,
      finding: {
        ruleId: 'place',
        span: claim.span,
        message: verb === 'in'
          ? `${subject} is in ${right}, not in ${displayName(index, c, 'en')}${via} (the fact set places it in ${chain})`
          : `${subject} ${verb} ${right}, not ${displayName(index, c, 'en')}${via}`,
        actual: `${subject} ${verb} ${place}`,
        expected: `${subject} ${verb} ${chain}`,
        ...(facts[0] ? { fact: facts[0] } : {}),
      },
    };
  }
  if (near && places.length) return verified(`${subject} is in the same country as ${place}`);
  return unverifiable(`the fact set does not relate ${subject} to ${place}`);
}

export const place: Rule<'place'> = {
  meta: { id: 'place', frame: 'place' },
  check: (frame, ctx) => checkPlace(frame.claim, ctx.index),
};
