// Numbers written in digits or words, per language, from rules/lang/<lang>/numbers.json.
// Digits are read by a hand-written scanner (linear in the text, no regex backtracking);
// words by one compiled alternation per language. Offsets are UTF-16 indexes into the text.
import type { Span } from '../types.js';
import { dateAndTimeMasks, type DateMention } from './dates.js';
import { loadPack, perLanguage } from './pack.js';
import { formText, type FormSpec } from './phrase-pattern.js';
import { Lexicon, type LexiconMatch } from './lexicon.js';
import { afterSpaces, isDigitCode } from '../text/char-class.js';

export type WordKind = 'add' | 'mul' | 'plus' | 'fraction' | 'scale' | 'join';

/** Shape of rules/lang/<lang>/numbers.json (schema: rules/schema/numbers.schema.json). */
export interface NumbersPack {
  decimal: string[];
  group: string[];
  loneSeparator?: Partial<Record<'.' | ',', 'decimal' | 'group'>>;
  negative: string[];
  rangeJoiners: string[];
  rangeWords?: string[];
  changeFrom?: string[];
  ordinalDot?: boolean;
  compoundWords?: boolean;
  scales: Array<{ value: number; forms: FormSpec[] }>;
  words: Array<{ kind: WordKind; value?: number; forms: FormSpec[] }>;
  units: Array<{ unit: string; currency?: boolean; factor?: number; hyphenated?: boolean; before?: FormSpec[]; after?: FormSpec[] }>;
  hedges: Array<{ forms: FormSpec[]; approx?: boolean; bound?: 'lower' | 'upper'; direction?: 'atMost' | 'atLeast' }>;
  hedgeFillers?: string[];
  rateMarkers?: string[];
  rateCues?: string[];
  /** Verbs of exceeding that make an amount later in their clause a lower bound, words apart. */
  lowerBoundVerbs?: string[];
  /** Groups of words naming one measure ("Handel", "Warenverkehr", …): see measure-words.ts. */
  measureWords?: string[][];
  /** Words between a part and its whole ("82 of the 222 seats"). */
  partOfWhole?: string[];
}

export interface NumberMention {
  /** The number with its sign and scale word ("−3", "4,1 Mrd.", "два миллиарда"). */
  span: Span;
  /** The digits or number words alone, without a scale abbreviation written after digits. */
  numberSpan: Span;
  /** Value with the scale applied: "4,1 Mrd." → 4.1e9. */
  value: number;
  /** Digits given after the decimal separator (the precision the text gives, in units of `scale`). */
  decimals: number;
  /** Multiplier of the scale word (1 when none): value is known to ±0.5·scale·10^-decimals. */
  scale: number;
  /** Text of `span`. */
  raw: string;
  /** The scale word or abbreviation as written ("Mrd.", "млрд", "bn"). */
  scaleWord?: string;
  form: 'digits' | 'words';
  /** A bare four-digit whole number 1900–2100 with no separators, sign or scale: maybe a year. */
  isYearLike: boolean;
  /** "zum 20. Mal": a German-style ordinal, not an amount. */
  ordinal?: boolean;
  /**
   * A lone separator before exactly three digits, read by the language's convention although
   * the other convention would read it otherwise ("1,800" in English = 1800, not 1.8).
   */
  ambiguous?: boolean;
  /** Part of a range "3–3,5 млрд": the first number takes the second's scale. */
  range?: { role: 'from' | 'to'; partner: Span };
}

interface WordData {
  kind: WordKind;
  value: number;
}

interface NumberRules {
  decimal: Set<string>;
  group: Set<string>;
  /** Non-space characters that may join digit groups into one token. */
  joiners: Set<string>;
  spaceGroups: Set<string>;
  lone: Partial<Record<string, 'decimal' | 'group'>>;
  negative: Set<string>;
  rangeJoiners: Set<string>;
  rangeWords: Lexicon<true>;
  changeFrom: Lexicon<true>;
  ordinalDot: boolean;
  scales: Lexicon<number>;
  words: Lexicon<WordData>;
  morphemes: Lexicon<WordData> | undefined;
  currencyBefore: Lexicon<string>;
  /** Units written onto the number with a hyphen as a compound adjective ("a 77-kilometre pipeline"). */
  hyphenUnits: Lexicon<true>;
}

