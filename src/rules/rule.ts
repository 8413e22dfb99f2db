// The rule contract, as ESLint's: each rule is one object in its own file, with its metadata and
// a check of one claim frame. The engine loops over the registered rules (rules/index.ts); no
// rule is named in the pipeline.
import type { FactIndex } from '../facts/index.js';
import type { Frame, FrameKind, Outcome } from '../claims/frame.js';

export interface RuleContext {
  index: FactIndex;
  /** The whole file text (frames hold offsets into it). */
  text: string;
  lang: string;
  /** The article's publication date, YYYY-MM-DD. */
  date: string | undefined;
}

export interface Rule<K extends FrameKind = FrameKind> {
  meta: {
    id: string;
    /** The frame kind the rule checks. */
    frame: K;
  };
  /** Whether this rule is the one for a frame of its kind (metric-value and share-value split metric frames). */
  applies?(frame: Extract<Frame, { kind: K }>): boolean;
  /** The verdict on one frame; called only for frames with every slot bound. */
  check(frame: Extract<Frame, { kind: K }>, ctx: RuleContext): Outcome;
}

/** A rule of any kind, as the registry holds them. */
export type AnyRule = { [K in FrameKind]: Rule<K> }[FrameKind];
