// Event-date claims: "opened on 23 October 2003", "founded in 2001", "im Oktober 2003 eröffnet".
import type { Span } from '../types.js';

export interface EventDateClaim {
  subject: string;
  property: string;
  /** The date as precise as written: YYYY, YYYY-MM or YYYY-MM-DD. */
  when: string;
  span: Span;
}
