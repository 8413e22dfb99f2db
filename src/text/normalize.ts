// Folding text for matching names and words.
//
// foldForMatch is LENGTH-PRESERVING: every UTF-16 code unit maps to exactly one code unit
// (a surrogate pair to a pair), so an offset found in the folded text is the same offset in
// the original and spans need no translation. Anything that would change the length is left
// as it is: lowercasing "İ" (2 units) gives "i", and NFC is applied per code point only, so
// a decomposed "е\u0308" stays decomposed. When that matters, use foldWithOffsets, which
// composes (NFC) and returns a map back to original offsets.

const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
const SPACES = '\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000';
const SINGLE_QUOTES = '\u2018\u2019\u201A\u201B\u2032\u2039\u203A\u02BC\u00B4\u0060';
const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB';

/** Folded code unit for each BMP code unit; 0 = not computed yet. Filled lazily. */
const table = new Uint16Array(0x10000);

function foldChar(ch: string): string {
  // NFC first: some characters compose to a quote or space ("῾" U+1FFD is "´" U+00B4), and
  // folding must give the same result when applied twice.
  let c = ch.normalize('NFC');
  if (c.length !== ch.length) c = ch;
  if (DASHES.includes(c)) return '-';
  if (SPACES.includes(c)) return ' ';
  if (SINGLE_QUOTES.includes(c)) return "'";
  if (DOUBLE_QUOTES.includes(c)) return '"';
  let lower = c.toLowerCase();
  if (lower.length !== c.length) lower = c === '\u0130' ? 'i' : c;
  if (lower === 'ё') return 'е';
  return lower;
}

function foldUnit(code: number): number {
  if (code === 0) return 0;
  let f = table[code]!;
  if (f === 0) {
    f = foldChar(String.fromCharCode(code)).charCodeAt(0);
    table[code] = f;
  }
  return f;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Lowercase, per-code-point NFC, ё→е, dashes and minus → '-', NBSP and thin spaces → ' ',
 * curly quotes and guillemets → straight quotes. Same length as the input (see above).
 */
export function foldForMatch(s: string): string {
  const out: number[] = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
      const pair = s.slice(i, i + 2);
      const f = foldChar(pair);
      const ok = f.length === 2;
      out[i] = ok ? f.charCodeAt(0) : c;
      out[i + 1] = ok ? f.charCodeAt(1) : s.charCodeAt(i + 1);
      i++;
    } else if (isHigh(c) || isLow(c)) {
      out[i] = c; // lone surrogate: keep as is
    } else {
      out[i] = foldUnit(c);
    }
  }
  // fromCharCode over chunks: spreading a huge array would overflow the call stack.
  let result = '';
  for (let i = 0; i < out.length; i += 8192) result += String.fromCharCode(...out.slice(i, i + 8192));
  return result;
}

// A base code point followed by combining marks: the clusters NFC may compose.
const CLUSTER = /[^\p{M}]\p{M}+/gu;

/**
 * Full fold: like foldForMatch, but composes base + combining marks (NFC), so "е\u0308" folds
 * to "е" like "ё" does. The result can be shorter than the input; `toOriginal` maps an offset
 * in the folded text back to the original (offsets inside a composed cluster map to its start,
 * `text.length` maps to `s.length`).
 */
export function foldWithOffsets(s: string): { text: string; toOriginal: (offset: number) => number } {
  const parts: string[] = [];
  const origin: number[] = [];
  let last = 0;
  const plain = (from: number, to: number) => {
    parts.push(foldForMatch(s.slice(from, to)));
    for (let k = from; k < to; k++) origin.push(k);
  };
  for (const m of s.matchAll(CLUSTER)) {
    plain(last, m.index);
    const f = foldForMatch(m[0].normalize('NFC'));
    parts.push(f);
    for (let k = 0; k < f.length; k++) origin.push(m.index);
    last = m.index + m[0].length;
  }
  plain(last, s.length);
  const text = parts.join('');
  origin.push(s.length);
  return {
    text,
    toOriginal: (offset: number) => origin[Math.min(Math.max(Math.trunc(offset), 0), text.length)]!,
  };
}
