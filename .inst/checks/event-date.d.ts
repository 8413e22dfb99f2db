import type { FactIndex } from '../facts/index.js';
import type { CalendarDate } from '../language/dates.js';
import type { Span } from '../types.js';
import type { Finding } from './finding.js';
export interface EventDateClaim {
    subject: string;
    property: string;
    date: CalendarDate;
    span: Span;
}
export declare function checkEventDate(claim: EventDateClaim, index: FactIndex): Finding | undefined;
