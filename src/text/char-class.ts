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
