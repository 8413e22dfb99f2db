// Cue phrases of a language (rules/lang/<lang>/grammar.json → "cues"): words that mark a clause
// boundary, a comparison base, a refuted claim, a decline, a reported or hedged statement.
// Phrases are matched on token keys, so inflected forms are listed as words in the data.
import { perLanguage } from '../language/pack.js';
import { CUE_CLASSES, grammarOf, type CueClass } from './grammar.js';
import { foldWord, type Token } from './tokens.js';

export { CUE_CLASSES, type CueClass } from './grammar.js';

/** Phrases as folded word lists, longest first, per class. */
export type CuePhrases = Record<CueClass, string[][]>;

export const cuePhrasesOf = perLanguage((lang): CuePhrases => {
  const raw = grammarOf(lang).cues ?? {};
  const out = {} as CuePhrases;
  for (const c of CUE_CLASSES) {
    out[c] = (raw[c] ?? []).map((p) => foldWord(p).split(/[\s]+/u).filter(Boolean)).filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  }
  return out;
});

/** The length in tokens of the phrase of `phrases` starting at token `at`, or 0. */
export function phraseAt(tokens: readonly Token[], at: number, phrases: readonly string[][]): number {
  outer: for (const ph of phrases) {
    if (at + ph.length > tokens.length) continue;
    for (let i = 0; i < ph.length; i++) if (tokens[at + i]!.key !== ph[i]) continue outer;
    return ph.length;
  }
  return 0;
}

/** Whether a phrase of `phrases` starts at any token in [from, to). */
export function phraseIn(tokens: readonly Token[], from: number, to: number, phrases: readonly string[][]): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) if (phraseAt(tokens, i, phrases)) return true;
  return false;
}

/** One-word prepositions and name joiners of a language, folded as token keys are ("to", "of", "in", "von"). */
export const prepositionWordsOf = perLanguage((lang): ReadonlySet<string> => new Set([
  ...cuePhrasesOf(lang).preposition.filter((p) => p.length === 1).map((p) => p[0]!),
  ...(grammarOf(lang).nameJoiners ?? []).filter((j) => !/\s/u.test(j)).map(foldWord),
]));
