// Finds entity names (people, countries, offices, organisations, places, events) in text, in any
// grammatical case. Built once per language from the fact set: every name word is reduced to a
// stem and stored in one hash map; a text word is looked up by cutting 0..maxTail characters off
// its end and checking the cut-off tail against the language's endings. Cost per text word is a
// handful of map lookups whatever the size of the fact set (an alternation regex of 100k names,
// or a regex per entity, would not scale and could not tell which name matched).
import type { Entity, EntityMention, Lang } from '../types.js';
import { grammarOf, inflectionOf, type Inflection } from './grammar.js';
import { isNameSource, MapGroups, NAME_KINDS, surnameFirstForms, type Grouping, type NameSource, type PendingGroups, type PendingName } from './name-source.js';
import { foldWord, onlySpaceBetween, type Token } from './tokens.js';

interface NameWord {
  stem: string;
  /** Acronyms ("РФ", "CSTO") match exactly, case and all. */
  exact: boolean;
  /** Proper names must start with a capital in the text (cuts "kant"/"Kant" style clashes). */
  capital: boolean;
  original: string;
  /** The ending the dictionary form has after the stem ("а" of "Захарова"): a text word with another is inflected. */
  baseTail: string;
  /** Punctuation the name itself has before this word ("," in "Friendship, Alliance"). */
  punctBefore: string;
  /** The name has a dash before this word ("Russia – Africa"): the text may write any dash, spaced or not. */
  dashBefore: boolean;
}

interface NameEntry {
  entityId: string;
  entityType: string;
  form: 'name' | 'adjective';
  words: NameWord[];
  /** Order of insertion: candidates from several buckets are tried in this order. */
  seq: number;
}

export interface NameMatch extends EntityMention {
  entityType: string;
  /** Index of the first and one past the last token of the match. */
  tokenStart: number;
  tokenEnd: number;
  /** The case ending cut off the last word ("s" in "Kirgisistans"), for possessive detection. */
  tail: string;
  /** Other entities with the same name at this span (two people called "Japarov"). */
  alternatives: string[];
  /** The country an office mention implies ("Kremlin chief": Russia's president). */
  impliedOf?: string;
  /** A country adjective written inside an office's name («ministre russe des Affaires étrangères»). */
  inner?: NameMatch;
  /** Whether a word stands in another form than the fact set's (dictionary) form: "Владимира Путина", not "Владимир Путин". */
  inflected?: boolean;
  /**
   * The office whose holder this post serves, when the office phrase names one: "president" in
   * "помощник президента", "aide to President", "Berater des Präsidenten" (served-offices.ts).
   */
  innerOffice?: NameMatch;
}

/**
 * Offices whose name a country adjective splits («le ministre russe des Affaires étrangères», «el
 * ministro ruso de Asuntos Exteriores», «глава киргизского кабмина», "head of the Kyrgyz cabinet"):
 * each such office replaces the pieces it covers, with the adjective kept as its `inner` country.
 */
export function officesAroundAdjectives(matcher: NameMatcher, text: string, tokens: Token[], mentions: NameMatch[], adjectiveAfter = true): NameMatch[] {
  const adjectives = mentions.filter((m) => m.form === 'adjective' && m.entityType === 'country');
  if (adjectives.length === 0) return mentions;
  const inside = new Set<number>();
  for (const a of adjectives) for (let t = a.tokenStart; t < a.tokenEnd; t++) inside.add(t);
  // Where adjectives come first, an office of its own inside ("помощник российского президента":
  // the president's aide) keeps its reading: the post that serves it is read from the two.
  const split = matcher.find(text, tokens, (t) => inside.has(t)).filter((o) => o.entityType === 'office'
    && adjectives.some((a) => a.tokenStart > o.tokenStart && a.tokenEnd < o.tokenEnd)
    && (adjectiveAfter || !mentions.some((m) => m.entityType === 'office' && m.tokenStart > o.tokenStart && m.tokenEnd <= o.tokenEnd)));
  if (split.length === 0) return mentions;
  const out = mentions.filter((m) => !split.some((o) => m.tokenStart >= o.tokenStart && m.tokenEnd <= o.tokenEnd));
  for (const o of split) out.push({ ...o, inner: adjectives.find((a) => a.tokenStart > o.tokenStart && a.tokenEnd < o.tokenEnd)! });
  return out.sort((x, y) => x.tokenStart - y.tokenStart || y.tokenEnd - x.tokenEnd);
}

