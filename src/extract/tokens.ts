// Word tokens with their offsets: runs of letters, marks and digits, as the regex
// /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/u reads them, by one loop over the characters with a
// class table (several times faster than the regex; no Intl.Segmenter, quadratic on long Cyrillic
// text on Node 20). Hyphens split words ("then-president" -> then, president); names with
// hyphens are matched as word sequences. Apostrophes stay inside ("Kyrgyzstan's").
import { classOf, codePointIn, INVISIBLE, INVISIBLE_ALL, isInvisible, LETTER, MARK, NUMBER, unitsOf } from '../text/char-class.js';
import type { Span } from '../types.js';
import { hashRange } from '../hash.js';
import { WordTable } from './word-table.js';

export interface Token {
  start: number;
  end: number;
  /** Original text of the token. */
  text: string;
  /** Lookup key: lower case, ё folded to е. */
  key: string;
  /** The word's number in this process's word table (-1: not in it), so that per-word lookups
   *  (the name matchers') index an array instead of hashing the word again. */
  word: number;
}


export function foldWord(word: string): string {
  // Called for every word of every article: replace only when there is something to replace.
  let w = word.toLowerCase();
  if (w.includes('ё')) w = w.replace(/ё/g, 'е');
  if (w.includes('’')) w = w.replace(/’/g, "'");
  // "Japa\u200brov", "Tues\u00adday": the key is the word a reader sees, so no claim hides behind them.
  if (INVISIBLE.test(w)) w = w.replace(INVISIBLE_ALL, '');
  return w;
}

const WORD_CHAR = LETTER | MARK | NUMBER;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** End of the word starting at `i` (a word character). */
function wordEnd(text: string, i: number, end: number): number {
  let j = i;
  // Letters, marks and digits; an invisible character between two of them stays inside the word.
  while (j < end) {
    const cp = codePointIn(text, j, end);
    if (!(classOf(cp) & WORD_CHAR)) {
      if (!isInvisible(cp) || j + 1 >= end || !(classOf(codePointIn(text, j + 1, end)) & WORD_CHAR)) break;
    }
    j += unitsOf(cp);
  }
  // An apostrophe followed by letters or marks (not digits) goes on: "Kyrgyzstan's".
  for (;;) {
    const q = text.charCodeAt(j);
    if ((q !== APOSTROPHE && q !== RIGHT_QUOTE) || j + 1 >= end) return j;
    let k = j + 1;
    while (k < end) {
      const cp = codePointIn(text, k, end);
      if (!(classOf(cp) & (LETTER | MARK))) break;
      k += unitsOf(cp);
    }
    if (k === j + 1) return j;
    j = k;
  }
}

/**
 * Words seen by this process, with their key: most tokens are found there instead of being
 * sliced and case-folded. Bounded: past the limit new words are folded each time and get no
 * number.
 */
const words = new WordTable(200_000);

export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const out: Token[] = [];
  const end = Math.min(span.end, text.length);
  for (let i = Math.max(0, span.start); i < end; ) {
    const cp = codePointIn(text, i, end);
    if (!(classOf(cp) & WORD_CHAR)) {
      i += unitsOf(cp);
      continue;
    }
    const j = wordEnd(text, i, end);
    const hash = hashRange(text, i, j);
    let id = words.find(text, i, j, hash);
    if (id < 0) {
      const word = text.slice(i, j);
      const key = foldWord(word);
      id = words.add(word, key, hash);
      if (id < 0) {
        out.push({ start: i, end: j, text: word, key, word: -1 });
        i = j;
        continue;
      }
    }
    out.push({ start: i, end: j, text: words.texts[id]!, key: words.keys[id]!, word: id });
    i = j;
  }
  return out;
}

/** True when only blanks (incl. NBSP and thin spaces) separate the two offsets. */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007)) return false;
  }
  return true;
}

/** Index of the token covering or following `offset` (tokens.length when none). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Splits elided words off the word they fuse with («l'Ouzbékistan» → «l'» + «Ouzbékistan»), for a
 * language that has them (grammar `elisions`, lower case with a straight apostrophe). The
 * tokenizer keeps an apostrophe inside a word ("Kyrgyzstan's"); which apostrophes elide is
 * language knowledge.
 */
export function splitElisions(tokens: Token[], text: string, elisions: readonly string[]): Token[] {
  if (elisions.length === 0) return tokens;
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const e = elisions.find((x) => t.key.length > x.length && t.key.startsWith(x));
    if (!e) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    const cut = t.start + e.length;
    const rest = text.slice(cut, t.end);
    out.push({ start: t.start, end: cut, text: text.slice(t.start, cut), key: e, word: -1 });
    out.push({ start: cut, end: t.end, text: rest, key: foldWord(rest), word: -1 });
  }
  return out ?? tokens;
}
