// metric-value: a quantity or growth rate that differs from the fact set's value for the same
// subjects and period, beyond the statement's tolerance or the precision the article gives.
import { checkMetricClaim } from '../checks/figures.js';
import type { Rule } from './rule.js';

export const metricValue: Rule<'metric'> = {
  meta: { id: 'metric-value', frame: 'metric' },
  applies: (frame) => frame.claim.propertyKind !== 'share',
  check: (frame, ctx) => checkMetricClaim(frame.claim, ctx.index, ctx.text, ctx.date),
};
