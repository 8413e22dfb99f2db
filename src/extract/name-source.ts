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
}

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
