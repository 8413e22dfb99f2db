// Uncertain boundaries of a time-scoped statement. A term's first or last day may be known only
// to the month or year (`fromPrecision: "month"`, as Wikidata's time precision), or sources may
// give two days (de facto against de jure: `fromAlt: ["2020-10-15"]`). A check then asks one of
// two questions: could the statement hold on a day (its possible span, every candidate day
// allowed), or does it certainly hold (its certain span)? A claim is supported by the possible
// span and contradicted only by another statement's certain span, so a disputed day is never an error.
import type { Statement } from '../types.js';
import { daysInMonth } from './time.js';

export type Precision = 'day' | 'month' | 'year';

/** The earliest and latest day a boundary may be. */
export interface BoundaryRange {
  earliest: string;
  latest: string;
}

/** A span of days; undefined ends are open (since always, still). */
export interface OpenSpan {
  from: string | undefined;
  to: string | undefined;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The days a boundary written as `day` at `precision`, with alternative days, may be. */
export function boundaryRange(day: string, precision: Precision | undefined, alternatives: readonly string[] | undefined): BoundaryRange {
  let earliest = day;
  let latest = day;
  if (precision === 'month') {
    const [y, m] = [day.slice(0, 4), Number(day.slice(5, 7))];
    earliest = `${y}-${pad2(m)}-01`;
    latest = `${y}-${pad2(m)}-${pad2(daysInMonth(Number(y), m))}`;
  } else if (precision === 'year') {
    earliest = `${day.slice(0, 4)}-01-01`;
    latest = `${day.slice(0, 4)}-12-31`;
  }
  for (const alt of alternatives ?? []) {
    if (alt < earliest) earliest = alt;
    if (alt > latest) latest = alt;
  }
  return { earliest, latest };
}

function fromRange(s: Statement): BoundaryRange | undefined {
  return typeof s.from === 'string' ? boundaryRange(s.from, s.fromPrecision, s.fromAlt) : undefined;
}

function toRange(s: Statement): BoundaryRange | undefined {
  return typeof s.to === 'string' ? boundaryRange(s.to, s.toPrecision, s.toAlt) : undefined;
}

/** True when either boundary of the statement is uncertain. */
export function isUncertain(s: Statement): boolean {
  const f = fromRange(s);
  const t = toRange(s);
  return (!!f && f.earliest !== f.latest) || (!!t && t.earliest !== t.latest);
}

/** Every day the statement may hold on: from its earliest possible start to its latest possible end. */
export function possibleSpan(s: Statement): OpenSpan {
  return { from: fromRange(s)?.earliest, to: toRange(s)?.latest };
}

/** The days the statement holds on whichever candidate day is right; empty when from > to. */
export function certainSpan(s: Statement): OpenSpan {
  return { from: fromRange(s)?.latest, to: toRange(s)?.earliest };
}

/** A boundary for messages: "2020-10-16 (or 2020-10-15)", "2007-01 (month)". */
export function describeBoundary(day: string, precision: Precision | undefined, alternatives: readonly string[] | undefined): string {
  const shown = precision === 'month' ? day.slice(0, 7) : precision === 'year' ? day.slice(0, 4) : day;
  return alternatives?.length ? `${shown} (or ${alternatives.join(', ')})` : shown;
}