const SCRIPT_CYRILLIC = /\p{Script=Cyrillic}/u;
const SCRIPT_LATIN = /\p{Script=Latin}/u;
// Name words are what the tokenizer calls words: "St. Petersburg" -> St, Petersburg.
const WORD_SPLIT = /[^\p{L}\p{M}\p{N}'’]+/u;
/** The same, keeping the separators: a name's punctuation between words is part of the name. */
const SPLIT_KEEPING_SEPARATORS = new RegExp(`(${WORD_SPLIT.source})`, 'u');

export function scriptOf(s: string): 'cyrl' | 'latn' | 'other' {
  if (SCRIPT_CYRILLIC.test(s)) return 'cyrl';
  if (SCRIPT_LATIN.test(s)) return 'latn';
  return 'other';
}

const LANG_SCRIPT: Record<string, 'cyrl' | 'latn'> = { ru: 'cyrl', uk: 'cyrl', be: 'cyrl', bg: 'cyrl', sr: 'cyrl', kk: 'cyrl', ky: 'cyrl' };

/** Script an article in `lang` is written in (Latin unless known otherwise). */
export function langScript(lang: Lang): 'cyrl' | 'latn' {
  return LANG_SCRIPT[lang] ?? 'latn';
}

function isAcronym(word: string): boolean {
  return word.length <= 6 && word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Names sharing a first-word stem; `bySecond` is built when many longer ones do. */
interface FirstStem {
  all: NameEntry[];
  single: NameEntry[];
  bySecond: Map<string, NameEntry[]> | undefined;
  /**
   * A crowded stem's longer names not yet made entries, by the first SECOND_KEY letters of their
   * folded second word: built when a text word that could hold their second word follows the
   * first (see buildSecond).
   */
  waiting: Map<string, Split[]> | undefined;
  /**
   * Names of `all` (or of `single`, when crowded) not yet made entries: made when the stem is
   * first a candidate. Most stems of a large set (one per surname) never are in an article.
   */
  unbuilt: Split[] | undefined;
}

/** A name with its first two words as entryOf cuts them (`second`: none for a one-word name). */
interface Split {
  item: PendingName;
  first: string;
  second: string | undefined;
}

/** Words as WORD_SPLIT leaves them, one after another. */
const WORDS = /[\p{L}\p{M}\p{N}'’]+/gu;

/** A word of a name and the punctuation the name has before it. */
interface Part {
  word: string;
  before: string;
  dash: boolean;
}

/**
 * Letters of the second word that key a crowded stem's waiting names: thousands of "Pavel …"
 * share their second word's first three letters by the hundred, their first five by the few.
 */
const SECOND_KEY = 5;

/** Longer names per first word above which they are looked up by their second word too. */
const SPLIT_ABOVE = 16;

/** A text word's cut that leaves a first-word stem: the cut-off tail and the names under the stem. */
interface Cut {
  tail: string;
  bucket: FirstStem;
}

const NO_CUTS: Cut[] = [];
const NO_MATCHES: NameMatch[] = [];

/** The first word of a name: what WORD_SPLIT leaves first. */
export const FIRST_WORD = /[\p{L}\p{M}\p{N}'’]+/u;

/** Length of the prefix that screens text words. */
const PREFIX = 3;

function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

export class NameMatcher {
  private readonly byFirstStem = new Map<string, FirstStem>();
  /** First three letters of the first-word stems -> the stem lengths under them, one bit per
   *  length (bit 31: 31 or more): most text words (verbs, function words) are turned away by one
   *  map lookup, before any cutting. */
  private readonly prefixes = new Map<string, number>();
  /** Stems shorter than that ("ЕС", "UN"), and their first letters: the screen for them. */
  private readonly shortStems = new Set<string>();
  private readonly shortFirst = new Set<string>();
  private readonly inflection: Inflection;
  private readonly elisions: readonly string[];
  /** Names collected (one given in two languages counts twice): zero when the matcher can find nothing. */
  readonly size: number;

  /**
   * Names not yet turned into entries, by the first `group` characters of their folded first word.
   * Why lazily: stemming every word of every name took 20-30 ms of a one-article run (2,400 names
   * for English in the default set), and an article's words meet a few hundred of the groups.
   * A group is built when a text word that could start with one of its stems is first looked up.
   */
  private readonly pending: PendingGroups;
  /** Length of the group keys: min(PREFIX, the language's minStem). */
  private readonly group: number;

  /** The language's patronymics (grammar.json "patronymic"), when it has them. */
  private readonly patronymic: { endings: string[]; words: ReadonlySet<string> } | undefined;

  constructor(entities: Iterable<Entity> | NameSource, readonly lang: Lang) {
    this.inflection = inflectionOf(lang);
    const pat = grammarOf(lang).patronymic;
    this.patronymic = pat ? { endings: (pat.endings ?? []).map(foldWord), words: new Set((pat.words ?? []).map(foldWord)) } : undefined;
    this.elisions = grammarOf(lang).elisions ?? [];
    // A stem is its folded word with an ending cut off, never shorter than minStem (grammar.ts,
    // same default): so a stem is a prefix of the folded word and shares its first min(GROUP,
    // length) characters, which are known without stemming.
    this.group = Math.max(0, Math.min(PREFIX, grammarOf(lang).inflection.minStem ?? 3));
    const grouping: Grouping = { lang, length: this.group, elisions: this.elisions, groupOf: (name) => this.groupOf(name), surnameFirst: grammarOf(lang).surnameFirst === true };
    // Grouped in advance (the compiled fact-set cache), or collected here from every entity.
    this.pending = isNameSource(entities) ? entities.groups(grouping) : collectNames(entities, grouping);
    this.size = this.pending.size;
  }

  /** The group of a name: its first word as entryOf takes it (an elided article split off), folded, cut to GROUP characters. */
  private groupOf(name: string): string | undefined {
    const m = FIRST_WORD.exec(name);
    if (!m) return undefined;
    const piece = m[0];
    const folded = foldWord(piece);
    const e = this.elisions.length ? this.elisions.find((x) => folded.length > x.length && folded.startsWith(x)) : undefined;
    return (e ? foldWord(piece.slice(0, e.length)) : folded).slice(0, this.group);
  }

  /**
   * Builds the groups whose stems could be a prefix of this text key: a stem of length >= GROUP
   * is in the group of the key's first GROUP characters, a shorter one is a whole folded word
   * and in the group named by itself. Entries keep their order of collection (seq), buckets are
   * complete once their group is built (a stem lives in one group), so what the matcher finds
   * is what a matcher built in full finds.
   */
  private materialize(key: string): void {
    for (let len = this.group === 0 ? 0 : 1; len <= this.group && len <= key.length; len++) {
      const g = key.slice(0, len);
      const items = this.pending.take(g);
      if (!items) continue;
      const touched = new Map<FirstStem, Split[]>();
      // Names already taken of one entity and form (see collectNames), as folded text. A
      // group lists an entity's names together (in collection order), so a set is made only
      // for an entity that has a second name here: most have one.
      let scope = -1;
      let firstName = '';
      let lastWord: string | undefined;
      let lastStem = '';
      let taken: Set<string> | undefined;
      for (const item of items) {
        if (item.scope !== scope) {
          scope = item.scope;
          firstName = item.name;
          taken = undefined;
        } else {
          taken ??= new Set([foldWord(firstName)]);
          const folded = foldWord(item.name);
          if (taken.has(folded)) continue;
          taken.add(folded);
        }
        const split = this.headOf(item);
        if (!split) continue;
        // A crowded group repeats one first word thousands of times in a row.
        if (split.first !== lastWord) lastStem = this.stemOf((lastWord = split.first));
        const first = lastStem;
        let bucket = this.byFirstStem.get(first);
        if (!bucket) {
          this.byFirstStem.set(first, (bucket = { all: [], single: [], bySecond: undefined, waiting: undefined, unbuilt: undefined }));
          if (first.length >= PREFIX) {
            const head = first.slice(0, PREFIX);
            this.prefixes.set(head, (this.prefixes.get(head) ?? 0) | lengthBit(first.length));
          } else {
            this.shortStems.add(first);
            this.shortFirst.add(first.charAt(0));
          }
        }
        const list = touched.get(bucket);
        if (list) list.push(split);
        else touched.set(bucket, [split]);
      }
      for (const [bucket, names] of touched) {
        let longer = 0;
        for (const n of names) if (n.second !== undefined) longer++;
        if (longer <= SPLIT_ABOVE) {
          bucket.unbuilt = names;
          continue;
        }
        // Crowded ("Pavel" among 100,000 people): longer names by their second word.
        bucket.bySecond = new Map();
        bucket.waiting = new Map();
        bucket.unbuilt = [];
        for (const n of names) {
          if (n.second === undefined) {
            bucket.unbuilt.push(n);
            continue;
          }
          const k = foldWord(n.second).slice(0, SECOND_KEY);
          const list = bucket.waiting.get(k);
          if (list) list.push(n);
          else bucket.waiting.set(k, [n]);
        }
      }
    }
  }

  /**
   * The first two of partsOf's words, without cutting the whole name (most names of a crowded
   * first word never become entries); undefined for a name without words.
   */
  private headOf(item: PendingName): Split | undefined {
    const name = item.name;
    WORDS.lastIndex = 0;
    const one = WORDS.exec(name)?.[0];
    if (one === undefined) return undefined;
    const e1 = this.elisionOf(one);
    if (e1) return { item, first: one.slice(0, e1.length), second: one.slice(e1.length) };
    const two = WORDS.exec(name)?.[0];
    const e2 = two === undefined ? undefined : this.elisionOf(two);
    return { item, first: one, second: e2 ? two!.slice(0, e2.length) : two };
  }

  /** The elided word a piece starts with («l'» of «l'Assemblée»), if any. */
  private elisionOf(piece: string): string | undefined {
    if (this.elisions.length === 0) return undefined;
    const folded = foldWord(piece);
    return this.elisions.find((x) => folded.length > x.length && folded.startsWith(x));
  }

  /** The words of a name as the text's tokens would give them. */
  private partsOf(name: string): Part[] {
    const pieces = name.split(SPLIT_KEEPING_SEPARATORS);
    const parts: Part[] = [];
    for (let k = 0; k < pieces.length; k += 2) {
      const piece = pieces[k];
      if (!piece) continue;
      const sep = pieces[k - 1] ?? '';
      const before = sep.replace(/[\s\u00a0\-‐‑–.]/gu, '');
      const dash = DASH.test(sep);
      // «chiffre d'affaires»: the text splits an elided word off the next (splitElisions), so the name does too.
      const e = this.elisionOf(piece);
      if (e) {
        parts.push({ word: piece.slice(0, e.length), before, dash }, { word: piece.slice(e.length), before: '', dash: false });
      } else parts.push({ word: piece, before, dash });
    }
    return parts;
  }

  /** A word's stem and whether it is an acronym, remembered: crowded first names repeat thousands of times. */
  private wordOf(w: string): { stem: string; exact: boolean; baseTail: string } {
    let known = this.words.get(w);
    if (!known) {
      const stem = this.stemOf(w);
      const exact = isAcronym(w);
      this.words.set(w, (known = { stem, exact, baseTail: exact ? '' : foldWord(w).slice(stem.length) }));
    }
    return known;
  }

  /** A name word's stem: an acronym as it is (folded), another word with an ending cut off. */
  private stemOf(w: string): string {
    const folded = foldWord(w);
    return isAcronym(w) ? folded : this.inflection.stem(folded);
  }

  private readonly words = new Map<string, { stem: string; exact: boolean; baseTail: string }>();

  private entryOf({ item: { id, type, form, seq, name } }: Split): NameEntry {
    const proper = form === 'name' && type !== 'office';
    const words = this.partsOf(name).map(({ word: w, before, dash }): NameWord => {
      const { stem, exact, baseTail } = this.wordOf(w);
      return { stem, exact, capital: proper && isCapitalised(w), original: w, baseTail, punctBefore: before, dashBefore: dash };
    });
    return { entityId: id, entityType: type, form, words, seq };
  }

  /**
   * Makes entries of a crowded stem's names whose second-word stem could be a cut of this key
   * (what candidates looks up). A stem of SECOND_KEY letters or more shares them with the key;
   * a shorter cut can be the stem of any second word that starts with it.
   */
  private buildSecond(bucket: FirstStem, key: string): void {
    const waiting = bucket.waiting!;
    const touched = new Set<NameEntry[]>();
    for (let cut = 0, max = Math.min(this.inflection.maxTail, key.length - 1); cut <= max && waiting.size > 0; cut++) {
      const stem = cut === 0 ? key : key.slice(0, -cut);
      if (stem.length >= SECOND_KEY) this.buildWaiting(bucket, stem.slice(0, SECOND_KEY), touched);
      else for (const k of [...waiting.keys()]) if (k.startsWith(stem)) this.buildWaiting(bucket, k, touched);
    }
    // Lists filled from several keys, now or before, are put back in collection order.
    for (const list of touched) list.sort((a, b) => a.seq - b.seq);
  }

  private buildWaiting(bucket: FirstStem, k: string, touched: Set<NameEntry[]>): void {
    const names = bucket.waiting!.get(k);
    if (!names) return;
    bucket.waiting!.delete(k);
    for (const n of names) {
      const x = this.entryOf(n);
      let list = bucket.bySecond!.get(x.words[1]!.stem);
      if (list) list.push(x);
      else bucket.bySecond!.set(x.words[1]!.stem, (list = [x]));
      touched.add(list);
    }
  }

  /** All name mentions in the tokens, longest match first at each position; ambiguous names give one mention per entity. */
  /**
   * All name mentions in the tokens. `skippable` tokens may stand between the words of a name
   * ("доля России во внешней торговле" for the name "доля во внешней торговле"), never first.
   */
  find(text: string, tokens: Token[], skippable?: (tokenIndex: number) => boolean): NameMatch[] {
    this.skip = skippable;
    try {
      return this.findAll(text, tokens);
    } finally {
      this.skip = undefined;
    }
  }

  private skip: ((tokenIndex: number) => boolean) | undefined;

  private findAll(text: string, tokens: Token[]): NameMatch[] {
    const out: NameMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      // Most words start no name: their cuts (remembered per word) say so without a call.
      const tok = tokens[i]!;
      if (this.cutsOf(tok.key, tok.word).length === 0) {
        i++;
        continue;
      }
      let best = this.longestAt(text, tokens, i);
      if (best.length === 0) best = this.respelledAt(text, tokens, i);
      if (best.length === 0 && this.patronymic) best = this.patronymicAt(text, tokens, i);
      if (best.length === 0) {
        i++;
        continue;
      }
      // One mention per span: a name wins over an adjective of the same spelling ("Rusia" is
      // both in Indonesian); other entities of that name ride along as alternatives.
      best.sort((a, b) => (a.form === b.form ? 0 : a.form === 'name' ? -1 : 1));
      const first = best[0]!;
      if (best.length > 1) first.alternatives = [...new Set(best.slice(1).map((b) => b.entityId).filter((id) => id !== first.entityId))];
      out.push(first);
      i = first.tokenEnd;
    }
    return out;
  }

  /** Whether some stem could be a prefix of this key (a stem is never cut shorter than itself). */
  private mayStart(key: string, head: string): boolean {
    if (key.length >= PREFIX && this.prefixes.has(head)) return true;
    if (!this.shortFirst.has(key.charAt(0))) return false;
    for (let n = 1; n < PREFIX && n <= key.length; n++) if (this.shortStems.has(key.slice(0, n))) return true;
    return false;
  }

  /**
   * The cuts of a text word that leave a first-word stem of the fact set, shortest cut first,
   * remembered per word of the word table: three matchers look up every word, and words repeat.
   */
  private cutsOf(key: string, word: number): Cut[] {
    let cuts = word >= 0 ? this.cutsByWord[word] : undefined;
    if (cuts) return cuts;
    cuts = NO_CUTS;
    if (this.pending.open) this.materialize(key);
    const head = key.slice(0, PREFIX);
    if (this.mayStart(key, head)) {
      const maxCut = Math.min(this.inflection.maxTail, key.length - 1);
      // Only cuts that leave a stem length the fact set has under this word's first letters.
      const lengths = key.length >= PREFIX ? this.prefixes.get(head) ?? 0 : 0;
      for (let cut = 0; cut <= maxCut; cut++) {
        const len = key.length - cut;
        if (len >= PREFIX ? (lengths & lengthBit(len)) === 0 : this.shortStems.size === 0) continue;
        const bucket = this.byFirstStem.get(cut === 0 ? key : key.slice(0, -cut));
        if (!bucket) continue;
        if (cuts === NO_CUTS) cuts = [];
        cuts.push({ tail: cut === 0 ? '' : key.slice(-cut), bucket });
      }
    }
    if (word >= 0) {
      // Filled up to the word, never with holes far ahead: V8 keeps a dense array fast.
      while (this.cutsByWord.length <= word) this.cutsByWord.push(undefined);
      this.cutsByWord[word] = cuts;
    }
    return cuts;
  }

  /** Cuts per word of the tokenizer's word table. */
  private readonly cutsByWord: Array<Cut[] | undefined> = [];

  private longestAt(text: string, tokens: Token[], i: number): NameMatch[] {
    const tok = tokens[i]!;
    const cuts = this.cutsOf(tok.key, tok.word);
    if (cuts.length === 0) return NO_MATCHES;
    let best: NameMatch[] = NO_MATCHES;
    let bestLen = 0;
    for (const { tail, bucket } of cuts) {
      const entries = this.candidates(bucket, tokens[i + 1]);
      if (!entries) continue;
      for (const entry of entries) {
        const end = this.matchEntry(text, tokens, i, entry, tail);
        if (end === undefined) continue;
        const len = tokens[end.index - 1]!.end - tok.start;
        if (len < bestLen) continue;
        const m: NameMatch = {
          entityId: entry.entityId,
          entityType: entry.entityType,
          form: entry.form,
          span: { start: tok.start, end: tokens[end.index - 1]!.end },
          text: text.slice(tok.start, tokens[end.index - 1]!.end),
          tokenStart: i,
          tokenEnd: end.index,
          tail: end.tail,
          alternatives: [],
          inflected: end.inflected,
        };
        if (len > bestLen) {
          best = [m];
          bestLen = len;
        } else {
          // One entity read through two of its names: a fact set that lists a case form
          // ("Карлосом Франсой" beside "Карлос Франса") leaves the text inflected all the same.
          const same = best.find((b) => b.entityId === m.entityId && b.form === m.form);
          if (!same) best.push(m);
          else if (m.inflected && !same.inflected) same.inflected = true;
        }
      }
    }
    return best;
  }

  /**
   * "Akylbek Japarow" where the fact set writes "Akylbek Japarov": a person's given name, and right
   * after it a capitalised word spelled like that person's surname but for its last letters (a
   * transliteration the set does not list). The two words are that person; read alone, the
   * surname would be another's who shares it in some spelling ("Japarow", Sadyr Japarov). Only
   * names of two words, and a surname the function below takes for a respelling.
   */
  private respelledAt(text: string, tokens: Token[], i: number): NameMatch[] {
    const tok = tokens[i]!;
    const next = tokens[i + 1];
    if (!next || !isCapitalised(tok.text) || !isCapitalised(next.text) || !onlySpaceBetween(text, tok.end, next.start)) return NO_MATCHES;
    let found: NameMatch[] = NO_MATCHES;
    for (const { tail, bucket } of this.cutsOf(tok.key, tok.word)) {
      if (!this.inflection.allows(tail)) continue;
      const entries = this.candidates(bucket, next);
      if (!entries) continue;
      for (const entry of entries) {
        if (entry.entityType !== 'person' || entry.form !== 'name' || entry.words.length !== 2 || entry.words[0]!.exact) continue;
        if (!respelled(entry.words[1]!.stem + entry.words[1]!.baseTail, next.key)) continue;
        if (found.some((m) => m.entityId === entry.entityId)) continue;
        const m: NameMatch = {
          entityId: entry.entityId, entityType: 'person', form: 'name',
          span: { start: tok.start, end: next.end }, text: text.slice(tok.start, next.end),
          tokenStart: i, tokenEnd: i + 2, tail: '', alternatives: [], inflected: tail !== entry.words[0]!.baseTail,
        };
        found = found === NO_MATCHES ? [m] : [...found, m];
      }
    }
    return found;
  }

  /**
   * "Abdulla Nigmatovich Aripov", «Абдуллы Нигматовича Арипова», "Ilham Heydar oglu Aliyev": a
   * person's given name, a patronymic (a word with a patronymic ending, or a father's name and a
   * word such as "oglu"), then the rest of the name the fact set writes without it.
   */
  private patronymicAt(text: string, tokens: Token[], i: number): NameMatch[] {
    const p = this.patronymic!;
    const tok = tokens[i]!;
    const next = tokens[i + 1];
    if (!next || !isCapitalised(tok.text) || !isCapitalised(next.text) || !onlySpaceBetween(text, tok.end, next.start)) return NO_MATCHES;
    let k = 0;
    if (p.endings.some((e) => stripsTo(next.key, e, this.inflection.maxTail))) k = 1;
    else if (tokens[i + 2] && p.words.has(tokens[i + 2]!.key) && onlySpaceBetween(text, next.end, tokens[i + 2]!.start)) k = 2;
    const rest = tokens[i + 1 + k];
    if (!k || !rest || !isCapitalised(rest.text) || !onlySpaceBetween(text, tokens[i + k]!.end, rest.start)) return NO_MATCHES;
    // The patronymic's tokens are stepped over as the skippable tokens of find() are.
    const outer = this.skip;
    this.skip = (t) => t > i && t <= i + k;
    try {
      return this.longestAt(text, tokens, i).filter((m) => m.entityType === 'person' && m.form === 'name' && m.tokenEnd > i + 1 + k);
    } finally {
      this.skip = outer;
    }
  }

  /**
   * Entries whose first word has this stem, in insertion order. A crowded first word ("Alexander"
   * in a large fact set) narrows its longer names to those whose second word is a stem of the
   * next token (cut by at most the longest tail: no longer tail is ever allowed).
   */
  private candidates(bucket: FirstStem, next: Token | undefined): NameEntry[] | undefined {
    if (bucket.unbuilt) {
      const list = bucket.bySecond ? bucket.single : bucket.all;
      for (const n of bucket.unbuilt) list.push(this.entryOf(n));
      bucket.unbuilt = undefined;
    }
    if (!bucket.bySecond) return bucket.all;
    if (!next) return bucket.single;
    const lists = bucket.single.length ? [bucket.single] : [];
    const key = next.key;
    if (bucket.waiting?.size) this.buildSecond(bucket, key);
    for (let cut = 0, max = Math.min(this.inflection.maxTail, key.length - 1); cut <= max; cut++) {
      const list = bucket.bySecond.get(cut === 0 ? key : key.slice(0, -cut));
      if (list) lists.push(list);
    }
    return lists.length <= 1 ? lists[0] : lists.flat().sort((a, b) => a.seq - b.seq);
  }

  /** Token index after the match and the last word's tail, or undefined when the entry does not match at i. */
  private matchEntry(text: string, tokens: Token[], i: number, entry: NameEntry, firstTail: string): { index: number; tail: string; inflected: boolean } | undefined {
    let tail = firstTail;
    let inflected = false;
    let at = i;
    for (let w = 0; w < entry.words.length; w++) {
      const word = entry.words[w]!;
      if (w > 0) {
        at++;
        // Step over skippable tokens (an inserted country name), each joined by blanks.
        while (this.skip && at < tokens.length && this.skip(at) && !word.exact && tokens[at]!.key.indexOf(word.stem) !== 0) {
          if (!joinedByNameGap(text, tokens[at - 1]!.end, tokens[at]!.start)) return undefined;
          at++;
        }
      }
      const tok = tokens[at];
      if (!tok) return undefined;
      if (w > 0) {
        const prev = tokens[at - 1]!;
        // An elided word touches the next («d'affaires», split by splitElisions).
        const elided = prev.end === tok.start && /['’]$/u.test(prev.text);
        if (!elided && !joinedByNameGap(text, prev.end, tok.start, word.punctBefore) && !(word.dashBefore && joinedByDash(text, prev.end, tok.start))) return undefined;
        const t = this.tailOf(word, tok.key);
        if (t === undefined) return undefined;
        tail = t;
      }
      if (word.exact) {
        if (tok.text !== word.original || tail !== '') return undefined;
      } else {
        if (!this.inflection.allows(tail)) return undefined;
        if (word.capital && !isCapitalised(tok.text)) return undefined;
        if (tail !== word.baseTail) inflected = true;
      }
    }
    return { index: at + 1, tail, inflected };
  }

  private tailOf(word: NameWord, key: string): string | undefined {
    if (!key.startsWith(word.stem)) return undefined;
    return key.slice(word.stem.length);
  }
}

/**
 * Whether a text word is another spelling of a surname: the same length or one letter apart, and
 * alike but for the last letter (the last two in a surname of eight letters or more): "Japarow" for
 * "Japarov", "Lukashenka" for "Lukashenko"; never "Lavrik" for "Lavrov".
 */
function respelled(surname: string, key: string): boolean {
  if (surname === key || Math.abs(surname.length - key.length) > 1) return false;
  const n = Math.min(surname.length, key.length);
  let common = 0;
  while (common < n && surname.charCodeAt(common) === key.charCodeAt(common)) common++;
  const longer = Math.max(surname.length, key.length);
  return common >= 4 && common >= longer - (longer >= 8 ? 2 : 1);
}

const DASH = /[-‐‑–—]/u;

/** One dash between blanks or none ("Russia – Africa", "Russia-Africa", "Россия — Африка"). */
function joinedByDash(text: string, from: number, to: number): boolean {
  if (to - from > 5) return false;
  let dashes = 0;
  for (let i = from; i < to; i++) {
    if (DASH.test(text[i]!)) dashes++;
    else if (!onlySpaceBetween(text, i, i + 1)) return false;
  }
  return dashes === 1;
}

/** Words of one name are separated by blanks or one hyphen ("Kassym-Jomart", "Касым-Жомарт"). */
function joinedByNameGap(text: string, from: number, to: number, punct = ''): boolean {
  if (to - from === 1 && /[-‐‑]/.test(text[from]!)) return true;
  // Punctuation the name itself has there ("Friendship, Alliance", "C5+1"), then blanks, if any:
  // a name written without a blank there ("C5+1") is matched without one.
  if (punct && text.startsWith(punct, from)) {
    from += punct.length;
    if (to === from && !/\s/u.test(punct)) return true;
  }
  // An abbreviation's dot may sit before the blank ("St. Petersburg").
  if (text[from] === '.') from++;
  return to > from && to - from <= 3 && onlySpaceBetween(text, from, to);
}

const matchers = new WeakMap<object, Map<string, Map<string, NameMatcher>>>();

/**
 * One matcher per fact set, vocabulary and language, built on first use. `vocabulary` names
 * what the matcher finds ("names", "heads", "properties"): each has its own entities.
 */
export function matcherFor(owner: object, entities: () => Iterable<Entity> | NameSource, lang: Lang, vocabulary = 'names'): NameMatcher {
  // By vocabulary, then language: this runs several times per sentence, and a key joined from
  // the two was a fresh string to build and hash on every call.
  let byVocabulary = matchers.get(owner);
  if (!byVocabulary) matchers.set(owner, (byVocabulary = new Map()));
  let byLang = byVocabulary.get(vocabulary);
  if (!byLang) byVocabulary.set(vocabulary, (byLang = new Map()));
  let m = byLang.get(lang);
  if (!m) byLang.set(lang, (m = new NameMatcher(entities(), lang)));
  return m;
}

/** Whether `key` ends with `ending`, or does once a case ending of at most `maxTail` letters is cut («Нигматовича»). */
function stripsTo(key: string, ending: string, maxTail: number): boolean {
  for (let cut = 0; cut <= maxTail && key.length - cut > ending.length; cut++) if (key.endsWith(ending, key.length - cut)) return true;
  return false;
}

/**
 * Every entity's names for a matcher of `grouping.lang`, by group: names of the language in any
 * script, names of other languages written in its script, numbered in that order. Where the
 * language writes names surname first, each person's names are followed by their surname-first
 * forms (surnameFirstForms), numbered by form and then in the order of the names they come
 * from: the order stored-names.ts gives them.
 */
export function collectNames(entities: Iterable<Entity>, grouping: Grouping): MapGroups {
  const lang = grouping.lang;
  const pending = new Map<string, PendingName[]>();
  const script = langScript(lang);
  let n = 0;
  let size = 0;
  let scope = 0;
  const push = (name: string, e: Entity, form: 'name' | 'adjective'): boolean => {
    const g = grouping.groupOf(name);
    if (g === undefined) return false; // no word at all: entryOf would give no entry
    const item: PendingName = { id: e.id, type: e.type, form, name, seq: n++, scope };
    const list = pending.get(g);
    if (list) list.push(item);
    else pending.set(g, [item]);
    return true;
  };
  // The surname-first forms of a person's names taken so far.
  const taken: string[][] = [];
  for (const e of entities) {
    const invert = grouping.surnameFirst && e.type === 'person';
    for (const [form, lists] of [['name', e.names], ['adjective', e.adjectives]] as const) {
      if (!lists) continue;
      // Per entity and form, a name given twice (in two languages) is one entry: names alike
      // once folded have the same first word, so they meet in one group and materialize keeps
      // the first (`scope` numbers the entity and form). (One set over all entities, keyed with
      // the id, cost half a second of hashing with 100,000 entities; an entity given twice over
      // would only repeat matches that longestAt drops.)
      scope++;
      // The article's own language first; names written in the same script from other
      // languages too, since proper nouns travel ("Kyrgyzstan" in an Indonesian text).
      // Code-point order: localeCompare would load ICU's collator (~20 ms at start-up) for ASCII codes.
      const langs = Object.keys(lists).sort((a, b) => (a === lang ? -1 : b === lang ? 1 : a < b ? -1 : a > b ? 1 : 0));
      for (const l of langs) {
        for (const name of lists[l] ?? []) {
          if (l !== lang && scriptOf(name) !== script) continue;
          if (!push(name, e, form)) continue;
          size++;
          if (invert && form === 'name') {
            const forms = surnameFirstForms(name);
            if (forms.length > 0) taken.push(forms);
          }
        }
      }
      if (taken.length === 0) continue;
      for (let kind = 1; kind < NAME_KINDS; kind++) {
        for (const forms of taken) {
          const inverted = forms[kind - 1];
          if (inverted !== undefined) push(inverted, e, form);
        }
      }
      taken.length = 0;
    }
  }
  return new MapGroups(pending, size);
}
