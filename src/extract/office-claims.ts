// Office claims: who holds which post of which country or organisation, from the constructions
// newsrooms use. Works on the name mentions of one sentence:
//   [adj] OFFICE [of] COUNTRY  PERSON          "Kyrgyz President Sadyr Japarov", "президент Киргизии Садыр Жапаров"
//   COUNTRY's OFFICE PERSON                     "Kyrgyzstan's president ...", "Kirgisistans Präsident ..."
//   PERSON, [the] OFFICE [of] COUNTRY           "Japarov, the president of Kyrgyzstan"
//   OFFICES of C1 and C2, P1 and P2             paired in order ("respectively")
//   PERSON ... elected/became OFFICE of COUNTRY "terpilih menjadi presiden Rusia"
//   POST to OFFICE P1 [,] P2                    "помощник президента Владимира Путина Юрий Ушаков":
//                                               P1 holds the office served, P2 the post (served-offices.ts)
// Qualifiers next to the office (former, then, acting, future) move the time that is checked.
import type { Lang, OfficeClaim, Span } from '../types.js';
import { articleWordsOf, grammarOf, placeBeforeEndingsOf, type GrammarPack } from './grammar.js';
import { loadPack, perLanguage } from '../language/pack.js';
import type { NameMatch } from './names.js';
import type { Token } from './tokens.js';
import { foldWord, onlySpaceBetween } from './tokens.js';
import { afterSpaces } from '../text/char-class.js';
import { cuePhrasesOf, phraseAt } from './cues.js';
import type { OfficesPack } from './institutions.js';
import { servedGrammarOf } from './served-offices.js';
import { bracketedAcronym, withoutBracketedAcronyms } from './bracketed-abbreviations.js';

// 'then-word': a word for "then" beside the title («тогдашний», "the then"), which ties the
// claim to the time its sentence writes; it leaves this module as 'then' with thenAt set.
// 'recent-word': "new", "incoming", «новый»: it leaves as 'future' with recent set.
type Tense = OfficeClaim['tense'] | 'then-word' | 'recent-word' | 'current-word';

interface Phrases {
  articles: ReadonlySet<string>;
  joiners: string[][];
  /** Bodies an office has ("Administration of the President"): the office after one is its complement. */
  officeBodies: ReadonlySet<string>;
  /** Verbs of appointing before the appointee ("appointed", «назначил»), and words before the post ("as"). */
  appointVerbs: ReadonlySet<string>;
  appointLinks: ReadonlySet<string>;
  and: Set<string>;
  /** Words for "from" between a titled name and its country ("President Tokayev from Kazakhstan"). */
  origin: ReadonlySet<string>;
  qualifiers: Array<{ tense: Tense; words: string[] }>;
  /** Words before a title (after the titled name) that put it at its clause's time: "under", «при», «тушунда». */
  thenBefore: string[][];
  thenAfter: string[][];
  stateWords: ReadonlySet<string>;
  futureSentence: string[][];
  predicate: string[][];
  /** Head-final languages: predicate phrases right after the office, longest first. */
  predicateAfter: string[][];
  /** Verbs between an office and the name of its holder after them (grammar predicateBeforeHolder), longest first. */
  predicateBeforeHolder: string[][];
  /** Of predicateAfter, the past participles (grammar predicateAfterPast): a time before the article's. */
  predicateAfterPast: string[][];
  /** Past-state verbs right before an office (grammar predicatePast): a time before the article's. */
  predicatePast: string[][];
  /** Adverbs of an earlier time between a person and an office in a predicate (grammar pastAdverbs). */
  pastAdverbs: string[][];
  pluralTails: Set<string>;
  /** Head words and joiners of an institution's office ("head of the"): allowed in an apposition's gap. */
  heads: Set<string>;
  /** Word order and possessives of the language (grammar.json), read once per language. */
  possessive: readonly string[];
  /** A bare title before a genitive name may be the clause's subject (grammar titleBeforeGenitive). */
  titleBeforeGenitive: boolean;
  /** The verb closes the clause (grammar verbFinal). */
  verbFinal: boolean;
  /** Personal pronouns in the subject's case (grammar subjectPronouns). */
  subjectPronouns: ReadonlySet<string>;
  /** Words of military and police ranks (grammar ranks), read past between an office and its holder. */
  ranks: ReadonlySet<string>;
  /** A title and its name agree in case (grammar titleAgreesInCase). */
  titleAgreesInCase: boolean;
  /** How a lone surname that declines ends (grammar declinableNameEndings). */
  declinableEnds: readonly string[];
  nameBeforeOffice: boolean;
  /** Endings an office takes after a country's bare name («президенти», "министри"; grammar possessiveHeadEndings). */
  officePossessive: readonly string[];
  adjectiveAfterOffice: boolean;
}

/**
 * Whether the words between a title and a name are whole qualifiers ("elect", "at the time",
 * "designate"): a word that is only part of one ("was" of "who was then") is a verb between two
 * noun phrases ("The visit of the president of Russia was Sadyr Japarov's idea").
 */
function wholeQualifiers(keys: string[], p: Phrases): boolean {
  let i = 0;
  while (i < keys.length) {
    let n = 0;
    for (const q of p.qualifiers) if (q.words.length > n && i + q.words.length <= keys.length && startsWithPhrase(keys, i, q.words)) n = q.words.length;
    if (n === 0) return false;
    i += n;
  }
  return true;
}

/** Whether another person follows the mention at `k`, joined by "and" or a comma (a list of holders). */
function listAfter(ctx: SentenceContext, k: number, p: Phrases): boolean {
  const m = ctx.mentions[k];
  const n = ctx.mentions[k + 1];
  if (!m || !isPerson(n)) return false;
  const between = keysBetween(ctx, m.tokenEnd, n.tokenStart);
  return between.length <= 1 && between.every((key) => p.and.has(key)) && /^\s*,?\s*$/u.test(punctBetween(ctx.text, m.span.end, n.span.start));
}

/** The words of a person's mention, initials («С.») not counted. */
function nameWords(tokens: readonly Token[], m: NameMatch): number {
  let n = 0;
  for (let i = m.tokenStart; i < m.tokenEnd; i++) if (tokens[i]!.end - tokens[i]!.start > 1) n++;
  return n;
}

/** Whether a lone surname shows its case: it ends as the declining names of the language do («Лавров», «Байрамов»; not «Шойгу»). */
function declines(word: string, ends: readonly string[]): boolean {
  const w = foldWord(word);
  return ends.some((e) => w.endsWith(e));
}

/** Whether a word ends like a plural ("министры", "главы": some are also singular forms). */
function pluralWord(key: string, tails: ReadonlySet<string>): boolean {
  for (const t of tails) if (t && key.endsWith(t)) return true;
  return false;
}

