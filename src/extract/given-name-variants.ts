// A given name spelled another way before a surname the fact set knows: "Nicol Pashinyan" where the
// set writes "Nikol Pashinyan", "Emomali Rachmon" beside "Emomalij Rachmon", «Арой Айвазяном» (the
// instrumental of a short «Ара»). The name matcher finds the surname alone, and the unknown word
// before it then stood between a title and its name ("Prime Minister Nicol Pashinyan"), so no claim
// was read. A mention is widened over such a word when it is a variant of one of that person's
// given names; a word that is no variant of any (another given name: "Akylbek" before "Japarov") is
// left alone, so the surname is never given to a namesake.
import type { Entity } from '../types.js';
import type { NameMatch } from './names.js';
import { givenNames } from './initials.js';
import { foldWord, onlySpaceBetween, type Token } from './tokens.js';

const CAPITAL = /^\p{Lu}\p{Ll}/u;

/** Edit distance, bounded: `limit + 1` as soon as it must exceed `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Whether a text word is another spelling (or a case form) of a given name: the same first letter,
 * and at most two edits for a name of five letters or more, one for four; a name of three letters
 * or fewer only with its last letter changed or an ending added («Ара» → «Арой»).
 */
export function givenNameVariant(given: string, word: string): boolean {
  if (given === word || given.length < 2 || word.length < 2 || given[0] !== word[0]) return false;
  if (given.length <= 3) return word.startsWith(given.slice(0, -1)) && word.length - given.length <= 2 && word.length >= given.length;
  // A double name ("Kassym-Schomart", 15 letters) may differ in each half ("Kassym-Jomart").
  const limit = given.length >= 12 ? 3 : given.length >= 5 ? 2 : 1;
  return distance(given, word, limit) <= limit;
}

/**
 * Mentions with a variant of the person's given name right before a one-word surname taken in.
 * Returns the same array when nothing changed.
 */
export function withGivenNameVariants(text: string, tokens: readonly Token[], mentions: NameMatch[], lang: string, entityOf: (id: string) => Entity | undefined): NameMatch[] {
  let out: NameMatch[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.entityType !== 'person' || m.tokenEnd - m.tokenStart !== 1 || m.tokenStart === 0) continue;
    let i = m.tokenStart - 1;
    const prev = mentions[k - 1];
    if (prev && prev.tokenEnd > i) continue;
    const word = tokens[i]!;
    if (!CAPITAL.test(word.text) || !onlySpaceBetween(text, word.end, tokens[m.tokenStart]!.start)) continue;
    // A double given name joined by a hyphen ("Kasym-Schomart Tokajew") is one word of the name.
    let key = word.key;
    const first = tokens[i - 1];
    if (first && CAPITAL.test(first.text) && text.slice(first.end, word.start) === '-' && !(prev && prev.tokenEnd > i - 1)) {
      key = `${first.key}-${word.key}`;
      i--;
    }
    const ids = [m.entityId, ...m.alternatives];
    // The set's own spelling in English too: German copy writes "Kassym-Jomart Tokajew".
    const who = ids.filter((id) => [...givenNames(entityOf(id), lang), ...(lang === 'en' ? [] : givenNames(entityOf(id), 'en'))].some((g) => givenNameVariant(foldWord(g), key) || foldWord(g) === key));
    if (who.length !== 1) continue;
    const start = tokens[i]!.start;
    out ??= mentions.slice();
    out[k] = { ...m, entityId: who[0]!, alternatives: [], tokenStart: i, span: { start, end: m.span.end }, text: text.slice(start, m.span.end) };
  }
  return out ?? mentions;
}
