import { type CalendarDate } from '../language/dates.js';
import type { Finding } from './finding.js';
export declare function checkWeekday(d: CalendarDate, text: string, lang: string): Finding | undefined;