/** The raw numbers data of a language, or undefined when there is none. */
export function numbersPack(lang: string): NumbersPack | undefined {
  return loadPack<NumbersPack>(lang, 'numbers');
}

function isSpaceChar(c: string): boolean {
  return /^[\s\u00A0\u2009\u202F]$/u.test(c);
}

function wordItems(pack: NumbersPack): Array<{ spec: FormSpec; data: WordData }> {
  const items: Array<{ spec: FormSpec; data: WordData }> = [];
  const listed = new Set<string>();
  for (const w of pack.words) {
    for (const spec of w.forms) {
      items.push({ spec, data: { kind: w.kind, value: w.value ?? 0 } });
      listed.add(formText(spec).toLowerCase());
    }
  }
  // Scale words after number words ("два миллиарда", "zwei Mrd."): never a number alone unless
  // the words list says so; one-letter glued abbreviations are left to digits.
  for (const s of pack.scales) {
    for (const spec of s.forms) {
      if (typeof spec !== 'string' && (spec.gluedOnly || spec.afterCurrency)) continue;
      if (listed.has(formText(spec).toLowerCase())) continue;
      const base = typeof spec === 'string' ? { form: spec } : spec;
      items.push({ spec: { ...base, alone: false }, data: { kind: 'scale', value: s.value } });
    }
  }
  return items;
}

export const numberRules = perLanguage(buildNumberRules);

function buildNumberRules(code: string): NumberRules | undefined {
  const pack = numbersPack(code);
  let rules: NumberRules | undefined;
  if (pack) {
    const all = [...pack.decimal, ...pack.group];
    const items = wordItems(pack);
    rules = {
      decimal: new Set(pack.decimal),
      group: new Set(pack.group),
      joiners: new Set(['.', ',', ...all.filter((c) => !isSpaceChar(c))]),
      spaceGroups: new Set(pack.group.filter(isSpaceChar)),
      lone: pack.loneSeparator ?? {},
      negative: new Set(pack.negative),
      rangeJoiners: new Set(pack.rangeJoiners),
      rangeWords: new Lexicon((pack.rangeWords ?? []).map((spec) => ({ spec, data: true as const }))),
      changeFrom: new Lexicon((pack.changeFrom ?? []).map((spec) => ({ spec, data: true as const }))),
      ordinalDot: pack.ordinalDot === true,
      // Scale words may follow digits directly ("5bn"), so only a letter before them is a boundary.
      scales: new Lexicon(
        pack.scales.flatMap((s) => s.forms.map((spec) => ({ spec, data: s.value }))),
        { lead: 'letter', trail: 'word' },
      ),
      words: new Lexicon(items),
      morphemes: pack.compoundWords
        ? new Lexicon(
            items.filter((i) => /^\p{L}+$/u.test(formText(i.spec))),
            { lead: 'none', trail: 'none' },
          )
        : undefined,
      // A currency written before the number may touch it ("Rp68", "US$4"): no boundary after.
      currencyBefore: new Lexicon(
        pack.units.filter((u) => u.currency).flatMap((u) => (u.before ?? []).map((spec) => ({ spec, data: u.unit }))),
        { lead: 'word', trail: 'none' },
      ),
      hyphenUnits: new Lexicon(pack.units.filter((u) => u.hyphenated).flatMap((u) => (u.after ?? []).map((spec) => ({ spec, data: true as const })))),
    };
  }
  return rules;
}

// ---------------------------------------------------------------- digits

function isDigitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isDigitCode(text.charCodeAt(i));
}
const LETTER = /\p{L}/u;
function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  // Low surrogate: test the whole code point.
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return LETTER.test(text.slice(i - 1, i + 1));
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  return LETTER.test(text.charAt(i));
}

