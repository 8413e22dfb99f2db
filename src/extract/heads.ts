// Head nouns of things the fact set says something of: "the air base", "авиабаза", "die
// Militärparade", "der Vertrag". An article names Kant once and then says "the Russian air base
// in ...": the head refers back to it.
// Heads come from the entity's own names: a multi-word name minus the words that are another,
// shorter name of the same entity ("Kant air base" minus "Kant" = "air base"), else the head
// word of the name (last in English, first in Russian, German, Indonesian).
import type { Entity, Lang } from '../types.js';
import { articleWordsOf, grammarOf } from './grammar.js';
import { prepositionWordsOf } from './cues.js';
import { foldWord } from './tokens.js';

const SPLIT = /[\s\u00a0]+/u;

/** Where the preposition before a name's last word stands, articles between ("in the Kremlin"); -1 when none. */
function prepositionAt(words: readonly string[], prepositions: ReadonlySet<string>, articles: ReadonlySet<string>): number {
  let i = words.length - 2;
  while (i >= 0 && articles.has(foldWord(words[i]!))) i--;
  return i >= 0 && prepositions.has(foldWord(words[i]!)) ? i : -1;
}

/**
 * A head noun as the text writes it alone: a compound's head carries a possessive ending the bare
 * noun drops (Kyrgyz «Россия – Африка саммити» → «саммит», read in «саммитке»). A stem shorter than
 * four letters keeps the word before it («темир жолу» → «темир жол»), or the ending.
 */
function bareHead(words: readonly string[], endings: readonly string[]): string | undefined {
  const last = words[words.length - 1]!;
  const lower = last.toLowerCase();
  const e = endings.find((x) => lower.endsWith(x) && lower.length > x.length);
  if (!e) return undefined;
  const stem = last.slice(0, last.length - e.length);
  if (stem.length >= 4) return stem;
  const before = words[words.length - 2];
  return before && /^\p{Ll}+$/u.test(before) ? `${before} ${stem}` : undefined;
}

export function headsOf(e: Entity, lang: Lang): string[] {
  const names = e.names?.[lang] ?? [];
  // Longest first: «сы» before «ы».
  const possessive = [...(grammarOf(lang).possessiveHeadEndings ?? [])].map((x) => x.toLowerCase()).sort((a, b) => b.length - a.length);
  const position = grammarOf(lang).headPosition ?? 'first';
  const modifiers = grammarOf(lang).headModifierEndings ?? [];
  const short = new Set(names.filter((n) => !SPLIT.test(n)).map((n) => n.toLowerCase()));
  const heads = new Set<string>();
  const compound = grammarOf(lang).compoundHeadLast === true;
  const prepositions = prepositionWordsOf(lang);
  const articles = articleWordsOf(lang);
  for (const name of names) {
    const words = name.split(SPLIT).filter(Boolean);
    // "Pelješac-Brücke": the part after the last hyphen, a noun, is what the text calls it again.
    if (words.length === 1 && compound) {
      const part = /-(\p{Lu}\p{Ll}{3,})$/u.exec(name)?.[1];
      if (part) heads.add(part);
    }
    if (words.length < 2) continue;
    const rest = words.filter((w) => !short.has(w.toLowerCase()));
    if (rest.length > 0 && rest.length < words.length) {
      heads.add(rest.join(' '));
      const bare = position === 'last' && possessive.length ? bareHead(rest, possessive) : undefined;
      if (bare) heads.add(rest.length > 1 && !bare.includes(' ') ? [...rest.slice(0, -1), bare].join(' ') : bare);
    }
    else if (rest.length === words.length) {
      // Past leading adjectives where the head comes first («государственный визит Путина в КНДР»).
      let first = 0;
      while (position === 'first' && first < words.length - 1 && modifiers.some((e) => words[first]!.toLowerCase().endsWith(e))) first++;
      const w = position === 'last' ? words[words.length - 1]! : words[first]!;
      if (/^\p{Ll}/u.test(w) || lang === 'de') {
        heads.add(w);
        const bare = position === 'last' && possessive.length ? bareHead(words, possessive) : undefined;
        if (bare) heads.add(bare);
      }
      // A title of three or more words has its head in title case ("Договор о дружбе ...",
      // "Perjanjian Keamanan ...", "43rd ASEAN Summit"): in running text the head is written small.
      // Where the head comes last, only an event's ("43rd ASEAN Summit"): a person's last word
      // is a surname, an organisation's is no head it is called by ("Commonwealth of Independent States").
      // Not a word after a preposition, which is no head but a place or a name: "US tariff letter
      // to Indonesia", "talks in the Kremlin"; nor a year or a bracket ("(2023)").
      else if (words.length >= 3 && (position === 'first' || e.type === 'event')) {
        if (position === 'first') heads.add(w.toLowerCase());
        else {
          // The head stands before the phrase: "G7 summit in Hiroshima" is a summit.
          const p = prepositionAt(words, prepositions, articles);
          if (p < 0 && /^\p{L}+$/u.test(w)) {
            heads.add(w.toLowerCase());
            const bare = possessive.length ? bareHead(words.map((x) => x.toLowerCase()), possessive) : undefined;
            if (bare) heads.add(bare);
          }
          else if (p > 0 && /^\p{Ll}+$/u.test(words[p - 1]!)) heads.add(words[p - 1]!);
        }
      }
    }
  }
  return [...heads];
}

/** Pseudo-entities whose names are the heads, for a NameMatcher over heads. */
export function headEntities(entities: Iterable<Entity>, hasPlace: (id: string) => boolean, langs: Lang[]): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    if (!hasPlace(e.id) || e.type === 'country' || e.type === 'city' || e.type === 'region') continue;
    const names: Record<string, string[]> = {};
    for (const l of langs) {
      const h = headsOf(e, l);
      if (h.length) names[l] = h;
    }
    if (Object.keys(names).length) out.push({ id: e.id, type: `head:${e.type}`, names });
  }
  return out;
}
