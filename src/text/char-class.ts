// Unicode classes of a character, from a table filled on demand: the tokenizer and the word-list
// trie ask for every character of every article, and a regex test per character costs far more.
export const LETTER = 1; // \p{L}
export const MARK = 2; // \p{M}
export const NUMBER = 4; // \p{N}
export const SPACE = 8; // \s, as a Unicode regex reads it
const KNOWN = 128;

const table = new Uint8Array(0x10000);

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let c = KNOWN;
  if (/\p{L}/u.test(ch)) c |= LETTER;
  if (/\p{M}/u.test(ch)) c |= MARK;
  if (/\p{N}/u.test(ch)) c |= NUMBER;
  if (/\s/u.test(ch)) c |= SPACE;
  return c;
}

/** The class bits of a code point (a lone surrogate has none). */
export function classOf(cp: number): number {
  if (cp > 0xffff) return classify(cp);
  let c = table[cp]!;
  if (c === 0) table[cp] = c = classify(cp);
  return c;
}

/** The code point at `i`, reading no further than `end`: a pair cut by `end` is a lone surrogate. */
export function codePointIn(text: string, i: number, end = text.length): number {
  const cu = text.charCodeAt(i);
  if (cu >= 0xd800 && cu <= 0xdbff && i + 1 < end) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return (cu - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return cu;
}

/** The code point ending just before `i`, or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/** An ASCII digit, as \d reads it. */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Length of a code point in UTF-16 units. */
export function unitsOf(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** Offset after up to `max` spaces (any kind, as a Unicode regex's \s) from `pos`. */
export function afterSpaces(text: string, pos: number, max: number): number {
  let j = pos;
  while (j < text.length && j - pos < max && classOf(text.charCodeAt(j)) & SPACE) j++;
  return j;
}

/** Invisible characters that may sit inside a word: soft hyphen, zero-width space and (non-)joiner, word joiner, BOM. */
export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
/** The same, every occurrence (for replace). */
export const INVISIBLE_ALL = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;

export function isInvisible(cp: number): boolean {
  return cp === 0xad || (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff;
}