interface DigitToken {
  start: number;
  end: number;
  groups: string[];
  seps: string[];
}

function digitsEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigitCode(text.charCodeAt(j))) j++;
  return j;
}

/** Reads digits joined by separators from `i`; spaces join only three-digit groups. */
function readDigitToken(text: string, i: number, r: NumberRules): DigitToken {
  let j = digitsEnd(text, i);
  const groups = [text.slice(i, j)];
  const seps: string[] = [];
  // Spaces join three-digit groups only while every separator so far was a space.
  let spacedSoFar = j - i <= 3;
  while (j < text.length - 1) {
    const c = text.charAt(j);
    if (!isDigitAt(text, j + 1)) break;
    if (r.joiners.has(c)) {
      const k = digitsEnd(text, j + 1);
      spacedSoFar = false;
      seps.push(c);
      groups.push(text.slice(j + 1, k));
      j = k;
      continue;
    }
    if (r.spaceGroups.has(c)) {
      const k = digitsEnd(text, j + 1);
      if (k - (j + 1) === 3 && spacedSoFar) {
        seps.push(c);
        groups.push(text.slice(j + 1, k));
        j = k;
        continue;
      }
    }
    break;
  }
  return { start: i, end: j, groups, seps };
}

interface ParsedDigits {
  /** Plain decimal string "1234.5" for exact scaling through Number("1234.5e9"). */
  plain: string;
  decimals: number;
  ambiguous: boolean;
}

function isGroupChar(c: string, r: NumberRules): boolean {
  return c === '.' || c === ',' || r.group.has(c) || r.spaceGroups.has(c);
}

/**
 * Reads a digit token by the language's convention, or by the other convention where only it
 * fits ("1.234,5" in English text, "4.1" in German text). Undefined for anything else
 * ("12.10.2023", "1,1,1").
 */
export function parseDigitGroups(groups: string[], seps: string[], r: NumberRules): ParsedDigits | undefined {
  const head = groups[0] ?? '';
  if (seps.length === 0) return { plain: head, decimals: 0, ambiguous: false };
  const tail = groups[groups.length - 1] ?? '';
  const canGroup = (gs: string[]) => head.length <= 3 && !(head === '0') && gs.every((g) => g.length === 3);
  if (seps.length === 1) {
    const c = seps[0] ?? '';
    if (r.spaceGroups.has(c)) return { plain: head + tail, decimals: 0, ambiguous: false };
    const threeAfter = tail.length === 3 && canGroup([tail]);
    let reading: 'decimal' | 'group';
    if (r.decimal.has(c) && !r.group.has(c)) reading = 'decimal';
    else if (r.group.has(c) && !r.decimal.has(c)) reading = threeAfter ? 'group' : 'decimal';
    else reading = threeAfter ? (r.lone[c] ?? 'decimal') : 'decimal';
    if (reading === 'group') return { plain: head + tail, decimals: 0, ambiguous: true };
    if (c !== '.' && c !== ',' && !r.decimal.has(c)) return undefined;
    return { plain: `${head}.${tail}`, decimals: tail.length, ambiguous: threeAfter };
  }
  // Two or more separators: all but the last are one repeated group separator.
  const inner = seps.slice(0, -1);
  const first = inner[0] ?? '';
  if (!inner.every((s) => s === first) || !isGroupChar(first, r)) return undefined;
  if (!canGroup(groups.slice(1, -1))) return undefined;
  const last = seps[seps.length - 1] ?? '';
  const intPart = groups.slice(0, -1).join('');
  if (last === first) {
    if (tail.length !== 3) return undefined;
    return { plain: intPart + tail, decimals: 0, ambiguous: false };
  }
  if (last !== '.' && last !== ',' && !r.decimal.has(last)) return undefined;
  return { plain: `${intPart}.${tail}`, decimals: tail.length, ambiguous: false };
}

