// place: a thing or event put in a country, region or city other than the one the fact set
// has for it. Only a contradiction counts: the fact set must place the subject in another
// place of the same type (another country, another region), else it is merely silent.
import type { FactIndex } from '../facts/index.js';
import type { PlaceClaim } from '../extract/place-claims.js';
import { verified, unverifiable, type Outcome } from '../claims/frame.js';
import { displayName } from '../checks/names.js';
import type { Rule } from './rule.js';

export function checkPlace(claim: PlaceClaim, index: FactIndex): Outcome {
  const around = index.placesAround(claim.subject);
  const subject = displayName(index, claim.subject, 'en');
  const place = displayName(index, claim.place, 'en');
  if (around.includes(claim.place)) return verified(`${subject} is in ${place}`);
  const type = index.entity(claim.place)?.type;
  const actual = around.find((p) => index.entity(p)?.type === type);
  if (!actual) return unverifiable(`the fact set does not say which ${type ?? 'place'} ${subject} is in`);
  const right = displayName(index, actual, 'en');
  const chain = around.map((p) => displayName(index, p, 'en')).join(', ');
  const fact = index.statementsOf(placeProperty(index)).find((s) => s.subject === claim.subject || (Array.isArray(s.subject) && s.subject.includes(claim.subject)));
  return {
    verdict: 'contradicted',
    reason: `${subject} is in ${right}`,
    finding: {
      ruleId: 'place',
      span: claim.span,
      message: `${subject} is in ${right}, not in ${place} (the fact set places it in ${chain})`,
      actual: `${subject} in ${place}`,
      expected: `${subject} in ${chain}`,
      ...(fact ? { fact } : {}),
    },
  };
}

function placeProperty(index: FactIndex): string {
  return index.properties().find((p) => p.kind === 'place')?.id ?? 'located-in';
}

export const place: Rule<'place'> = {
  meta: { id: 'place', frame: 'place' },
  check: (frame, ctx) => checkPlace(frame.claim, ctx.index),
};
