// Quantities: a number joined with what stands around it — a currency or percent sign or word,
// a hedge ("about", "почти", "knapp", "lebih dari") and a rate tail ("per dollar", "за доллар").
// Words come from rules/lang/<lang>/numbers.json.
import type { Span } from '../types.js';
import type { DateMention } from './dates.js';
import { findNumbers, numberRules, numbersPack, type NumberMention, type NumbersPack } from './numbers.js';
import { Lexicon, type LexiconMatch } from './lexicon.js';
import { afterSpaces } from '../text/char-class.js';
import { perLanguage } from './pack.js';

export interface Quantity {
  /** Hedge, currency, number, scale, unit and rate tail together ("около 4,1 млрд долларов"). */
  span: Span;
  /** Scaled value ("4,1 млрд" → 4.1e9); the lower end of a range. */
  value: number;
  /** ISO 4217 code, '%' or 'pp' (percentage points); undefined for a count ("1,800 companies"). */
  unit: string | undefined;
  /** Digits after the decimal separator, as written. */
  decimals: number;
  /** Multiplier of the scale word (1 when none). */
  scale: number;
  /** A hedge makes the value approximate ("about", "rund", "sekitar", "почти"). */
  approx: boolean;
  /** Which side of the value the truth lies on for "almost" (atMost) or "a good" (atLeast). */
  direction?: 'atMost' | 'atLeast';
  /** The value bounds the truth: lower for "more than", upper for "less than". */
  bound?: 'lower' | 'upper';
  /** A price of one unit in another ("89 som per dollar", "курс ... 89 сомов"): never an amount. */
  rate: boolean;
  /** The unit a rate is per ("USD" in "89 сомов за доллар"). */
  per?: string;
  /** Both ends of "3–3,5 млрд" (value is `from`). */
  range?: { from: number; to: number };
  /** Text of `span`. */
  raw: string;
  /** The number itself (the first one of a range). */
  number: NumberMention;
  hedgeSpan?: Span;
  unitSpan?: Span;
  /** The unit is hyphened onto the number as a compound adjective ("the 182-km pipeline"). */
  hyphened?: true;
}

interface UnitData {
  unit: string;
  currency: boolean;
  /** How many of `unit` one of the written unit is ("1,86 Gigawatt" is 1,860 MW). */
  factor: number;
}

interface HedgeData {
  approx: boolean;
  bound?: 'lower' | 'upper';
  direction?: 'atMost' | 'atLeast';
}

interface QuantityRules {
  before: Lexicon<string>;
  after: Lexicon<UnitData>;
  hedges: Lexicon<HedgeData>;
  fillers: Lexicon<true>;
  rateMarkers: Lexicon<true>;
  rateCues: Lexicon<true>;
  currencyAny: Lexicon<string>;
}

const quantityRules = perLanguage(buildQuantityRules);

function buildQuantityRules(code: string): QuantityRules | undefined {
  const pack: NumbersPack | undefined = numbersPack(code);
  const nr = numberRules(code);
  let rules: QuantityRules | undefined;
  if (pack && nr) {
    const currencies = pack.units.filter((u) => u.currency);
    rules = {
      before: nr.currencyBefore,
      // A unit may touch the number ("13,6%", "5USD"), so only a letter before it is a boundary.
      after: new Lexicon(
        pack.units.flatMap((u) => (u.after ?? []).map((spec) => ({ spec, data: { unit: u.unit, currency: u.currency === true, factor: u.factor ?? 1 } }))),
        { lead: 'letter', trail: 'word' },
      ),
      hedges: new Lexicon(
        pack.hedges.flatMap((h) => {
          const data: HedgeData = { approx: h.approx === true };
          if (h.bound) data.bound = h.bound;
          if (h.direction) data.direction = h.direction;
          return h.forms.map((spec) => ({ spec, data }));
        }),
      ),
      fillers: new Lexicon((pack.hedgeFillers ?? []).map((spec) => ({ spec, data: true as const }))),
      rateMarkers: new Lexicon((pack.rateMarkers ?? []).map((spec) => ({ spec, data: true as const }))),
      rateCues: new Lexicon((pack.rateCues ?? []).map((spec) => ({ spec, data: true as const }))),
      currencyAny: new Lexicon(
        currencies.flatMap((u) => [...(u.before ?? []), ...(u.after ?? [])].map((spec) => ({ spec, data: u.unit }))),
      ),
    };
  }
  return rules;
}


