// The registry: every rule that checks claim frames, in the order their verdicts are listed.
// cross-article is a run-level rule over the records these leave (rules/cross-article.ts).
import { dateWeekday } from './date-weekday.js';
import { eventDate } from './event-date.js';
import { metricValue } from './metric-value.js';
import { officeHolder } from './office-holder.js';
import { place } from './place.js';
import type { AnyRule } from './rule.js';
import { shareValue } from './share-value.js';

export const frameRules: readonly AnyRule[] = [officeHolder, metricValue, shareValue, dateWeekday, eventDate, place];
