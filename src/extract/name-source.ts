// Names waiting to become a NameMatcher's entries, handed out one group at a time: collected from
// the entities (names.ts), or read from tables the compiled fact-set cache grouped in advance
// (facts/stored-names.ts), so a large set's names are never all walked in a one-article run.
import type { Lang } from '../types.js';

/** A name collected but not yet stemmed. */
export interface PendingName {
  id: string;
  type: string;
  form: 'name' | 'adjective';
  name: string;
  /** Order of collection: candidates are tried in this order (only the order counts). */
  seq: number;
  /** Entity and form: names alike within one are one entry. */
  scope: number;
}

/** How a matcher of `lang` groups names: `groupOf` gives a name's group key (undefined: no word). */
export interface Grouping {
  lang: Lang;
  /** Length of the group keys. */
  length: number;
  /** The language's elided words ("l'"), split off a first word before it is grouped. */
  elisions: readonly string[];
  groupOf(name: string): string | undefined;
  /**
   * The language writes people's names surname first in official style (grammar.json →
   * `surnameFirst`): a person's names are also matched in that order (surnameFirstForms).
   */
  surnameFirst: boolean;
}

/**
 * Forms a person's name takes written surname first, as Russian and Kyrgyz decrees and lists
 * do: the last blank-separated word first, then the others in their order ("Акылбек Усенбекович
 * Жапаров": "Жапаров Акылбек Усенбекович"), and for three words or more also the surname and
 * the first word alone ("Жапаров Акылбек": the patronymic is often left out). None for a name of
 * one word, or whose last word is not capitalised (not a surname). A hyphenated word stays one
 * ("Касым-Жомарт Токаев": "Токаев Касым-Жомарт").
 *
 * Each name source makes them itself (names.ts collectNames, facts/stored-names.ts), numbering
 * a form by its position here: entries of one entity and form are ordered by that position
 * (0 for the names as given), then as the names they come from.
 */
export function surnameFirstForms(name: string): string[] {
  const words = name.trim().split(BLANKS);
  if (words.length < 2 || !isSurname(words[words.length - 1]!)) return NO_FORMS;
  const last = words.pop()!;
  const full = `${last} ${words.join(' ')}`;
  return words.length === 1 ? [full] : [full, `${last} ${words[0]}`];
}

/** The word every surname-first form of `name` starts with (its surname), if it has such forms. */
export function surnameOf(name: string): string | undefined {
  const words = name.trim().split(BLANKS);
  const last = words[words.length - 1]!;
  return words.length >= 2 && isSurname(last) ? last : undefined;
}

const BLANKS = /\s+/u;

function isSurname(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

const NO_FORMS: string[] = [];

/** Most forms surnameFirstForms gives a name, plus one for the name as given: the kinds of a name's seq. */
export const NAME_KINDS = 3;

export interface PendingGroups {
  /** Names collected for the language (one given in two languages counts twice). */
  readonly size: number;
  /** False once every group has been taken. */
  readonly open: boolean;
  /** The names of group `g`, in collection order; each group is handed out once. */
  take(g: string): PendingName[] | undefined;
}

/** Names grouped in advance, for any language. */
export interface NameSource {
  readonly groupedNames: true;
  groups(grouping: Grouping): PendingGroups;
}

export function isNameSource(v: unknown): v is NameSource {
  return typeof v === 'object' && v !== null && (v as NameSource).groupedNames === true;
}

/** Groups held in a map (names collected from entities). */
export class MapGroups implements PendingGroups {
  constructor(private readonly pending: Map<string, PendingName[]>, readonly size: number) {}

  get open(): boolean {
    return this.pending.size > 0;
  }

  take(g: string): PendingName[] | undefined {
    const items = this.pending.get(g);
    if (items) this.pending.delete(g);
    return items;
  }
}
