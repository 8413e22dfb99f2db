// Per-language grammar data (rules/lang/<lang>/grammar.json) and the inflection rule derived from it.
import { loadPack, perLanguage } from '../language/pack.js';
import { foldWord } from './tokens.js';
import { weekdayForms } from '../language/calendar.js';

/** The classes of cue phrases (grammar.json → "cues"); cues.ts reads them, the schema lists them. */
export const CUE_CLASSES = ['clauseOpener', 'comparison', 'refutation', 'decline', 'lease', 'capital', 'placeNear', 'countryAnaphor', 'personPronoun', 'subordinate', 'adjectivePrefix', 'since', 'rise', 'counterpart', 'thingPronoun', 'attribution', 'asideOpener', 'duration', 'leaseFrom', 'preposition', 'located', 'host', 'succession', 'officeStart', 'tenureSince', 'possessivePronoun', 'comparisonAfter', 'sinceAfter', 'attributionAfter', 'otherInstance', 'placeKind'] as const;

export type CueClass = typeof CUE_CLASSES[number];

/**
 * Shape of rules/lang/<lang>/grammar.json (schema: rules/schema/grammar.schema.json, which says
 * what each list is for). loadPack has checked a pack against the schema before code reads it.
 */
export interface GrammarPack {
  inflection: { stripEndings?: string[]; tails?: string[]; tailChars?: string; maxTail?: number; minStem?: number };
  nameJoiners: string[];
  /** A middle name from the father's ("Nigmatovich", «Нигматович»): endings, folded; and words after a father's name ("oglu", «уулу»). */
  patronymic?: { endings?: string[]; words?: string[] };
  /** Single letters with a dot that are an honorific before a surname ("M." for Monsieur), not an initial. */
  honorificInitials?: string[];
  stateWords?: string[];
  /** Ordinal words ("second", «второй», "kedua"): an event named in the fact set with one is that one instance. */
  ordinals?: string[];
  /** "respectively", «соответственно»: names and figures of a clause paired in order. */
  respectively?: string[];
  /** A general word for an event ("event", «мероприятие»): the article's own event in a figure's sentence. */
  eventWords?: string[];
  whenWords?: string[];
  /** Endings of a name in a possessive or genitive form that make it attributive before an office ("'s", "Kirgisistans", "Кыргызстандын"). */
  possessive?: string[];
  and: string[];
  listSeparators: string[];
  articles: string[];
  qualifiers: { former: string[]; then: string[]; acting: string[]; future: string[]; recent?: string[]; current?: string[]; thenBefore?: string[]; thenAfter?: string[] };
  futureSentence?: string[];
  predicateCues: string[];
  /** Past-state verbs right before an office ("was", "served as", «был»): a time before the article's. Predicate cues too. */
  predicatePast?: string[];
  /** Adverbs between a person and an office in a predicate ("previously", «ранее»): a time before the article's. */
  pastAdverbs?: string[];
  /** Head-final languages: predicate phrases right after the office ("болуп шайланды"). */
  predicateAfter?: string[];
  /** Verbs between an office and its holder's name after them ("Министром обороны стал X"). */
  predicateBeforeHolder?: string[];
  /** Of predicateAfter, the past participles ("болуп иштеген"): a claim about a time before the article's. */
  predicateAfterPast?: string[];
  /** Endings that make an office plural ("presidents", "президенты"). */
  pluralTails?: string[];
  /** Words that put a thing inside a place ("in", "в", "di"). */
  placeIn?: string[];
  /** A bare title before a name in the genitive may be the subject, not the name's title (SOV languages). */
  titleBeforeGenitive?: boolean;
  /** The verb closes the clause: a comma after a noun phrase ends no clause (stacked titles need no closing comma). */
  verbFinal?: boolean;
  /** Personal pronouns in the subject's case ("ал", "алар"): a clause's subject when they open it. */
  subjectPronouns?: string[];
  /** Endings that make a place an attribute of the name after it: «Казакстандагы Кант авиабазасы». */
  placeBeforeEndings?: string[];
  locativeEndings?: string[];
  subjectTails?: string[];
  /** A title and the name in apposition after it agree in case: an inflected title before a name in its dictionary form is no apposition. */
  titleAgreesInCase?: boolean;
  /** Words that may stand between a determiner, qualifier or name and an office ("longtime"). */
  titleModifiers?: string[];
  /** Military and police ranks between an office and its holder's name ("генерал армии"). */
  ranks?: string[];
  /** How surnames that decline end (Russian: a consonant): a lone one in its dictionary form after an oblique title shows the two disagree. */
  declinableNameEndings?: string[];
  /** Official style writes people's names surname first ("Жапаров Акылбек Усенбекович"): person names match in that order too. */
  surnameFirst?: boolean;
  /** A country's name may stand before an office as a noun adjunct: "Uzbekistan President X" (English). */
  nameBeforeOffice?: boolean;
  /** Where the head noun of a name stands: "air base" (last) vs "авиабаза Кант" (first). */
  headPosition?: 'first' | 'last';
  headModifierEndings?: string[];
  /** The possessive ending that marks the head noun of a compound (Kyrgyz «Беларус президенти», «Россия – Африка саммити»): an office after a country's bare name, a name's head noun read without it. */
  possessiveHeadEndings?: string[];
  /** Words for "from" between a titled name and its country ("President Tokayev from Kazakhstan", "aus"). */
  originWords?: string[];
  /** A hyphenated one-word name has its head noun last ("Pelješac-Brücke": Brücke). */
  compoundHeadLast?: boolean;
  /** A country adjective may follow the office: «le président ouzbek», «el primer ministro kirguís». */
  adjectiveAfterOffice?: boolean;
  /** A spaced dash after a clause's opening name stands for "is" («Россия — ведущий партнёр Киргизии»): no clause break there. */
  copulaDash?: boolean;
  /** Posts that serve another office's holder ("aide to the president"): how the two are joined (served-offices.ts). */
  servedOffice?: { links?: string[]; adjacent?: 'inflected' | 'any'; headAfter?: boolean; nameCase?: boolean; titleCase?: boolean };
  /** Elided words that fuse with the next one, lower case with a straight apostrophe: «l'», «d'». */
  elisions?: string[];
  /** Metric claims (metric-claims.ts): words that make a percentage a change, one before or after it. */
  changeCues?: string[];
  changeAfter?: string[];
  /** Metric claims: a figure of two countries together, its partner country, a target, another whole. */
  bilateralCues?: string[];
  targetCues?: string[];
  /** Words after a percentage that make it the part of the ballots counted ("97% of ballots counted"). */
  countedWords?: string[];
  /** Words of a proposal passed by a vote before a percentage ("approved by 90%"): a referendum's share. */
  /** Verbs of appointing right before the appointee, and the words between the appointee and the post. */
  appointVerbs?: string[];
  appointLinks?: string[];
  /** Words for an office's body ("Administration of the President"): a name after is not the office's. */
  officeBodyWords?: string[];
  /** Words that call a sentence's figures a first count ("preliminary results"): a final one may differ. */
  preliminaryWords?: string[];
  /** Words for a part of a thing ("section", «участок»): a figure of the part is not the thing's. */
  partWords?: string[];
  /** Words for a candidate's rival before a name the set does not know: a share there is that one's. */
  rivalWords?: string[];
  approvalWords?: string[];
  /** Words of an earlier body or term after a figure ("in the outgoing assembly"): the figure is of it. */
  previousWords?: string[];
  partnerWords?: string[];
  otherWholes?: string[];
  /** Anniversary patterns (anniversary-claims.ts): regular expressions, the count their first group. */
  anniversaries?: string[];
  /** Cue phrases by class (cues.ts). */
  cues?: Partial<Record<CueClass, string[]>>;
}