function scaledValue(plain: string, scale: number): number {
  const exp = Math.log10(scale);
  return Number.isInteger(exp) ? Number(`${plain}e${exp}`) : Number(plain) * scale;
}


interface ScaleHit {
  end: number;
  value: number;
  word: string;
}

/** The scale word after the digits ending at `end`, honouring gluedOnly and afterCurrency. */
function scaleAfter(text: string, numStart: number, end: number, r: NumberRules): ScaleHit | undefined {
  const at = afterSpaces(text, end, 2);
  const m: LexiconMatch<number> | undefined = r.scales.at(text, at);
  if (!m) return undefined;
  const spec = m.spec;
  if (typeof spec !== 'string') {
    if (spec.gluedOnly && at !== end) return undefined;
    if (spec.afterCurrency && !r.currencyBefore.endingAt(text, numStart)) return undefined;
  }
  return { end: m.end, value: m.data, word: m.text };
}

interface Masks {
  spans: Span[];
  idx: number;
}

/** True when [start, end) overlaps a mask; masks are consulted in increasing order. */
function masked(m: Masks, start: number, end: number): boolean {
  while (m.idx < m.spans.length && (m.spans[m.idx]?.end ?? 0) <= start) m.idx++;
  const s = m.spans[m.idx];
  return s !== undefined && s.start < end;
}

const MAX_DIGITS = 21;

/** A number in digits while ranges are linked: the mention and what linking needs besides. */
interface DigitNumber {
  mention: NumberMention;
  /** The digits as a plain decimal string, to re-scale the first number of a range exactly. */
  plain: string;
  /** Offset of a minus sign before the number, -1 when none. */
  signAt: number;
}

function scanDigits(text: string, r: NumberRules, masks: Masks): DigitNumber[] {
  const out: DigitNumber[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const tok = readDigitToken(text, i, r);
    i = tok.end;
    const m = readDigitNumber(text, tok, r);
    if (m && !masked(masks, tok.start, tok.end)) out.push(m);
  }
  return out;
}