/** A phrase as the tokenizer's words: "и.о." is «и», «о», as the text's tokens are. */
function words(phrase: string): string[] {
  return foldWord(phrase).split(/[^\p{L}\p{M}\p{N}'’]+/u).filter(Boolean);
}

/** The grammar's phrases of a language as token keys, built once per language. */
const phrasesOf = perLanguage((lang): Phrases => {
  const g: GrammarPack = grammarOf(lang);
  const qualifiers: Phrases['qualifiers'] = [];
  for (const tense of ['former', 'then', 'acting', 'future', 'recent', 'current'] as const) {
    for (const q of g.qualifiers[tense] ?? []) {
      const w = words(q);
      if (w.length) qualifiers.push({ tense: tense === 'then' ? 'then-word' : tense === 'recent' ? 'recent-word' : tense === 'current' ? 'current-word' : tense, words: w });
    }
  }
  qualifiers.sort((a, b) => b.words.length - a.words.length);
  const side = (list: string[] | undefined) => (list ?? []).map(words).filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  return {
    thenBefore: side(g.qualifiers.thenBefore),
    stateWords: new Set((g.stateWords ?? []).map(foldWord)),
    thenAfter: side(g.qualifiers.thenAfter),
    // Words like "longtime" stand where an article may, between a qualifier or a name and the office.
    articles: new Set([...articleWordsOf(lang), ...(g.titleModifiers ?? []).map(foldWord)]),
    joiners: g.nameJoiners.map(words).filter((w) => w.length > 0).sort((a, b) => b.length - a.length),
    and: new Set([...g.and, ...g.listSeparators].map(foldWord)),
    origin: new Set((g.originWords ?? []).map(foldWord)),
    qualifiers,
    futureSentence: (g.futureSentence ?? []).map(words).filter((w) => w.length > 0),
    predicate: [...g.predicateCues, ...(g.predicatePast ?? [])].map(words).filter((w) => w.length > 0),
    predicatePast: (g.predicatePast ?? []).map(words).filter((w) => w.length > 0),
    pastAdverbs: (g.pastAdverbs ?? []).map(words).filter((w) => w.length > 0),
    predicateAfter: (g.predicateAfter ?? []).map(words).filter((w) => w.length > 0).sort((a, b) => b.length - a.length),
    predicateBeforeHolder: (g.predicateBeforeHolder ?? []).map(words).filter((w) => w.length > 0).sort((a, b) => b.length - a.length),
    predicateAfterPast: (g.predicateAfterPast ?? []).map(words).filter((w) => w.length > 0),
    pluralTails: new Set(g.pluralTails ?? []),
    heads: new Set([...(loadPack<OfficesPack>(lang, 'offices')?.headBefore ?? []), ...g.nameJoiners].flatMap(words)),
    possessive: g.possessive ?? [],
    titleBeforeGenitive: g.titleBeforeGenitive === true,
    verbFinal: g.verbFinal === true,
    subjectPronouns: new Set((g.subjectPronouns ?? []).map(foldWord)),
    titleAgreesInCase: g.titleAgreesInCase === true,
    ranks: new Set((g.ranks ?? []).flatMap(words)),
    declinableEnds: (g.declinableNameEndings ?? []).map(foldWord),
    nameBeforeOffice: !!g.nameBeforeOffice,
    officePossessive: (g.possessiveHeadEndings ?? []).map((e) => e.toLowerCase()),
    adjectiveAfterOffice: !!g.adjectiveAfterOffice,
    officeBodies: new Set((g.officeBodyWords ?? []).map(foldWord)),
    appointVerbs: new Set((g.appointVerbs ?? []).map(foldWord)),
    appointLinks: new Set((g.appointLinks ?? []).map(foldWord)),
  };
});

/**
 * A word for an office's body right before the token `at`, itself after a head word ("the head of
 * the Administration of the President", «руководителем Администрации Президента»); articles and
 * joiners ("of the") read past. Without the head the body is the holder's: "the administration of
 * President Joe Biden" names Biden the president.
 */
function bodyBefore(ctx: SentenceContext, at: number, p: Phrases): boolean {
  if (p.officeBodies.size === 0) return false;
  const skip = (k: number) => {
    for (let n = 0; k >= 0 && n < 3 && (p.articles.has(ctx.tokens[k]!.key) || p.joiners.some((j) => j.length === 1 && j[0] === ctx.tokens[k]!.key)); n++) k--;
    return k;
  };
  const body = skip(at - 1);
  if (body < 0 || !p.officeBodies.has(ctx.tokens[body]!.key)) return false;
  const head = skip(body - 1);
  return head >= 0 && p.heads.has(ctx.tokens[head]!.key) && !p.articles.has(ctx.tokens[head]!.key);
}

const isPerson = (m: NameMatch | undefined): m is NameMatch => m?.entityType === 'person';
const isOffice = (m: NameMatch | undefined): m is NameMatch => m?.entityType === 'office' && m.form === 'name';
const isPlace = (m: NameMatch | undefined): m is NameMatch =>
  !!m && (m.entityType === 'country' || m.entityType === 'organization');

export interface SentenceContext {
  text: string;
  sentence: Span;
  tokens: Token[];
  mentions: NameMatch[];
  lang: Lang;
  date: string | undefined;
}

/** Token keys strictly between two token indices. */
function keysBetween(ctx: SentenceContext, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) if (!bracketedAcronym(ctx.text, ctx.tokens[i]!)) out.push(ctx.tokens[i]!.key);
  return out;
}

/** The non-space, non-word characters between two offsets ("," or "–" or ""), abbreviations in brackets left out. */
function punctBetween(text: string, from: number, to: number): string {
  const between = text.slice(from, to);
  // An elided article's apostrophe ("de l'Ouzbékistan", "d’Arménie") belongs to its word.
  return (between.includes('(') ? withoutBracketedAcronyms(between) : between).replace(/(?<=\p{L})['’](?=\p{L}|$)/gu, '').replace(/[\p{L}\p{M}\p{N}\s\u00a0]+/gu, '');
}

function startsWithPhrase(keys: string[], at: number, phrase: string[]): boolean {
  for (let i = 0; i < phrase.length; i++) if (keys[at + i] !== phrase[i]) return false;
  return true;
}

/** Whether keys consist only of joiner phrases and articles ("of the", "der", "dari"), and words for a form of state ("of the Republic of"). */
function onlyJoiners(keys: string[], p: Phrases): boolean {
  let i = 0;
  outer: while (i < keys.length) {
    if (p.articles.has(keys[i]!) || p.stateWords.has(keys[i]!)) {
      i++;
      continue;
    }
    for (const j of p.joiners) {
      if (startsWithPhrase(keys, i, j)) {
        i += j.length;
        continue outer;
      }
    }
    return false;
  }
  return true;
}

/**
 * A qualifier inside the phrase, between the country and the office: "Kyrgyzstan's former
 * president", "Kirgisistans früherer Präsident", "Кыргызстандын мурдагы президенти".
 */
function qualifierWithin(keys: string[], from: number, to: number, p: Phrases): Tense | undefined {
  for (let i = from; i < to; i++) {
    for (const q of p.qualifiers) if (i + q.words.length <= to && startsWithPhrase(keys, i, q.words)) return q.tense;
  }
  return undefined;
}

/** Whether a past-state verb (grammar predicatePast) ends right before token `to`, articles aside ("was the prime minister"). */
function pastStateBefore(keys: string[], from: number, to: number, p: Phrases): boolean {
  for (let i = from; i < to; i++) {
    for (const ph of p.predicatePast) {
      if (!startsWithPhrase(keys, i, ph) || i + ph.length > to) continue;
      let j = i + ph.length;
      while (j < to && p.articles.has(keys[j]!)) j++;
      if (j === to) return true;
    }
  }
  return false;
}

/** A qualifier ending right before token `at` (articles in between allowed), or starting at `after`. */
/**
 * The qualifier of a title: a word right before it (articles between) or right after it. `broken`
 * says whether a comma or other break stands before a token: "la semaine prochaine, le président"
 * has "prochaine" two words before the title, but in another phrase.
 */
function qualifierNear(keys: string[], before: number, after: number, p: Phrases, broken: (i: number) => boolean = () => false): Tense | undefined {
  for (const q of p.qualifiers) {
    if (endsBefore(keys, before, q.words, p, broken)) return q.tense;
    // After: "presiden saat itu", "president-elect", "Secretary General designate".
    if (after < keys.length && startsWithPhrase(keys, after, q.words)) return q.tense;
  }
  // "under President X", «при президенте X», «Президент X тушунда»: the title of that time.
  if (p.thenBefore.some((w) => endsBefore(keys, before, w, p, broken))) return 'then';
  if (after < keys.length && p.thenAfter.some((w) => startsWithPhrase(keys, after, w))) return 'then';
  return undefined;
}

/** Whether the phrase's last word sits at most two tokens (articles) before token `before`, no break between. */
function endsBefore(keys: string[], before: number, words: string[], p: Phrases, broken: (i: number) => boolean = () => false): boolean {
  for (let gap = 0; gap <= 2; gap++) {
    const start = before - gap - words.length;
    if (start < 0) return false;
    if (startsWithPhrase(keys, start, words) && keys.slice(before - gap, before).every((k) => p.articles.has(k))) {
      for (let i = start + words.length; i <= before; i++) if (broken(i)) return false;
      return true;
    }
  }
  return false;
}

/** Whether a comma, semicolon or colon stands right before token i (a bracketed abbreviation is no break: "Pelaksana Tugas (Plt) Kepala BPS"). */
function breakBefore(ctx: SentenceContext, i: number): boolean {
  return i > 0 && i < ctx.tokens.length && /[,;:]/u.test(ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start));
}

/** The token after a phrase starting right at `at` (the first of `phrases`, longest first), or 0 when none does. */
function afterPhrase(tokens: readonly Token[], at: number, phrases: readonly string[][]): number {
  const n = phraseAt(tokens, at, phrases);
  return n ? at + n : 0;
}

function hasPhrase(keys: string[], from: number, to: number, phrases: string[][]): boolean {
  for (let i = from; i < to; i++) for (const ph of phrases) if (i + ph.length <= to && startsWithPhrase(keys, i, ph)) return true;
  return false;
}

interface OfficePhrase {
  office: NameMatch;
  /** Countries or organisations whose office it is (several for "the presidents of A and B"). */
  of: NameMatch[];
  /** Index in mentions of the first and last mention of the phrase. */
  first: number;
  last: number;
}

/** Reads the office phrase around mentions[k] (an office): its country adjective or name on either side. */
function officePhrase(ctx: SentenceContext, k: number, p: Phrases): OfficePhrase {
  const ms = ctx.mentions;
  const office = ms[k]!;
  let first = k;
  let last = k;
  const of: NameMatch[] = [];
  // Left: "Kyrgyz President", "Kyrgyzstan's president", "Kirgisistans Präsident", "CSTO Secretary General".
  const prev = ms[k - 1];
  if (isPlace(prev)) {
    const between = keysBetween(ctx, prev.tokenEnd, office.tokenStart);
    const onlyArticlesOrQualifiers = between.every((key) => p.articles.has(key) || p.qualifiers.some((q) => q.words.includes(key)));
    // A name in a possessive or genitive form ("Kyrgyzstan's", "Kirgisistans", "Кыргызстандын"): the language's endings.
    const ends = p.possessive;
    const possessive = prev.form === 'name' && (ends.includes(prev.tail) || ends.some((e) => /['’]/u.test(e) && prev.text.endsWith(e)));
    // "pro-russischer Regierungschef": a stance, not the office's country.
    const prefixed = prev.form === 'adjective' && prev.tokenStart > 0 && phraseAt(ctx.tokens, prev.tokenStart - 1, cuePhrasesOf(ctx.lang).adjectivePrefix) === 1
      && /^[-‐‑]$/u.test(ctx.text.slice(ctx.tokens[prev.tokenStart - 1]!.end, prev.span.start));
    // "Uzbekistan President X", "Belarus Prime Minister X": a country's name as a noun adjunct, where
    // the language allows it, the office in title case, and no preposition before the name ("a
    // visit to Uzbekistan President X said" is two phrases).
    // Where the office carries its own possessive ending («Беларус президенти»), in lower case too.
    const adjunct = p.nameBeforeOffice && prev.form === 'name' && prev.entityType === 'country' && between.length === 0
      && (/^\p{Lu}/u.test(office.text) || p.officePossessive.some((e) => office.text.toLowerCase().endsWith(e)))
      && !(prev.tokenStart > 0 && phraseAt(ctx.tokens, prev.tokenStart - 1, cuePhrasesOf(ctx.lang).preposition) === 1);
    const attributive = (prev.form === 'adjective' && !prefixed) || possessive || adjunct || (prev.entityType === 'organization' && between.length === 0) ||
      (prev.form === 'name' && between.length === 0 && punctBetween(ctx.text, prev.span.end, office.span.start) !== ',' && /^\p{Lu}+$/u.test(prev.text));
    // «Италиядагы элчи»: a place in the locative, the ambassador's host country, not the post's own.
    const locative = prev.tail !== '' && placeBeforeEndingsOf(ctx.lang).includes(prev.tail);
    if (onlyArticlesOrQualifiers && attributive && !locative && punctBetween(ctx.text, prev.span.end, office.span.start).replace(/[-‐‑]/g, '') === '') {
      of.push(prev);
      first = k - 1;
      // "Russian and Kyrgyz Presidents", "российский и киргизский президенты": a list of adjectives;
      // "Кыргызстандын жана Казакстандын президенттери", "Kirgisistans und Kasachstans Präsidenten":
      // a list of possessives.
      const possessiveName = (m: NameMatch) => m.form === 'name' && (ends.includes(m.tail) || ends.some((e) => /['’]/u.test(e) && m.text.endsWith(e)));
      if (prev.form === 'adjective' || possessive) {
        for (let j = k - 2; j >= 0; j--) {
          const m = ms[j]!;
          const sep = keysBetween(ctx, m.tokenEnd, ms[j + 1]!.tokenStart).filter((key) => !p.articles.has(key));
          const sepPunct = punctBetween(ctx.text, m.span.end, ms[j + 1]!.span.start);
          // "кыргыз-тажик президенттери", "Kyrgyz-Tajik presidents": two adjectives joined by a hyphen.
          const hyphened = prev.form === 'adjective' && m.form === 'adjective' && sep.length === 0 && /^[-‐‑]$/u.test(sepPunct);
          // "Кыргызстан менен Тажикстандын президенттери", "Russia and Kyrgyzstan's presidents": the
          // genitive ending stands on the last name of the pair only.
          const sharedEnding = possessive && m.form === 'name' && j === k - 2 && sep.length === 1 && p.and.has(sep[0]!) && sepPunct === '';
          if (!isPlace(m) || (prev.form === 'adjective' ? m.form !== 'adjective' : !possessiveName(m) && !sharedEnding)) break;
          if (!hyphened && !(sep.length <= 1 && sep.every((x) => p.and.has(x)) && /^,?$/.test(sepPunct) && (sep.length > 0 || sepPunct === ','))) break;
          of.unshift(m);
          first = j;
        }
      }
    }
  }
  // Right: "president of Russia", "президент Киргизии", "Präsident der Russischen Föderation",
  // "Vorsitzender der russischen Staatsduma", "presidents of Belarus, Kazakhstan and Kyrgyzstan".
  // Right, an adjective: «le président ouzbek», «el primer ministro kirguís», where the language puts it there.
  if (of.length === 0 && office.inner) of.push(office.inner);
  const after = ms[k + 1];
  if (of.length === 0 && p.adjectiveAfterOffice && isPlace(after) && after.form === 'adjective'
    && after.tokenStart === office.tokenEnd && punctBetween(ctx.text, office.span.end, after.span.start) === '') {
    of.push(after);
    last = k + 1;
  }
  if (of.length === 0) {
    let j = k + 1;
    // Country adjectives inside the phrase ("der russischen Staatsduma") are skipped when an organisation follows.
    while (ms[j] && ms[j]!.form === 'adjective' && ms[j + 1]?.entityType === 'organization') j++;
    const next = ms[j];
    if (isPlace(next) && next.form === 'name') {
      let between = keysBetween(ctx, office.tokenEnd, ms[k + 1]!.tokenStart);
      // A qualifier right after the title ("le président sortant du Kazakhstan", "el presidente
      // interino de Kirguistán"): the tense is read from it where the claim is made.
      const q = p.qualifiers.find((x) => x.words.length < between.length && x.words.every((w, i) => between[i] === w));
      if (q) between = between.slice(q.words.length);
      const punct = punctBetween(ctx.text, office.span.end, ms[k + 1]!.span.start);
      if (onlyJoiners(between, p) && punct === '') {
        of.push(next);
        last = j;
        // Lists of countries: C1, C2 and C3.
        for (let n = j + 1; ms[n] && isPlace(ms[n]) && ms[n]!.form === 'name'; n++) {
          const sep = keysBetween(ctx, ms[n - 1]!.tokenEnd, ms[n]!.tokenStart);
          const sepPunct = punctBetween(ctx.text, ms[n - 1]!.span.end, ms[n]!.span.start);
          if (!(sep.length <= 2 && sep.every((s) => p.and.has(s)) && /^,?$/.test(sepPunct) && (sep.length > 0 || sepPunct === ','))) break;
          of.push(ms[n]!);
          last = n;
        }
      }
    }
  }
  return { office, of, first, last };
}

/** Persons P1 (and|,) P2 ... starting at mentions[i]. */
function personList(ctx: SentenceContext, i: number, p: Phrases): NameMatch[] {
  const ms = ctx.mentions;
  const out: NameMatch[] = [];
  if (!isPerson(ms[i])) return out;
  out.push(ms[i]!);
  for (let n = i + 1; isPerson(ms[n]); n++) {
    const sep = keysBetween(ctx, ms[n - 1]!.tokenEnd, ms[n]!.tokenStart);
    const punct = punctBetween(ctx.text, ms[n - 1]!.span.end, ms[n]!.span.start);
    if (!(sep.length <= 2 && sep.every((s) => p.and.has(s)) && /^,?$/.test(punct) && (sep.length > 0 || punct === ','))) break;
    out.push(ms[n]!);
  }
  return out;
}

/**
 * "Japarov of Kyrgyzstan, Rahmon of Tajikistan and Mirziyoyev of Uzbekistan": people each with a
 * country joined after the name ("of", «из»), the items set apart by commas or "and". Empty unless
 * every name has its country.
 */
function personCountryList(ctx: SentenceContext, i: number, p: Phrases): Array<{ person: NameMatch; country: NameMatch }> {
  const ms = ctx.mentions;
  const out: Array<{ person: NameMatch; country: NameMatch }> = [];
  for (let n = i; isPerson(ms[n]); n += 2) {
    const country = ms[n + 1];
    if (!country || country.entityType !== 'country' || country.form !== 'name') return [];
    const between = keysBetween(ctx, ms[n]!.tokenEnd, country.tokenStart);
    if (between.length === 0 || !onlyJoiners(between, p) || punctBetween(ctx.text, ms[n]!.span.end, country.span.start) !== '') return [];
    out.push({ person: ms[n]!, country });
    const next = ms[n + 2];
    if (!isPerson(next)) break;
    const sep = keysBetween(ctx, country.tokenEnd, next.tokenStart);
    const punct = punctBetween(ctx.text, country.span.end, next.span.start);
    if (!(sep.length <= 2 && sep.every((x) => p.and.has(x)) && /^,?$/.test(punct) && (sep.length > 0 || punct === ','))) break;
  }
  return out;
}

/**
 * «премьер-министры Беларуси Александр Турчин, Казахстана Олжас Бектенов и Киргизии Адылбек
 * Касымалиев»: after a plural title with its first country and name, each further item a country
 * right before its person, the items joined by commas or "and". The pairs after the first.
 */
function countryPersonList(ctx: SentenceContext, i: number, p: Phrases): Array<{ person: NameMatch; country: NameMatch }> {
  const ms = ctx.mentions;
  const out: Array<{ person: NameMatch; country: NameMatch }> = [];
  for (let n = i; isPerson(ms[n]); n += 2) {
    const country = ms[n + 1];
    const person = ms[n + 2];
    if (!country || country.entityType !== 'country' || country.form !== 'name' || !isPerson(person)) break;
    const sep = keysBetween(ctx, ms[n]!.tokenEnd, country.tokenStart);
    const punct = punctBetween(ctx.text, ms[n]!.span.end, country.span.start);
    if (!(sep.length <= 1 && sep.every((x) => p.and.has(x)) && /^,?$/.test(punct) && (sep.length > 0 || punct === ','))) break;
    if (keysBetween(ctx, country.tokenEnd, person.tokenStart).length > 0 || punctBetween(ctx.text, country.span.end, person.span.start) !== '') break;
    out.push({ person, country });
  }
  return out;
}

/**
 * Two titles of one person, the second with the name: "The chair of the African Union, Senegalese
 * President Macky Sall, attended", «председатель Африканского союза, президент Сенегала Маки
 * Салл». The holder of the second title, when the first is also theirs: the name closes the
 * apposition (or the titles open the sentence, or the verb closes clauses), and no other person
 * or title follows as the next item of a list ("the prime minister, President Putin and the speaker").
 */
function stackedHolder(ctx: SentenceContext, phrase: OfficePhrase, after: number, p: Phrases, opensSentence: boolean): NameMatch | undefined {
  const ms = ctx.mentions;
  const end = ms[phrase.last]!;
  const next = ms[after];
  if (!next || punctBetween(ctx.text, end.span.end, next.span.start) !== ',' || !keysBetween(ctx, end.tokenEnd, next.tokenStart).every((key) => p.articles.has(key))) return undefined;
  // The second title's own office: its phrase must start where the comma leaves off.
  let k2 = after;
  while (ms[k2] && !isOffice(ms[k2]) && ms[k2]!.entityType !== 'person' && k2 - after < 3) k2++;
  if (!isOffice(ms[k2]) || ms[k2]!.entityId === phrase.office.entityId) return undefined;
  const second = officePhrase(ctx, k2, p);
  if (second.first !== after || second.office.innerOffice) return undefined;
  let j = second.last + 1;
  while (ms[j] && ms[j]!.span.start === ms[second.last]!.span.start) j++;
  const holder = ms[j];
  if (!isPerson(holder) || punctBetween(ctx.text, ms[second.last]!.span.end, holder.span.start) !== '' || keysBetween(ctx, ms[second.last]!.tokenEnd, holder.tokenStart).length > 0) return undefined;
  const following = ms[j + 1];
  const listGoesOn = p.and.has(ctx.tokens[holder.tokenEnd]?.key ?? '')
    || (following !== undefined && (isPerson(following) || isOffice(following)) && following.tokenStart - holder.tokenEnd <= 3);
  if (listGoesOn) return undefined;
  return closedAfter(ctx, holder) || opensSentence || p.verbFinal ? holder : undefined;
}

/**
 * Whether a verb-final clause names its subject outside a bare title and the oblique name after it:
 * a subject pronoun right before the title, or a person in the dictionary form later in the
 * sentence, with no clause break between.
 */
function subjectElsewhere(ctx: SentenceContext, titleStart: number, nameAt: number, p: Phrases): boolean {
  if (titleStart > 0 && p.subjectPronouns.has(ctx.tokens[titleStart - 1]!.key)) return true;
  const name = ctx.mentions[nameAt]!;
  for (let j = nameAt + 1; j < ctx.mentions.length; j++) {
    const m = ctx.mentions[j]!;
    if (m.tokenStart < name.tokenEnd) continue;
    if (/[,.;:!?–—]/u.test(ctx.text.slice(name.span.end, m.span.start))) return false;
    if (isPerson(m) && m.entityId !== name.entityId && m.tail === '' && !m.inflected) return true;
  }
  return false;
}

/** Whether an apposition opened by a comma is closed after `m` (comma, dash, bracket, sentence end). */
function closedAfter(ctx: SentenceContext, m: NameMatch): boolean {
  let end = m.span.end;
  // A tenure may stand inside the apposition: "Japarov, President of Kyrgyzstan since 2021, said".
  const n = phraseAt(ctx.tokens, m.tokenEnd, cuePhrasesOf(ctx.lang).tenureSince);
  const year = ctx.tokens[m.tokenEnd + n];
  if (n && year && /^\d{4}$/u.test(year.text)) end = (ctx.tokens[m.tokenEnd + n + 1] && /^\p{L}+$/u.test(ctx.tokens[m.tokenEnd + n + 1]!.text) && /^\s+\p{L}+[\s\u00a0]*[,;:)]/u.test(ctx.text.slice(year.end)) ? ctx.tokens[m.tokenEnd + n + 1]!.end : year.end);
  // The next two characters after spaces decide: never slice the rest of a long sentence.
  const at = afterSpaces(ctx.text, end, ctx.sentence.end - end);
  const rest = ctx.text.slice(at, Math.min(at + 2, ctx.sentence.end));
  return rest === '' || /^[,;:)\]–—.!?»"“”]/u.test(rest) || /^-\s/u.test(rest);
}

/** A country that ends its phrase: punctuation, "and", or the sentence's end after it, and no possessive ending. */
function closesPhrase(ctx: SentenceContext, m: NameMatch, p: Phrases): boolean {
  if (m.tail && p.possessive.includes(m.tail)) return false;
  const next = ctx.tokens[m.tokenEnd];
  return closedAfter(ctx, m) || (next !== undefined && p.and.has(next.key) && /^[\s\u00a0]+$/u.test(ctx.text.slice(m.span.end, next.start)));
}

/** A capitalised word right after the office phrase: a holder's name, known to us or not. */
function namedHolderFollows(ctx: SentenceContext, last: NameMatch): boolean {
  const next = ctx.tokens[last.tokenEnd];
  if (!next) return false;
  const capital = (i: number) => {
    const t = ctx.tokens[i];
    const first = t?.text[0] ?? '';
    return t !== undefined && first !== first.toLowerCase() && !ctx.mentions.some((m) => m.tokenStart === i && m.entityType !== 'person');
  };
  if (onlySpaceBetween(ctx.text, last.span.end, next.start)) return capital(last.tokenEnd);
  // "…, du président du Bélarus, Alexander Loukachenko, …": a comma, then a name of two capitalised
  // words the fact set does not know (a spelling it lacks) - the office's own holder, not the
  // person before it.
  const after = ctx.tokens[last.tokenEnd + 1];
  return ctx.text.slice(last.span.end, next.start).trim() === ',' && capital(last.tokenEnd) && capital(last.tokenEnd + 1)
    && after !== undefined && /^[-\s\u00A0‐‑]*$/u.test(ctx.text.slice(next.end, after.start));
}

/** What a claim of a post that serves another office carries besides its words (served-offices.ts). */
interface Served {
  /** Why the claim is not checked: the phrase leaves open whose name it is. */
  abstain?: string;
  /** The served office the one name may hold instead of the post (see OfficeClaim.servedAlternative). */
  alternative?: string;
  /** The served office's holder, whose country the post's is when the text names none. */
  holder?: { person: NameMatch; office: string };
  /** The served office's country, where it stands before the post («Россиянын президенти Путиндин жардамчысы»). */
  of?: NameMatch;
  /**
   * The country is written for the served office and is the post's too ("aide to the President
   * of Kyrgyzstan X, Y"): the claims leave its span out, so no fix rewrites it for one claim and
   * breaks the other.
   */
  sharedOf?: boolean;
}

function claim(
  ctx: SentenceContext, person: NameMatch, phrase: OfficePhrase, of: NameMatch | undefined,
  tense: Tense, via: OfficeClaim['via'], span: Span, served?: Served,
): OfficeClaim {
  const holder = of ? undefined : served?.holder;
  return {
    kind: 'office',
    person: person.entityId,
    ...(person.alternatives.length ? { alternatives: person.alternatives } : {}),
    personSpan: person.span,
    office: phrase.office.entityId,
    officeSpan: phrase.office.span,
    of: of?.entityId ?? phrase.office.impliedOf,
    ofSpan: served?.sharedOf ? undefined : of?.span,
    tense: tense === 'then-word' ? 'then' : tense === 'recent-word' ? 'future' : tense === 'current-word' ? 'current' : tense,
    ...(tense === 'then-word' ? { thenAt: true } : {}),
    ...(tense === 'recent-word' ? { recent: true } : {}),
    ...(tense === 'current-word' ? { currentWord: true } : {}),
    at: ctx.date,
    via,
    span,
    sentence: ctx.sentence,
    lang: ctx.lang,
    ...(holder ? {
      ofHolder: {
        person: holder.person.entityId, ...(holder.person.alternatives.length ? { alternatives: holder.person.alternatives } : {}),
        office: holder.office, span: holder.person.span,
      },
    } : {}),
    ...(served?.alternative ? { servedAlternative: served.alternative } : served?.abstain ? { abstain: served.abstain } : {}),
  };
}

const cover = (...spans: Span[]): Span => ({
  start: Math.min(...spans.map((s) => s.start)),
  end: Math.max(...spans.map((s) => s.end)),
});

/** Whether a subordinate's title ends right before token `at` (articles and hyphens between allowed). */
function subordinateBefore(ctx: SentenceContext, at: number): boolean {
  const phrases = cuePhrasesOf(ctx.lang).subordinate;
  const articles = articleWordsOf(ctx.lang);
  let end = at;
  while (end > 0 && articles.has(ctx.tokens[end - 1]!.key)) end--;
  for (let start = Math.max(0, end - 3); start < end; start++) {
    if (phraseAt(ctx.tokens, start, phrases) === end - start) return true;
  }
  return false;
}

/** Whether a list goes on after `ms[i]` and its comma: "and" or another name next ("X, Y and Z"). */
function listGoesOn(ctx: SentenceContext, i: number, p: Phrases): boolean {
  const m = ctx.mentions[i]!;
  const next = ctx.tokens[m.tokenEnd];
  if (!next || ctx.text.slice(m.span.end, next.start).trim() !== ',') return false;
  const after = ctx.mentions[i + 1];
  return p.and.has(next.key) || (isPerson(after) && after.tokenStart === m.tokenEnd);
}

const capitalised = (s: string) => {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
};

/**
 * How the forms of the words read one name right after a served office: as that office's holder
 * ('inner'), as the post's ('outer'), or either ('open'). Where names decline (Russian), a name in
 * its dictionary form stands with the post ("помощник президента Юрий Ушаков"); an inflected one
 * after a post in its dictionary form is the served office's ("помощник президента Владимира
 * Путина"); after an inflected post it is the post's when its ending is not the served office's
 * ("помощником президента Юрием Ушаковым"), else either.
 */
function caseReading(ctx: SentenceContext, post: NameMatch, inner: NameMatch, name: NameMatch): 'inner' | 'outer' | 'open' {
  if (!servedGrammarOf(ctx.lang)?.nameCase) return 'open';
  if (!name.inflected) return 'outer';
  if (!post.inflected) return 'inner';
  return name.tail === inner.tail ? 'open' : 'outer';
}

/**
 * Where titles before names are capitalised (English, Indonesian): a served office in lower case
 * is not the title of the name after it ("ajudan presiden Rusia Yuri Ushakov"), nor is it when the
 * post's own word is capitalised too inside the sentence (the whole phrase is the title: "Wakil
 * Presiden X", "Aide to the President X"). "aide to President Vladimir Putin" stays open.
 */
function titleReading(ctx: SentenceContext, post: NameMatch, inner: NameMatch, p: Phrases): 'outer' | 'open' {
  if (!servedGrammarOf(ctx.lang)?.titleCase) return 'open';
  if (!capitalised(inner.text)) return 'outer';
  const links = servedGrammarOf(ctx.lang)!.links;
  const before = post.inner && post.inner.tokenStart > post.tokenStart ? post.inner.tokenStart : inner.tokenStart;
  let w = before - 1;
  while (w > post.tokenStart && (links.has(ctx.tokens[w]!.key) || p.articles.has(ctx.tokens[w]!.key))) w--;
  return w > 0 && capitalised(ctx.tokens[w]!.text) ? 'outer' : 'open';
}

/**
 * Claims of a post that serves another office, written before the names: "помощник президента
 * Владимира Путина Юрий Ушаков", "aide to President Vladimir Putin, Yuri Ushakov", "Yuri Ushakov,
 * aide to President Vladimir Putin, said". The name right after the served office is its holder;
 * the post's holder is the name after that, or the one before the phrase. `next` is the mention
 * index the claims reach to; without it, the ordinary readings go on (`abstain` set when the one
 * name there may be either holder's).
 */
function servedClaims(ctx: SentenceContext, phrase: OfficePhrase, p: Phrases, keys: string[], tense: Tense, out: OfficeClaim[]): { next?: number; abstain?: string; alternative?: string } {
  const ms = ctx.mentions;
  const post = phrase.office;
  const inner = post.innerOffice!;
  const last = ms[phrase.last]!;
  let after = phrase.last + 1;
  while (ms[after] && ms[after]!.span.start === last.span.start) after++;
  const p1 = ms[after];
  if (!isPerson(p1) || p1.tokenStart !== last.tokenEnd) return {};
  // The post's holder named before the phrase, as an apposition: "Yuri Ushakov, aide to ...".
  const p0 = ms[phrase.first - 1];
  const before = isPerson(p0)
    && ['(', ',', '–', '—'].includes(punctBetween(ctx.text, p0.span.end, ms[phrase.first]!.span.start))
    && keysBetween(ctx, p0.tokenEnd, ms[phrase.first]!.tokenStart).every((key) => p.articles.has(key) || p.heads.has(key) || p.qualifiers.some((q) => q.words.includes(key)));
  if (punctBetween(ctx.text, last.span.end, p1.span.start) !== '') {
    // "the aide to the president, Yuri Ushakov, said": a name after a comma is the post's (the
    // ordinary reading), unless the post's holder stands before the phrase: "Dmitri Peskov,
    // porte-parole du président russe, Vladimir Poutine, a déclaré" names the president there
    // - or the phrase follows "Avec Lavrov," and the name is the spokesman's. Either may be meant.
    if (before && closedAfter(ctx, p1) && !listGoesOn(ctx, after, p)) return { abstain: AMBIGUOUS };
    return {};
  }
  const form = caseReading(ctx, post, inner, p1);
  if (form === 'outer') return {};
  const innerTense = qualifierWithin(keys, post.tokenStart, inner.tokenStart, p) ?? 'current';
  // A post of a former president's was held then too: "aide to former President Boris Yeltsin".
  const outerTense = tense === 'current' ? innerTense : tense;
  const of = phrase.of[0];
  // The country is the post's too: a fix of it for one claim would break the other.
  const innerClaim = () => claim(ctx, p1, { office: inner, of: phrase.of, first: phrase.first, last: phrase.last }, of, innerTense, 'apposition',
    cover(inner.span, ...(of ? [of.span] : []), p1.span), { sharedOf: true });
  const served: Served = { holder: { person: p1, office: inner.entityId }, sharedOf: true };
  // The post's holder right after: "Владимира Путина Юрий Ушаков", "Vladimir Putin, Yuri Ushakov, said".
  const p2 = ms[after + 1];
  if (isPerson(p2) && p2.tokenStart === p1.tokenEnd) {
    const punct = punctBetween(ctx.text, p1.span.end, p2.span.start);
    if (punct === '' || (punct === ',' && closedAfter(ctx, p2) && !listGoesOn(ctx, after + 1, p))) {
      out.push(innerClaim());
      out.push(claim(ctx, p2, phrase, of, outerTense, 'apposition', cover(ms[phrase.first]!.span, p2.span), served));
      return { next: after + 1 };
    }
  }
  // The post's holder before the phrase: "Yuri Ushakov, aide to President Vladimir Putin, said".
  if (before && closedAfter(ctx, p1) && !listGoesOn(ctx, after, p)) {
    out.push(innerClaim());
    out.push(claim(ctx, p0, phrase, of, outerTense, 'apposition', cover(p0.span, ms[phrase.first]!.span, p1.span), served));
    return { next: after };
  }
  // One name: its form may say whose it is.
  if (form === 'inner') {
    out.push(innerClaim());
    return { next: after };
  }
  if (titleReading(ctx, post, inner, p) === 'outer') return {};
  // Either holder's: the fact set decides (the served office if the person held it, else the post).
  return { abstain: AMBIGUOUS, alternative: inner.entityId };
}

const AMBIGUOUS = 'the phrase names a post and the office it serves; the name after them may be either holder\'s';

/**
 * A post whose word follows the served office and its holder («Россиянын президенти Владимир
 * Путиндин жардамчысы Юрий Ушаков»): the post is of the served office's country, or of its holder's.
 */
function servedBefore(ctx: SentenceContext, k: number, p: Phrases): Served {
  const ms = ctx.mentions;
  const inner = ms[k]!.innerOffice!;
  const holder = ms[k - 1];
  if (!isPerson(holder) || ms[k - 2]?.span.start !== inner.span.start) return {};
  const of = officePhrase(ctx, k - 2, p).of[0];
  return of ? { of, sharedOf: true } : { holder: { person: holder, office: inner.entityId } };
}

/** Office claims of one sentence. Pure: same mentions, same claims. */
export function extractOfficeClaims(ctx: SentenceContext): OfficeClaim[] {
  const p = phrasesOf(ctx.lang);
  const ms = ctx.mentions;
  const keys = ctx.tokens.map((t) => t.key);
  const out: OfficeClaim[] = [];
  // Where the sentence's last future cue starts, found once: asking "is there one after token i?"
  // per claim would rescan the rest of the sentence each time (quadratic in a long list of holders).
  let lastFuture: number | undefined;
  const futureAfter = (from: number): boolean => {
    if (lastFuture === undefined) {
      lastFuture = -1;
      for (let i = keys.length - 1; i >= 0 && lastFuture < 0; i--) {
        if (p.futureSentence.some((ph) => i + ph.length <= keys.length && startsWithPhrase(keys, i, ph))) lastFuture = i;
      }
    }
    return lastFuture >= from;
  };
  // The first token that is no article, found once: asked per claim, a scan from the sentence's
  // start would make a run-on sentence quadratic.
  let firstContent = -1;
  const firstContentToken = (): number => {
    if (firstContent < 0) {
      firstContent = 0;
      while (firstContent < keys.length && p.articles.has(keys[firstContent]!)) firstContent++;
    }
    return firstContent;
  };
  // The office each name was titled with right before it (apposition or list), by the name's start.
  const titles = new Map<number, string>();
  const emit = (c: OfficeClaim): void => {
    if (c.via !== 'predicate' && !titles.has(c.personSpan.start)) titles.set(c.personSpan.start, c.office);
    out.push(c);
  };
  // Where the sentence's lead ends: the first token that is no article or qualifier word ("The
  // new …", «Новым …»). An office there opens its clause.
  let lead = 0;
  while (lead < keys.length && (p.articles.has(keys[lead]!) || p.qualifiers.some((q) => q.words.length === 1 && q.words[0] === keys[lead]))) lead++;
  for (let k = 0; k < ms.length; k++) {
    if (!isOffice(ms[k])) continue;
    // Ambiguous office names give several mentions at one span: use the first only.
    if (k > 0 && ms[k - 1]!.span.start === ms[k]!.span.start) continue;
    const phrase = officePhrase(ctx, k, p);
    const leftTok = ms[phrase.first]!.tokenStart;
    // "Deputy Prime Minister X", "помощник президента Ушаков", "Sprecher des Präsidenten": the
    // person holds the subordinate post, not the office named after it.
    if (subordinateBefore(ctx, leftTok)) {
      k = phrase.last;
      continue;
    }
    let tense: Tense = qualifierNear(keys, leftTok, ms[phrase.last]!.tokenEnd, p, (i) => breakBefore(ctx, i))
      ?? qualifierWithin(keys, ms[phrase.first]!.tokenEnd, phrase.office.tokenStart, p) ?? 'current';

    // A post that serves another office: "помощник президента Владимира Путина Юрий Ушаков".
    let served: Served | undefined;
    const inner = phrase.office.innerOffice;
    if (inner && inner.tokenStart >= phrase.office.tokenStart) {
      const r = servedClaims(ctx, phrase, p, keys, tense, out);
      if (r.next !== undefined) {
        k = r.next;
        continue;
      }
      if (r.abstain) served = { abstain: r.abstain, ...(r.alternative ? { alternative: r.alternative } : {}) };
    } else if (inner) served = servedBefore(ctx, k, p);

    // Right apposition or list: OFFICE [of C...] P1 [and P2 ...]
    let after = phrase.last + 1;
    while (ms[after] && ms[after]!.span.start === ms[phrase.last]!.span.start) after++;
    const nextPerson = ms[after];
    const stacked = stackedHolder(ctx, phrase, after, p, leftTok <= firstContentToken());
    if (stacked) {
      emit(claim(ctx, stacked, phrase, phrase.of[0] ?? served?.of, tense, 'apposition', cover(ms[phrase.first]!.span, stacked.span), served));
      k = phrase.last;
      continue;
    }
    if (isPerson(nextPerson)) {
      const gapKeys = keysBetween(ctx, ms[phrase.last]!.tokenEnd, nextPerson.tokenStart);
      const punct = punctBetween(ctx.text, ms[phrase.last]!.span.end, nextPerson.span.start);
      // «Президент Абылгазиевдин отставкасын кабыл алды»: a bare office, then a name in the genitive
      // case before the noun it possesses, may be the subject of the clause ("the president accepted
      // Abylgaziev's resignation") as well as the title of that name. Without a country to say
      // whose office it is, the reading is left open.
      // So may a bare title before a name in another case: «Министрлер кабинетинин төрагасы
      // Касым-Жомарт Токаевди куттуктады» is "the chairman congratulated Tokayev" as well.
      const bare = p.titleBeforeGenitive && phrase.of.length === 0 && !phrase.office.impliedOf && nextPerson.tail !== '';
      // Unless the clause has its subject elsewhere: a pronoun before the title («Ал премьер-министр
      // Садыр Жапаровго …»), or a name in its dictionary form after ("Премьер-министр Садыр
      // Жапаровду … Абдулла Арипов тосуп алды": Aripov met Prime Minister Japarov).
      const genitive = bare && (!p.possessive.includes(nextPerson.tail)
        || (ctx.tokens[nextPerson.tokenEnd] !== undefined && onlySpaceBetween(ctx.text, nextPerson.span.end, ctx.tokens[nextPerson.tokenEnd]!.start)))
        && !subjectElsewhere(ctx, leftTok, after, p);
      // «Указом президента Киргизии Жапаров Акылбек … назначен», «решением главы государства
      // Байрамов назначен»: a title in an oblique case right before a name in its dictionary form
      // do not agree, so the name is not the title's. Left as they were: a title governed by
      // "acting" («Исполняющий обязанности премьер-министра … Абылгазиев»), a word between
      // («Премьер-министром … назначен Бектенов»), a plural title («Министры иностранных дел … Лавров
      // и Кошербаев»: a list follows), and a lone surname that may not decline («министра Шойгу»).
      const disagree = p.titleAgreesInCase && tense !== 'acting' && gapKeys.length === 0
        && phrase.office.inflected === true && nextPerson.inflected === false
        && !((pluralWord(ctx.tokens[phrase.office.tokenStart]!.key, p.pluralTails) || p.pluralTails.has(phrase.office.tail)) && (phrase.of.length >= 2 || listAfter(ctx, after, p) || countryPersonList(ctx, after, p).length > 0))
        && (nameWords(ctx.tokens, nextPerson) >= 2 || declines(nextPerson.text, p.declinableEnds));
      // "министр обороны России, генерал армии Анатолий Сердюков", "…, el general Nikolái Pátrushev":
      // a rank (and an article) between is read past; a hyphen inside a rank is no punctuation.
      const ranked = gapKeys.some((key) => p.ranks.has(key));
      // Articles, joiners and elided words inside a rank ("general de policía", «général d'armée») go with it.
      const gapWords = ranked ? gapKeys.filter((key) => !p.ranks.has(key) && !p.articles.has(key) && !/['’]$/u.test(key) && !p.joiners.some((j) => j.length === 1 && j[0] === key)) : gapKeys;
      const gapPunct = ranked ? punct.replace(/[-‐‑'’]/gu, '') : punct;
      // «спецпосланник президента США Стивен Уиткофф»: a title in an oblique case right after
      // another title is that title's complement (the envoy's president), not the name's title.
      const prevOffice = ms[phrase.first - 1];
      // The title before in its dictionary form: «под председательством президента … Жапарова» is the president's.
      const complement = p.titleAgreesInCase && phrase.office.inflected === true && prevOffice !== undefined && prevOffice.entityType === 'office' && prevOffice.inflected === false
        && prevOffice.tokenEnd === phrase.office.tokenStart && onlySpaceBetween(ctx.text, prevOffice.span.end, phrase.office.span.start);
      // "the head of the Administration of the President of Kyrgyzstan, Adylbek Kasymaliev",
      // «руководителем Администрации Президента Кыргызстана Адылбеком Касымалиевым»: an office
      // after a word for its body (articles and "of" between) names whose body it is; the name
      // after is another post's holder.
      const ofBody = bodyBefore(ctx, ms[phrase.first]!.tokenStart, p);
      const gapOk = !genitive && !disagree && !complement && !ofBody && wholeQualifiers(gapWords, p) && /^(|,|–|—|-|:)$/.test(gapPunct);
      if (gapOk) {
        const list = phrase.of.length >= 2;
        // Several holders only for a plural office ("presidents", "президенты"): after a singular
        // one, "President of Uzbekistan Mirziyoyev and Putin" names one holder, not two.
        const plural = list || p.pluralTails.has(phrase.office.tail);
        // «президент Сербии и премьер-министр Болгарии — Александр Вучич и Бойко Борисов
        // соответственно»: the second of two titles joined by "and", before two names, is the
        // second name's; pairing is not read here, so neither name gets this title.
        if (!plural && phrase.first > 0 && p.and.has(ctx.tokens[ms[phrase.first]!.tokenStart - 1]?.key ?? '') && personList(ctx, after, p).length >= 2) {
          k = after;
          continue;
        }
        // "Presidents Sadyr Japarov of Kyrgyzstan, Emomali Rahmon of Tajikistan and …": each name
        // with its own country after it.
        if (plural && phrase.of.length === 0) {
          const pairs = personCountryList(ctx, after, p);
          if (pairs.length >= 2) {
            for (const { person, country } of pairs) emit(claim(ctx, person, phrase, country, tense, 'list', cover(person.span, country.span)));
            k = after + pairs.length * 2 - 1;
            continue;
          }
        }
        // «премьер-министры Беларуси Александр Турчин, Казахстана Олжас Бектенов, …»: the title's
        // country and name, then each further country before its own name.
        if (plural && phrase.of.length === 1 && isPerson(ms[after])) {
          const rest = countryPersonList(ctx, after, p);
          if (rest.length >= 1) {
            const c0 = phrase.of[0]!;
            emit(claim(ctx, ms[after]!, phrase, c0, tense, 'list', cover(c0.span, ms[after]!.span)));
            for (const { person, country } of rest) emit(claim(ctx, person, phrase, country, tense, 'list', cover(country.span, person.span)));
            k = after + rest.length * 2;
            continue;
          }
        }
        const persons = plural ? personList(ctx, after, p) : [nextPerson];
        if (list) {
          // Paired order ("respectively"); a count mismatch means we cannot pair, so say nothing.
          if (persons.length === phrase.of.length) {
            persons.forEach((person, i) => {
              const c = phrase.of[i]!;
              emit(claim(ctx, person, phrase, c, tense, 'list', cover(c.span, person.span)));
            });
          }
          k = after + persons.length - 1;
          continue;
        }
        // After a comma the name must close the apposition ("the president of Kazakhstan, Tokayev,
        // said"): "after meeting the president of Kazakhstan, Tokayev said" makes it the next
        // clause's subject. An office phrase that opens the sentence has no clause before it to
        // end: "Presiden Belarus, Aleksandr Lukashenko pada Selasa …" is an apposition.
        const opensSentence = leftTok <= firstContentToken();
        // "el presidente de Azerbaiyán, Ilham Aliyev y el primer ministro …": an "and" after the
        // name closes it as the next item of a list would.
        // Not before another name: "…, Sadyr Japarov and Olzhas Bektenov respectively" is a list of holders.
        const lastP = persons[persons.length - 1]!;
        let afterAnd = lastP.tokenEnd + 1;
        while (afterAnd < ctx.tokens.length && p.articles.has(ctx.tokens[afterAnd]!.key)) afterAnd++;
        const andAfter = p.and.has(ctx.tokens[lastP.tokenEnd]?.key ?? '') && /^[\s\u00a0]+$/u.test(ctx.text.slice(lastP.span.end, ctx.tokens[lastP.tokenEnd]?.start ?? lastP.span.end))
          && ms[after + persons.length]?.tokenStart === afterAnd && ms[after + persons.length]!.entityType === 'office';
        // "Mirziyoyev, president of Uzbekistan, Nazarbayev, president of Kazakhstan, …": a title set
        // off by commas between two names, the one before it untitled, is that one's (a list of
        // names each with its title after it), not the next name's. With an article it opens the
        // next item ("…, Tokáyev, el presidente de Bielorrusia, Lukashenko, …"), as before; a post
        // that serves another office ("Peskov, spokesman for the president, Putin") is read below.
        const before = ms[phrase.first - 1];
        const pairedBefore = punct === ',' && !inner && isPerson(before) && !titles.has(before.span.start)
          && punctBetween(ctx.text, before.span.end, ms[phrase.first]!.span.start) === ','
          && keysBetween(ctx, before.tokenEnd, ms[phrase.first]!.tokenStart).length === 0;
        if (!pairedBefore && (punct !== ',' || closedAfter(ctx, lastP) || opensSentence || andAfter)) {
          let of = phrase.of[0] ?? served?.of;
          let ofFrom = false;
          // "President Vladimir Putin of Russia"; "President Tokayev from Kazakhstan", "Tokajew aus
          // Kasachstan" where the country closes the phrase (not "from Kazakhstan's capital").
          const afterP = ms[after + persons.length];
          if (!of && isPlace(afterP) && afterP.form === 'name') {
            const between = keysBetween(ctx, persons[persons.length - 1]!.tokenEnd, afterP.tokenStart);
            if (between.length >= 1 && between.length <= 2 && onlyJoiners(between, p)) of = afterP;
            else if (between.length === 1 && p.origin.has(between[0]!) && afterP.entityType === 'country' && closesPhrase(ctx, afterP, p)) {
              of = afterP;
              ofFrom = true;
            }
          }
          if (tense === 'current' && futureAfter(nextPerson.tokenEnd)) tense = 'future';
          for (const person of persons) {
            const c = claim(ctx, person, phrase, of, tense, 'apposition', cover(ms[phrase.first]!.span, person.span, ...(of ? [of.span] : [])), served);
            emit(ofFrom ? { ...c, ofFrom: true } : c);
          }
          k = after + persons.length - 1;
          continue;
        }
      }
    }

    // Appointment: VERB PERSON [as] OFFICE [of C] ("Lukashenko appointed Sergei Rumas as prime
    // minister of Belarus", «назначил Сергея Румаса премьер-министром», "nombró a Rumas primer
    // ministro"): the person right after the verb takes the post (a time after the article's
    // allowed: the claim is that the post is theirs, not since when).
    const appointee = ms[phrase.first - 1];
    if (isPerson(appointee) && p.appointVerbs.size > 0 && phrase.of.length <= 1) {
      const gap = keysBetween(ctx, appointee.tokenEnd, ms[phrase.first]!.tokenStart);
      let v = appointee.tokenStart - 1;
      while (v >= 0 && v >= appointee.tokenStart - 2 && (p.articles.has(keys[v]!) || p.appointLinks.has(keys[v]!))) v--;
      if (v >= 0 && p.appointVerbs.has(keys[v]!) && gap.every((k) => p.appointLinks.has(k) || p.articles.has(k))
        && onlySpaceBetween(ctx.text, ctx.tokens[v]!.end, appointee.span.start) && !/[,;:]/u.test(ctx.text.slice(appointee.span.end, ms[phrase.first]!.span.start))) {
        emit(claim(ctx, appointee, phrase, phrase.of[0] ?? served?.of, 'future', 'predicate', cover(appointee.span, ms[phrase.first]!.span, ms[phrase.last]!.span), served));
        continue;
      }
    }

    // Left apposition: PERSON, [the] OFFICE [of C] - unless the office has its own holder right
    // after it, one the fact set does not know ("X, Security Council Secretary Marat Imankulov").
    const prev = ms[phrase.first - 1];
    // The apposition must close ("Japarov, the president of Kyrgyzstan, said"); "During his talks
    // with Putin, the Kazakh president noted" makes the office phrase the next clause's subject.
    // A name already given a title right before it is not given another office after it: "met
    // Russia's President Vladimir Putin, the prime minister, the speakers …" is a list of people
    // (the same office again is an apposition: "le président tadjik Emomali Rahmon, chef de l'État").
    const titledAs = isPerson(prev) ? titles.get(prev.span.start) : undefined;
    const titled = titledAs !== undefined && titledAs !== phrase.office.entityId;
    if (isPerson(prev) && !titled && !namedHolderFollows(ctx, ms[phrase.last]!) && closedAfter(ctx, ms[phrase.last]!)) {
      const gapKeys = keysBetween(ctx, prev.tokenEnd, ms[phrase.first]!.tokenStart);
      const punct = punctBetween(ctx.text, prev.span.end, ms[phrase.first]!.span.start);
      if ((punct === ',' || punct === '–' || punct === '—' || punct === '(') && gapKeys.every((key) => p.articles.has(key) || p.heads.has(key) || p.qualifiers.some((q) => q.words.includes(key)))) {
        if (tense === 'current') tense = qualifierNear(keys, ms[phrase.first]!.tokenStart, ms[phrase.last]!.tokenEnd, p, (i) => breakBefore(ctx, i)) ?? 'current';
        emit(claim(ctx, prev, phrase, phrase.of[0] ?? served?.of, tense, 'apposition', cover(prev.span, ms[phrase.first]!.span, ms[phrase.last]!.span), served));
        continue;
      }
    }

    // Predicate: PERSON ... (elected|became|menjadi|стал) OFFICE of COUNTRY, with no other person between.
    if (phrase.of.length === 1 && !namedHolderFollows(ctx, ms[phrase.last]!)) {
      let subj: NameMatch | undefined;
      for (let j = phrase.first - 1; j >= 0; j--) {
        if (isPerson(ms[j])) {
          subj = ms[j];
          break;
        }
      }
      if (subj) {
        const from = subj.tokenEnd;
        const to = ms[phrase.first]!.tokenStart;
        // The verb right before the office, no comma between: "Alejnik, der … angereist war,
        // begrüßte den Staatschef" has "war" close by, but it closes another clause.
        const cueFrom = Math.max(from, to - 3);
        let cueAt = -1;
        // A longer phrase may start earlier when it ends right at the office ("on his appointment
        // to the post of", «с назначением на пост»).
        for (let i = from; i < to && cueAt < 0; i++) for (const ph of p.predicate) if (i + ph.length <= to && (i >= cueFrom || i + ph.length === to) && startsWithPhrase(keys, i, ph)) { cueAt = i + ph.length; break; }
        if (to - from <= 12 && cueAt >= 0 && (cueAt >= to || !/[,;:]/u.test(ctx.text.slice(ctx.tokens[cueAt - 1]!.end, ms[phrase.first]!.span.start)))) {
          const fut = hasPhrase(keys, from, to, p.futureSentence);
          // "X, yang saat itu menjabat Perdana Menteri …": "then" anywhere between the person and the office.
          const within = tense === 'current' ? qualifierWithin(keys, from, to, p) : undefined;
          // "Mirziyoyev was prime minister of Uzbekistan", "… previously served as …": some time
          // before the article's, not its own (a verb of becoming, "was elected", ends otherwise).
          const past = tense === 'current' && (hasPhrase(keys, from, to, p.pastAdverbs) || pastStateBefore(keys, cueFrom, to, p));
          const then = within === 'then' || within === 'then-word' || past;
          emit(claim(ctx, subj, phrase, phrase.of[0], fut ? 'future' : then ? 'then' : tense, 'predicate', cover(ms[phrase.first]!.span, ms[phrase.last]!.span), served));
          continue;
        }
      }
      // Head-final: "Садыр Жапаров 2021-жылы Кыргызстандын президенти болуп шайланган" (the verb
      // after the office), or as a participle before its noun, "… президенти болуп шайланган
      // Касым-Жомарт Токаев": the person right after the verb is the holder.
      const cueEnd = afterPhrase(ctx.tokens, ms[phrase.last]!.tokenEnd, p.predicateAfter);
      // The first mention after the office phrase (mentions are in text order).
      let nextK = phrase.last + 1;
      while (ms[nextK] && ms[nextK]!.tokenStart < ms[phrase.last]!.tokenEnd) nextK++;
      if (cueEnd > 0) {
        const following = ms[nextK]?.tokenStart === cueEnd ? ms[nextK] : undefined;
        // A past participle ("болуп иштеген", "болуп шайланган") tells of a time before.
        const pastCue = p.predicateAfterPast.some((ph) => startsWithPhrase(keys, ms[phrase.last]!.tokenEnd, ph) && ms[phrase.last]!.tokenEnd + ph.length === cueEnd);
        const holder = isPerson(following) ? following : subj && ms[phrase.first]!.tokenStart - subj.tokenEnd <= 12 ? subj : undefined;
        if (holder) emit(claim(ctx, holder, phrase, phrase.of[0], pastCue && tense === 'current' ? 'then' : tense, 'predicate', cover(ms[phrase.first]!.span, ms[phrase.last]!.span), served));
        continue;
      }
      // The office first, then the verb, then its holder: «Министром обороны России стал Андрей
      // Белоусов», "Neuer Ministerpräsident Belarus' wurde Michail Mjasnikowitsch". Only the name
      // right after the verb is read ("Визит президента России стал историческим" names no one).
      // Not a possessive ("… was Sadyr Japarov's idea"), and not an office governed by a noun
      // before it ("The visit of the president of Russia was …").
      // The office must open the sentence (articles and qualifiers aside): «Гостем президента
      // России стал …» makes the name a guest, not a president.
      const verbEnd = leftTok <= lead ? afterPhrase(ctx.tokens, ms[phrase.last]!.tokenEnd, p.predicateBeforeHolder) : 0;
      const named = verbEnd > 0 && ms[nextK]?.tokenStart === verbEnd ? ms[nextK] : undefined;
      if (isPerson(named) && !(named.tail !== '' && p.possessive.includes(named.tail))
        && !(ctx.tokens[named.tokenEnd] && /^['’]s?$/u.test(ctx.text.slice(named.span.end, ctx.tokens[named.tokenEnd]!.start).trim()))) {
        emit(claim(ctx, named, phrase, phrase.of[0], tense, 'predicate', cover(ms[phrase.first]!.span, named.span), served));
      }
    }
  }
  return out;
}
