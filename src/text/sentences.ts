// Paragraph and sentence spans: rule-based, abbreviation-aware, linear time.
// (No Intl.Segmenter: it is quadratic on long Cyrillic text, see DESIGN.md.)
import type { Span } from '../types.js';
import { availableLangs, loadPack } from '../language/pack.js';
import { calendarPack, monthIndex } from '../language/calendar.js';

// ---------------------------------------------------------------- characters

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;

function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 0x80) return false;
  return LETTER_OR_DIGIT.test(text[i]!);
}

function isTerminator(c: number): boolean {
  return c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026 /* … */;
}

/** Closing quotes and brackets that belong to the sentence they follow. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x203a;
}

/** Opening quotes and brackets that may start a sentence. */
function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 0xab || c === 0x201c || c === 0x201e || c === 0x2018 || c === 0x201a || c === 0x2039;
}

// ---------------------------------------------------------------- paragraphs

const BLOCK_START = /^(?:#{1,6}(?:\s|$)|[-*+•–—]\s|\d{1,3}[.)]\s|>|\|)/u;
const SHORT_LAST_WORD = /(?:^|[^\p{L}])\p{Ll}{1,3}$/u;
const ENDS_CLAUSE = /[.!?…:;]["'»”’)\]]*$/u;

/** Does line `next` continue the paragraph whose last line is `prev` (both trimmed)? */
function continues(prev: string, next: string): boolean {
  if (prev.startsWith('#') || BLOCK_START.test(next)) return false;
  if (ENDS_CLAUSE.test(prev)) return false;
  if (prev.endsWith(',')) return true;
  // A short lowercase last word is a preposition, article or conjunction ("in", "der", "и",
  // "di"): the clause goes on even if the next line starts with a name.
  if (SHORT_LAST_WORD.test(prev)) return true;
  // A lowercase start means a wrapped line; a capital after an unpunctuated line is a title
  // or a new one-line paragraph, as in plain-text articles.
  const first = String.fromCodePoint(next.codePointAt(0)!);
  return LOWER.test(first);
}

const LINE_BREAK = /[\r\n]/g;

/**
 * Paragraph spans (trimmed) in text[from, to): blank lines separate paragraphs, and so does a
 * single line break — plain-text articles put one paragraph on each line — unless the next
 * line visibly continues the previous one (after a comma, or starting in lowercase after a
 * line without final punctuation). Headings and list items are paragraphs of their own.
 */
export function paragraphs(text: string, from = 0, to: number = text.length): Span[] {
  const start = Math.max(0, Math.min(from, text.length));
  const end = Math.max(start, Math.min(to, text.length));
  const out: Span[] = [];
  let cur: Span | undefined;
  let prevLine = '';
  let ls = start;
  while (ls < end) {
    // The line end by native search, not a loop over every character. One search for CR or LF:
    // a search for CR alone would run to the end of a text that has none, on every call.
    LINE_BREAK.lastIndex = ls;
    let le = LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : end;
    if (le > end) le = end;
    let ts = ls;
    let te = le;
    while (ts < te && isSpace(text.charCodeAt(ts))) ts++;
    while (te > ts && isSpace(text.charCodeAt(te - 1))) te--;
    if (ts === te) {
      if (cur) out.push(cur);
      cur = undefined;
    } else {
      const line = text.slice(ts, te);
      if (cur && continues(prevLine, line)) cur.end = te;
      else {
        if (cur) out.push(cur);
        cur = { start: ts, end: te };
      }
      prevLine = line;
    }
    ls = le;
    if (text.charCodeAt(ls) === 13 && text.charCodeAt(ls + 1) === 10 && ls + 1 < end) ls += 2;
    else if (ls < end) ls += 1;
  }
  if (cur) out.push(cur);
  return out;
}

// ---------------------------------------------------------------- abbreviations

interface AbbreviationPack {
  abbreviations: string[];
  endBeforeCapital?: string[];
  ordinalDot?: boolean;
}

interface Abbreviations {
  /** Lowercase keys without the final dot, matched case-insensitively. */
  anyCase: Set<string>;
  /** Keys without the final dot, matched as written. */
  exact: Set<string>;
  /** Lowercase keys of unit abbreviations that end a sentence before a capitalised word ("млрд. Об этом"). */
  endBeforeCapital: Set<string>;
  ordinalDot: boolean;
  langs: string[];
}

const abbreviationCache = new Map<string, Abbreviations>();

function addForm(a: Abbreviations, form: string): void {
  if (!form.endsWith('.')) return;
  const key = form.slice(0, -1);
  if (key === key.toLowerCase()) a.anyCase.add(key);
  else a.exact.add(key);
}

/** Abbreviations of a language, or of all languages when it is unknown. */
function abbreviationsFor(lang: string | undefined): Abbreviations {
  const cacheKey = lang ?? '';
  const cached = abbreviationCache.get(cacheKey);
  if (cached) return cached;
  const known = [...new Set([...availableLangs('abbreviations'), ...availableLangs('calendar')])].sort();
  const langs = lang ? [lang.toLowerCase()] : known;
  const a: Abbreviations = { anyCase: new Set(), exact: new Set(), endBeforeCapital: new Set(), ordinalDot: false, langs };
  for (const l of langs) {
    const pack = loadPack<AbbreviationPack>(l, 'abbreviations');
    for (const f of pack?.abbreviations ?? []) addForm(a, f);
    for (const f of pack?.endBeforeCapital ?? []) a.endBeforeCapital.add(f.slice(0, -1).toLowerCase());
    if (lang && pack?.ordinalDot) a.ordinalDot = true;
    for (const forms of calendarPack(l)?.months ?? []) for (const f of forms) addForm(a, f);
    for (const forms of calendarPack(l)?.weekdays ?? []) for (const f of forms) addForm(a, f);
  }
  abbreviationCache.set(cacheKey, a);
  return a;
}

/** Longest token looked at before a dot; longer runs are not abbreviations. */
const MAX_TOKEN = 24;

/** Does the dot at `dot` end a sentence? (The caller has checked what follows.) */
function dotEndsSentence(text: string, dot: number, spanStart: number, nextWord: string, abbr: Abbreviations): boolean {
  // The token before the dot: letters, digits and inner dots ("z.B", "т.е", "13.10").
  let s = dot;
  while (s > spanStart && dot - s <= MAX_TOKEN && (isWordUnit(text, s - 1) || (text.charCodeAt(s - 1) === 46 && s - 1 > spanStart && isWordUnit(text, s - 2)))) s--;
  if (dot - s > MAX_TOKEN || s === dot) return true;
  const token = text.slice(s, dot);
  // Single letters are initials ("V. Putin", "В. Путин") or parts of "z. B.", "т. е.".
  if (token.length === 1 && !/\d/.test(token)) return false;
  // "… достиг $26,1 млрд. Об этом заявил …": a unit's abbreviation before a capitalised word (no acronym) ends it.
  if (abbr.endBeforeCapital.has(token.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(nextWord)) return true;
  if (abbr.exact.has(token) || abbr.anyCase.has(token.toLowerCase())) return false;
  if (/^\d{1,2}\.\d{1,2}$/.test(token)) return false; // "am 13.10. trafen sich"
  if (/^\d{1,3}$/.test(token)) {
    if (abbr.ordinalDot) return false; // "am 12. Oktober", "der 20. Jahrestag"
    if (nextWord && abbr.langs.some((l) => monthIndex(l, nextWord) !== undefined)) return false;
  }
  return true;
}

// ---------------------------------------------------------------- sentences

/** The characters isTerminator accepts: a regex search skips to the next one natively. */
const TERMINATOR = /[.!?\u2026]/g;

/**
 * The next terminator at or after an offset, searched natively and remembered for the rest of
 * one sentences() call: paragraphs without a terminator must not each search on to the same far
 * one again (quadratic on a long list of lines without dots).
 */
class TerminatorSearch {
  private from = 0;
  private found = -2; // -2: nothing searched yet; -1: none after `from`

  constructor(private readonly text: string) {}

  /** Offset of the first terminator at or after `i` (-1: none). */
  next(i: number): number {
    if (this.found !== -2 && i >= this.from && (this.found < 0 || i <= this.found)) return this.found;
    TERMINATOR.lastIndex = i;
    this.from = i;
    this.found = TERMINATOR.test(this.text) ? TERMINATOR.lastIndex - 1 : -1;
    return this.found;
  }
}

function splitParagraph(text: string, p: Span, abbr: Abbreviations, terminators: TerminatorSearch, out: Span[]): void {
  let sentStart = p.start;
  let i = p.start;
  while (i < p.end) {
    const t = terminators.next(i);
    if (t < 0 || t >= p.end) break;
    i = t;
    const c = text.charCodeAt(i);
    // The run of terminators ("?!", "...") and the closing quotes after it.
    let j = i;
    while (j < p.end && isTerminator(text.charCodeAt(j))) j++;
    let k = j;
    while (k < p.end && isCloser(text.charCodeAt(k))) k++;
    if (k >= p.end) break; // the paragraph ends here anyway
    if (!isSpace(text.charCodeAt(k))) {
      i = k > i + 1 ? k : i + 1;
      continue;
    }
    let w = k;
    while (w < p.end && isSpace(text.charCodeAt(w))) w++;
    const nc = text.charCodeAt(w);
    const nextChar = String.fromCodePoint(text.codePointAt(w)!);
    const startsSentence = UPPER.test(nextChar) || (nc >= 48 && nc <= 57) || isOpener(nc);
    let split = startsSentence;
    if (split && j - i === 1 && c === 46) {
      let e = w;
      while (e < p.end && e - w < 20 && isWordUnit(text, e)) e++;
      split = dotEndsSentence(text, i, sentStart, text.slice(w, e), abbr);
    }
    if (split) {
      out.push({ start: sentStart, end: k });
      sentStart = w;
    }
    i = w;
  }
  if (sentStart < p.end) out.push({ start: sentStart, end: p.end });
}

/**
 * Sentence spans (trimmed) in a span of text, paragraph by paragraph: a sentence ends after
 * . ! ? … (and closing quotes) followed by whitespace and a capital, digit or opening quote,
 * or at the paragraph end. A dot after an abbreviation of the language (rules/lang/<lang>/
 * abbreviations.json, month abbreviations from calendar.json), a single letter, "13.10." or an
 * ordinal before a month does not end a sentence. Without `lang` the abbreviations of all
 * languages apply. Prefers joining two sentences to cutting one.
 */
export function sentences(text: string, span: Span = { start: 0, end: text.length }, lang?: string): Span[] {
  const abbr = abbreviationsFor(lang);
  const out: Span[] = [];
  const terminators = new TerminatorSearch(text);
  for (const p of paragraphs(text, span.start, span.end)) splitParagraph(text, p, abbr, terminators, out);
  return out;
}