function readDigitNumber(text: string, tok: DigitToken, r: NumberRules): DigitNumber | undefined {
  const { start, end } = tok;
  if (tok.groups.join('').length > MAX_DIGITS) return undefined;
  const prev = text.charAt(start - 1);
  // Glued to a word on the left: "COVID-19", "Q3", "ke-20" are not amounts; "Rp68" is.
  if (isLetterAt(text, start - 1)) {
    const cur = r.currencyBefore.endingAt(text, start);
    if (!cur || cur.end !== start) return undefined;
  }
  // "ke-20", "Су-35": a hyphen after a word; "1/3", "24/7": a slash between digits.
  if ((prev === '-' || prev === '‐' || prev === '/') && isLetterAt(text, start - 2)) return undefined;
  if (prev === '/' && isDigitAt(text, start - 2)) return undefined;
  const next = text.charAt(end);
  if (next === '/' && isDigitAt(text, end + 1)) return undefined;
  let scale: ScaleHit | undefined = scaleAfter(text, start, end, r);
  if (isLetterAt(text, end) && (!scale || scale.end === end)) return undefined; // "20th", "5G", "3D"
  // "25-летие", "5-year" are words; "a 77-kilometre pipeline" is a measure (the pack's hyphenated units).
  if ((next === '-' || next === '‐') && isLetterAt(text, end + 1) && !r.hyphenUnits.at(text, end + 1)) return undefined;
  const parsed = parseDigitGroups(tok.groups, tok.seps, r);
  if (!parsed) return undefined;
  let ordinal = false;
  if (r.ordinalDot && tok.seps.length === 0 && !scale && next === '.' && tok.groups[0]!.length <= 3) {
    const after = text.charAt(end + 1);
    if (isSpaceChar(after) && (isLetterAt(text, end + 2) || isDigitAt(text, end + 2))) ordinal = true;
  }
  const factor = scale?.value ?? 1;
  const value = scaledValue(parsed.plain, factor);
  if (!Number.isFinite(value)) return undefined;
  const spanEnd = scale ? scale.end : end;
  const signAt = r.negative.has(prev) && (start === 1 || /[\s([]/u.test(text.charAt(start - 2))) ? start - 1 : -1;
  const head = tok.groups[0] ?? '';
  const isYearLike = tok.seps.length === 0 && !scale && head.length === 4 && Number(head) >= 1900 && Number(head) <= 2100;
  const mention: NumberMention = {
    span: { start, end: spanEnd },
    numberSpan: { start, end },
    value,
    decimals: parsed.decimals,
    scale: factor,
    raw: text.slice(start, spanEnd),
    form: 'digits',
    isYearLike,
  };
  if (scale) mention.scaleWord = scale.word;
  if (ordinal) mention.ordinal = true;
  if (parsed.ambiguous) mention.ambiguous = true;
  return { mention, plain: parsed.plain, signAt };
}

/**
 * "3–3,5", "15 bis 20", "$2–$3": the text between two numbers makes them a range. A word
 * joiner after a "from" word ("rose from 3 to 5", "с 3 до 5") is a change, not a range.
 */
function joinedAsRange(text: string, da: DigitNumber, db: DigitNumber, r: NumberRules): boolean {
  const a = da.mention;
  const b = db.mention;
  let bStart = b.span.start;
  const cur = r.currencyBefore.endingAt(text, bStart);
  if (cur && cur.start >= a.span.end) bStart = cur.start;
  const between = text.slice(a.span.end, bStart);
  const trimmed = between.trim();
  if (between.length <= 5 && trimmed.length === 1 && r.rangeJoiners.has(trimmed)) {
    // "90.65 -0.33" (a space before the dash only) is a signed number, not a range.
    return !(between.startsWith(trimmed) === false && between.endsWith(trimmed) && db.signAt === b.span.start - 1);
  }
  if (between.length > 20 || !/^[\s\u00A0]/u.test(between) || !/[\s\u00A0]$/u.test(between)) return false;
  const word = r.rangeWords.at(text, afterSpaces(text, a.span.end, 2));
  if (!word || afterSpaces(text, word.end, 2) !== bStart) return false;
  const aCur = r.currencyBefore.endingAt(text, a.span.start);
  return !r.changeFrom.endingAt(text, aCur ? aCur.start : a.span.start);
}

/** Joins "3–3,5 млрд" into a range, gives the first number the second's scale, and applies signs. */
function linkRanges(text: string, list: DigitNumber[], r: NumberRules): NumberMention[] {
  for (let k = 1; k < list.length; k++) {
    const da = list[k - 1]!;
    const db = list[k]!;
    const a = da.mention;
    const b = db.mention;
    if (a.range || a.ordinal || b.ordinal) continue;
    if (!joinedAsRange(text, da, db, r)) continue;
    // A range runs upwards: "3–3,5 млрд", "2020–2024".
    const ascending = a.scaleWord || !b.scaleWord ? a.value < b.value : Number(da.plain) < Number(db.plain);
    if (!ascending) continue;
    a.range = { role: 'from', partner: { ...b.span } };
    b.range = { role: 'to', partner: { ...a.span } };
    if (db.signAt === b.span.start - 1) db.signAt = -1;
    if (!a.scaleWord && b.scaleWord && b.scale > 1) {
      a.value = scaledValue(da.plain, b.scale);
      a.scale = b.scale;
      a.scaleWord = b.scaleWord;
    }
  }
  return list.map(({ mention: m, signAt }) => {
    if (signAt < 0) return m;
    return {
      ...m,
      value: -m.value,
      span: { start: signAt, end: m.span.end },
      raw: text.slice(signAt, m.span.end),
      isYearLike: false,
    };
  });
}

// ---------------------------------------------------------------- words

interface WordToken {
  start: number;
  end: number;
  text: string;
  kind: WordKind;
  value: number;
  alone: boolean;
}

function toToken(m: LexiconMatch<WordData>): WordToken {
  const alone = typeof m.spec === 'string' || m.spec.alone !== false;
  return { start: m.start, end: m.end, text: m.text, kind: m.data.kind, value: m.data.value, alone };
}

// A whole run of letters at once (a bounded run with a lookahead would rescan long words).
const LETTER_RUN = /\p{L}+/gu;

/** German-style compounds ("fünfundzwanzig"): words made only of number-word forms. */
function compoundTokens(text: string, morphemes: Lexicon<WordData>): WordToken[] {
  const out: WordToken[] = [];
  LETTER_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LETTER_RUN.exec(text)) !== null) {
    if (m[0].length < 4 || m[0].length > 60) continue;
    const end = m.index + m[0].length;
    const parts: WordToken[] = [];
    let pos = m.index;
    while (pos < end && parts.length <= 8) {
      const hit = morphemes.at(text, pos);
      if (!hit || hit.end > end) break;
      parts.push(toToken(hit));
      pos = hit.end;
    }
    if (pos === end && parts.length >= 2) out.push(...parts.map((p) => ({ ...p, alone: true })));
  }
  return out;
}

