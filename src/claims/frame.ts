// A claim frame: what one clause asserts, with each slot bound to the words that say it.
// Extractors fill frames; rules give each frame a verdict. A frame whose slots are not all bound
// by evidence (or by a stated rule such as "present tense means the article's year") carries an
// `abstain` reason and is never checked: it is shown as unverifiable, never as an error.
import type { CalendarDate } from '../language/dates.js';
import type { MetricClaim } from '../extract/metric-claims.js';
import type { PlaceClaim } from '../extract/place-claims.js';
import type { EventDateClaim } from '../extract/event-date-claims.js';
import type { Finding } from '../checks/finding.js';
import type { Binding, CrossRecord, OfficeClaim, Span, Verdict } from '../types.js';

export type { Binding, ClaimReport, Verdict } from '../types.js';

export interface Slot {
  /** The slot's value in canonical form: an entity id, a number with unit, an ISO date or period. */
  value: string;
  /** Where the text says it (absent for slots bound by a rule rather than by words). */
  span?: Span;
  bound: Binding;
}

interface FrameBase {
  /** The claim as a whole: where a diagnostic is reported. */
  span: Span;
  /** The sentence it comes from. */
  sentence: Span;
  /** Slots as shown in the explain view and the JSON report. */
  slots: Record<string, Slot>;
  /** Why the frame cannot be checked (a slot guessed, a refuted or forecast claim); unset when checkable. */
  abstain?: string;
}

/** A stretch of time a clause may speak of, inclusive, as YYYY-MM-DD. */
export interface Window {
  start: string;
  end: string;
}

/** The times an office claim is checked at. */
export interface OfficeTime {
  windows: Window[];
  /** A time the clause speaks of but does not pin down (a date without its year): no contradiction then. */
  loose: boolean;
  /** "the new minister": the term must begin in this window, not merely overlap one. */
  startIn?: Window;
}

export type Frame =
  | (FrameBase & { kind: 'office'; claim: OfficeClaim; time: OfficeTime })
  | (FrameBase & { kind: 'metric'; claim: MetricClaim })
  | (FrameBase & { kind: 'event-date'; claim: EventDateClaim })
  | (FrameBase & { kind: 'place'; claim: PlaceClaim })
  | (FrameBase & { kind: 'weekday'; claim: CalendarDate });

export type FrameKind = Frame['kind'];

/** What a rule says of one frame. */
export interface Outcome {
  verdict: Verdict;
  /** One short line: why. */
  reason: string;
  finding?: Finding;
  /** A figure the fact set is silent on, for the cross-article check. */
  record?: Omit<CrossRecord, 'filePath' | 'line' | 'column' | 'endLine' | 'endColumn'>;
}

export const verified = (reason: string): Outcome => ({ verdict: 'verified', reason });
export const unverifiable = (reason: string): Outcome => ({ verdict: 'unverifiable', reason });

