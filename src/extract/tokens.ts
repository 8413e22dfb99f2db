// Word tokens with their offsets. One linear Unicode regex: no Intl.Segmenter (quadratic on
// long Cyrillic text on Node 20). Hyphens split words ("then-president" -> then, president);
// names with hyphens are matched as word sequences. Apostrophes stay inside ("Kyrgyzstan's").
import type { Span } from '../types.js';

export interface Token {
  start: number;
  end: number;
  /** Original text of the token. */
  text: string;
  /** Lookup key: lower case, ё folded to е. */
  key: string;
  /** The key's first three characters (or the whole short key): the screen every name matcher
   *  checks first, made once per word instead of once per matcher. */
  head: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

export function foldWord(word: string): string {
  // Called for every word of every article: replace only when there is something to replace.
  let w = word.toLowerCase();
  if (w.includes('ё')) w = w.replace(/ё/g, 'е');
  if (w.includes('’')) w = w.replace(/’/g, "'");
  return w;
}

export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const out: Token[] = [];
  const slice = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const start = span.start + m.index;
    const key = foldWord(m[0]);
    out.push({ start, end: start + m[0].length, text: m[0], key, head: key.length > 3 ? key.slice(0, 3) : key });
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