function adjacent(text: string, a: WordToken, b: WordToken): boolean {
  if (a.end === b.start) return true;
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && (/^[\s\u00A0\u2009\u202F]+$/u.test(gap) || gap === '-' || gap === '‐');
}

function digitCount(v: number): number {
  return Math.floor(Math.log10(v)) + 1;
}

/** "thirty" then "five": the smaller count fills the zeros of the one before. */
function fits(seg: number, last: number, v: number): boolean {
  if (!Number.isInteger(v) || v <= 0 || v >= last) return false;
  return seg % 10 ** digitCount(v) === 0;
}

interface WordNumber {
  next: number;
  mention: NumberMention | undefined;
}

/** Reads one number from the word tokens starting at `i`. */
function readWordNumber(text: string, toks: WordToken[], i: number): WordNumber {
  let total = 0;
  let seg = 0;
  let last = 0;
  let lastKind: WordKind | '' = '';
  let lastScale = Infinity;
  let maxScale = 1;
  let scaleWord: string | undefined;
  let used = 0;
  let aloneOk = false;
  let joined = false;
  let done = false;
  let k = i;
  for (; k < toks.length && !done; k++) {
    const t = toks[k]!;
    if (k > i && !adjacent(text, toks[k - 1]!, t)) break;
    if (t.kind === 'join') {
      const nx = toks[k + 1];
      const nx2 = toks[k + 2];
      if (lastKind === '' || !nx || !adjacent(text, t, nx)) break;
      if (nx.kind === 'add' && nx.value === 1 && nx2?.kind === 'fraction' && adjacent(text, nx, nx2)) {
        // "two and a half": the fraction is added, not multiplied.
        seg += nx2.value;
        used += 2;
        k += 2;
        done = true;
        continue;
      }
      const afterBig = (lastKind === 'mul' || lastKind === 'scale') && nx.kind === 'add';
      const inverted = lastKind === 'add' && last < 10 && nx.kind === 'add' && nx.value >= 20 && nx.value < 100 && nx.value % 10 === 0;
      if (!afterBig && !inverted) break;
      joined = true;
      continue;
    }
    if (lastKind === 'fraction') break;
    let ok = true;
    switch (t.kind) {
      case 'add':
        if (lastKind === '' || lastKind === 'scale') {
          seg = t.value;
          last = t.value;
        } else if (joined && lastKind === 'add') {
          seg += t.value;
          last += t.value;
        } else if ((lastKind === 'add' || lastKind === 'plus' || lastKind === 'mul') && (joined || fits(seg, last, t.value))) {
          seg += t.value;
          last = t.value;
        } else ok = false;
        break;
      case 'mul':
        if (lastKind === '' || (lastKind === 'scale' && seg === 0)) {
          seg = t.value;
          last = t.value;
        } else if ((lastKind === 'add' || lastKind === 'plus') && last < t.value) {
          seg = seg - last + last * t.value;
          last = last * t.value;
        } else ok = false;
        break;
      case 'plus':
        if (lastKind === '' || lastKind === 'scale') {
          seg = t.value;
          last = t.value;
        } else if (lastKind === 'add' || lastKind === 'mul') {
          seg += t.value;
          last += t.value;
        } else ok = false;
        break;
      case 'fraction':
        if (lastKind === '') seg = t.value;
        else if (lastKind === 'add' || lastKind === 'plus' || lastKind === 'mul') seg *= t.value;
        else ok = false;
        break;
      case 'scale':
        if (t.value >= lastScale || (lastKind !== '' && seg === 0)) ok = false;
        else {
          total += (lastKind === '' ? 1 : seg) * t.value;
          seg = 0;
          last = 0;
          lastScale = t.value;
          if (t.value > maxScale) {
            maxScale = t.value;
            scaleWord = t.text;
          }
        }
        break;
    }
    if (!ok) break;
    if (used === 0) aloneOk = t.alone;
    lastKind = t.kind;
    joined = false;
    used++;
  }
  // A trailing join was not consumed; k is the first token not used.
  const first = toks[i]!;
  const lastTok = toks[Math.max(i, k - 1)]!;
  const next = Math.max(k, i + 1);
  if (used === 0 || (used === 1 && !aloneOk)) return { next, mention: undefined };
  const value = total + seg;
  if (!(value > 0) || !Number.isFinite(value)) return { next, mention: undefined };
  const unscaled = value / maxScale;
  const decimals = Number.isInteger(unscaled) ? 0 : Number.isInteger(Math.round(unscaled * 1e9) / 1e8) ? 1 : Number.isInteger(Math.round(unscaled * 1e9) / 1e7) ? 2 : 0;
  const span = { start: first.start, end: lastTok.end };
  const mention: NumberMention = {
    span,
    numberSpan: { ...span },
    value,
    decimals,
    scale: maxScale,
    raw: text.slice(span.start, span.end),
    form: 'words',
    isYearLike: false,
  };
  if (scaleWord) mention.scaleWord = scaleWord;
  return { next, mention };
}