/** "за доллар", "per dollar", "je US-Dollar", "per 1 dollar": the unit a rate is per. */
function rateTail(text: string, end: number, r: QuantityRules): { end: number; per: string } | undefined {
  const marker = r.rateMarkers.at(text, afterSpaces(text, end, 2));
  if (!marker || marker.start === end) return undefined;
  let at = afterSpaces(text, marker.end, 2);
  if (at === marker.end) return undefined;
  const one = /^(?:1|one|один|einen|satu)[\s\u00A0]{1,2}/iu.exec(text.slice(at, at + 10));
  if (one) at += one[0].length;
  const cur = r.currencyAny.at(text, at);
  return cur ? { end: cur.end, per: cur.data } : undefined;
}

const SENTENCE_END = /[.!?;:\n]\s/gu;

/** A rate word ("курс", "Wechselkurs", "kurs") shortly before, in the same sentence. */
function hasRateCue(text: string, start: number, r: QuantityRules): boolean {
  const from = Math.max(0, start - 60);
  const window = text.slice(from, start);
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) cut = m.index + m[0].length;
  const scope = window.slice(cut);
  return r.rateCues.all(scope).length > 0;
}

/** The hedge before `start`, with up to two filler words between ("более чем на"). */
function hedgeBefore(text: string, start: number, r: QuantityRules): LexiconMatch<HedgeData> | undefined {
  let at = start;
  for (let i = 0; i < 3; i++) {
    const h = r.hedges.endingAt(text, at);
    if (h) return h;
    const f = r.fillers.endingAt(text, at);
    if (!f) return undefined;
    at = f.start;
  }
  return undefined;
}

/**
 * Quantities in the text, in order: every number that is not a year, an ordinal or part of a
 * date, with its unit (currency code, '%', 'pp', or undefined for a count), hedge and rate
 * marks. A range "3–3,5 млрд долларов" is one quantity. Empty for a language without data.
 * `dates`: the text's dates, when the caller found them already.
 */
export function findQuantities(text: string, lang: string, dates?: readonly DateMention[]): Quantity[] {
  const r = quantityRules(lang);
  if (!r) return [];
  const nums = findNumbers(text, lang, dates);
  const out: Quantity[] = [];
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i]!;
    if (n.ordinal || n.range?.role === 'to') continue;
    const to = n.range?.role === 'from' ? nums[i + 1] : undefined;
    const last = to ?? n;
    let start = n.span.start;
    let end = last.span.end;
    let unit: string | undefined;
    let unitSpan: Span | undefined;
    const pre = r.before.endingAt(text, start);
    if (pre && text.slice(pre.end, start).length <= 1) {
      unit = pre.data;
      unitSpan = { start: pre.start, end: pre.end };
      start = pre.start;
    }
    // A hyphen after digits is left only before a hyphenated unit (findNumbers drops the rest);
    // a number in words hyphened onto a unit names a threshold ("an der Fünf-Prozent-Hürde").
    const hyphen = last.form === 'digits' && (text.charAt(end) === '-' || text.charAt(end) === '‐');
    const post = r.after.at(text, hyphen ? end + 1 : afterSpaces(text, end, 2));
    let factor = 1;
    if (post && (unit === undefined || post.data.unit === unit)) {
      unit = post.data.unit;
      factor = post.data.factor;
      if (!unitSpan) unitSpan = { start: post.start, end: post.end };
      end = post.end;
    }
    // Years and year ranges ("2026–2030") are periods, not amounts.
    if (unit === undefined && n.isYearLike && (!to || to.isYearLike)) continue;
    let rate = false;
    let per: string | undefined;
    const tail = unit === '%' || unit === 'pp' ? undefined : rateTail(text, end, r);
    if (tail && tail.per !== unit) {
      rate = true;
      per = tail.per;
      end = tail.end;
    } else if (unit !== undefined && unit !== '%' && unit !== 'pp' && hasRateCue(text, start, r)) {
      rate = true;
    }
    const hedge = hedgeBefore(text, start, r);
    const q: Quantity = {
      span: { start: hedge ? hedge.start : start, end },
      value: n.value * factor,
      unit,
      decimals: Math.max(n.decimals, to?.decimals ?? 0),
      scale: n.scale * factor,
      approx: hedge?.data.approx ?? false,
      rate,
      raw: text.slice(hedge ? hedge.start : start, end),
      number: n,
    };
    if (hyphen && post && unitSpan?.start === post.start) q.hyphened = true;
    if (hedge?.data.direction) q.direction = hedge.data.direction;
    if (hedge?.data.bound) q.bound = hedge.data.bound;
    if (per) q.per = per;
    if (to) q.range = { from: n.value * factor, to: to.value * factor };
    if (hedge) q.hedgeSpan = { start: hedge.start, end: hedge.end };
    if (unitSpan) q.unitSpan = unitSpan;
    out.push(q);
  }
  return out;
}