const EMPTY: GrammarPack = {
  inflection: { tails: ['s'], minStem: 3 },
  nameJoiners: [], possessive: [], and: [], listSeparators: [','], articles: [],
  qualifiers: { former: [], then: [], acting: [], future: [] },
  predicateCues: [],
};

/** Grammar of a language; a language with no pack gets a neutral one (names match as written). */
export function grammarOf(lang: string): GrammarPack {
  return loadPack<GrammarPack>(lang, 'grammar') ?? EMPTY;
}

/** How one word of a name may be inflected in a language. */
export interface Inflection {
  /** The stem to look up for a dictionary-form word. */
  stem(word: string): string;
  /** Whether `tail` may follow a stem. */
  allows(tail: string): boolean;
  /** Longest tail to try when cutting a text word. */
  maxTail: number;
}

/** How names inflect in a language, built once per language. */
export const inflectionOf = perLanguage((lang): Inflection => {
  const rule = grammarOf(lang).inflection;
  const minStem = rule.minStem ?? 3;
  const strip = [...(rule.stripEndings ?? [])].sort((a, b) => b.length - a.length);
  const tails = new Set((rule.tails ?? []).map((t) => t.replace(/’/g, "'").toLowerCase()));
  const chars = rule.tailChars ? new Set(rule.tailChars) : undefined;
  const maxTail = Math.max(rule.maxTail ?? 0, ...[...tails].map((t) => t.length), 0);
  return {
    stem(word) {
      for (const e of strip) if (word.endsWith(e) && word.length - e.length >= minStem) return word.slice(0, -e.length);
      return word;
    },
    allows(tail) {
      if (tail === '') return true;
      if (tails.has(tail)) return true;
      if (chars && tail.length <= (rule.maxTail ?? 0)) {
        for (const c of tail) if (!chars.has(c)) return false;
        return true;
      }
      return false;
    },
    maxTail,
  };
});

/** The language's articles ("the", "der", "die"), folded as token keys are: built once per language. */
/** Endings that put a place before the thing in it (placeBeforeEndings: «Казакстандагы», «Италиядагы»), folded. */
export const placeBeforeEndingsOf = perLanguage((lang): string[] => (grammarOf(lang).placeBeforeEndings ?? []).map(foldWord));
/** Case endings of a place where something happens, before its verb (locativeEndings: «Шанхайда өттү»), folded. */
export const locativeEndingsOf = perLanguage((lang): ReadonlySet<string> => new Set((grammarOf(lang).locativeEndings ?? []).map(foldWord)));

export const articleWordsOf = perLanguage((lang): ReadonlySet<string> => new Set(grammarOf(lang).articles.map(foldWord)));

/** The language's coordinators ("and", "und", "и", "dan"), folded as token keys are. */
export const andWordsOf = perLanguage((lang): ReadonlySet<string> => new Set(grammarOf(lang).and.map(foldWord)));

/** The words of the language's name joiners ("of", "the", "der", "dari"), folded as token keys are. */
export const joinerWordsOf = perLanguage((lang): ReadonlySet<string> =>
  new Set(grammarOf(lang).nameJoiners.flatMap((j) => foldWord(j).split(/\s+/u)).filter(Boolean)));

/** The language's weekday words, folded as token keys are ("вторник", "selasa"). */
export const weekdayKeysOf = perLanguage((lang): ReadonlySet<string> => new Set(weekdayForms(lang).map((f) => foldWord(f.form))));