function scanWords(text: string, r: NumberRules): NumberMention[] {
  let toks = r.words.all(text).map(toToken);
  if (r.morphemes) {
    const compounds = compoundTokens(text, r.morphemes);
    if (compounds.length) {
      toks = [...toks, ...compounds].sort((a, b) => a.start - b.start || b.end - a.end);
      // A compound and a single form may cover the same letters: keep the first, longest.
      const kept: WordToken[] = [];
      for (const t of toks) if (!kept.length || t.start >= kept[kept.length - 1]!.end) kept.push(t);
      toks = kept;
    }
  }
  const out: NumberMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const { next, mention } = readWordNumber(text, toks, i);
    if (mention) out.push(mention);
    i = next;
  }
  return out;
}

// ---------------------------------------------------------------- API

/**
 * All numbers in the text, in order: digits with the language's separators (and the other
 * convention where unambiguous), signs, scale words, ranges, and number words. Numbers inside
 * dates and times ("12.10.2023", "2023-10-12", "10:30", "8 May") are left out. Empty for a
 * language without numbers data. `dates`: the text's dates, when the caller found them already.
 */
export function findNumbers(text: string, lang: string, dates?: readonly DateMention[]): NumberMention[] {
  const r = numberRules(lang);
  if (!r) return [];
  const masks: Masks = { spans: dateAndTimeMasks(text, lang, dates), idx: 0 };
  const digits = linkRanges(text, scanDigits(text, r, masks), r);
  const words = scanWords(text, r);
  // Word numbers never overlap digits ("5 million": "million" alone is no number).
  const wordMasks: Masks = { spans: [...digits.map((d) => d.span), ...masks.spans].sort((a, b) => a.start - b.start), idx: 0 };
  const keptWords = words.filter((w) => !masked(wordMasks, w.span.start, w.span.end));
  return [...digits, ...keptWords].sort((a, b) => a.span.start - b.span.start);
}
