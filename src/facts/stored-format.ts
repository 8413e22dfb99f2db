// The compiled fact-set cache file (format 4), shared by its writer (stored-write.ts) and reader
// (stored-set.ts). A run reads the header and then only the pieces its queries touch:
//
//   MAGIC, uint32 LE header length, the header (JSON), then the sections the header lists by
//   [offset, length]:
//   - entities, statements: each record's JSON, one after another; entities.at, statements.at:
//     uint32 LE offsets of the records (count + 1 of them);
//   - maps (disk-map.ts): keys to [offset, length] of a JSON value in the map's `.json` section
//     (a list of record numbers, or a subject's places), or to a record number (`.id` maps);
//   - names: the entities' names by script and the first three letters of their folded first
//     word, as NameMatcher groups them (stored-names.ts); people's names of two words or more
//     once more, under their surname (last word), for languages that write names surname first.
import { isUtf8 } from 'node:buffer';
import type { Property } from '../types.js';

export const MARKER = 'factlint-fact-cache/4';
export const MAGIC = Buffer.from(`${MARKER}\n`, 'latin1');

/** The maps from a key to a JSON list; see EagerIndex for what each holds. */
export const LIST_MAPS = ['byType', 'posts', 'holders', 'bySubject', 'byProperty', 'places', 'dates'] as const;
export type ListMap = (typeof LIST_MAPS)[number];

export interface Header {
  marker: string;
  key: string;
  hash: string;
  files: string[];
  /** The file's length: a shorter file was cut off. */
  size: number;
  entityCount: number;
  statementCount: number;
  /** Properties are few and every run asks for them: kept here whole. */
  properties: Property[];
  /** [offset, length] of each section, offsets from the start of the file. */
  sections: Record<string, [number, number]>;
  /** Entity types, by the number name records give. */
  types: string[];
  /** Languages of the names, in code-point order (name records give their number). */
  langs: string[];
  /** Names with a first word, per language and script. */
  nameCounts: Record<string, Record<string, number>>;
  /** One more than the highest position of a name in its list. */
  nameSlots: number;
  /** Entities with a place or a date, by record number. */
  locatable: number[];
}

/** Separates the parts of composite keys: property and subjects, office and country. */
export const SEP = '\u0000';
/** Separates script and group in the names map's keys. */
export const NAME_SEP = '\u0001';
/**
 * Separates script and group in the keys of the surname-first tables: a person's names of two
 * words or more, grouped by their surname-first forms (surnameFirstForms in
 * extract/name-source.ts), read only by the matchers of languages that write names so.
 */
export const SURNAME_SEP = '\u0003';
/** The group of names whose first word folds irregularly (see stored-names.ts). */
export const IRREGULAR = '\u0002';
/**
 * Fields of a name record before its languages: entity number, form (0 name, 1 adjective), type
 * number, entity id, name, and how many languages give it; then each language's number and the
 * name's position in its list.
 */
export const NAME_FIELDS = 6;

/** Bytes of the file as text; damaged bytes throw rather than read as U+FFFD. */
export function utf8(bytes: Buffer): string {
  if (!isUtf8(bytes)) throw new TypeError('not UTF-8');
  return bytes.toString('utf8');
}
