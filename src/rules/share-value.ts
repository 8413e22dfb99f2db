// share-value: a percentage share of a whole (Russia's share of Kyrgyz foreign trade, a
// candidate's share of the vote) that differs from the fact set's value for that period.
import { checkMetricClaim } from '../checks/figures.js';
import type { Rule } from './rule.js';

export const shareValue: Rule<'metric'> = {
  meta: { id: 'share-value', frame: 'metric' },
  applies: (frame) => frame.claim.propertyKind === 'share',
  check: (frame, ctx) => checkMetricClaim(frame.claim, ctx.index, ctx.text, ctx.date),
};
