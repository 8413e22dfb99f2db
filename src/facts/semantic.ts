// Checks a JSON Schema cannot express: references between entries (across all files),
// duplicate ids, real calendar dates, ordered spans and periods, and the shape a statement
// needs for its property's kind. Pure: takes parsed files, returns problems.
import { boundaryRange, type Precision } from './uncertain.js';
import { INVISIBLE_ALL } from '../text/char-class.js';
import type { FactProblem } from './problem.js';
import { Suggester } from './suggest.js';
import { isValidDate, periodProblem } from './time.js';

export interface ParsedFactFile {
  /** Display path used in messages. */
  file: string;
  /** The parsed JSON (validated against the schema or not: every access here is defensive). */
  data: unknown;
}

export interface SemanticOptions {
  /**
   * Check that referenced ids exist. Off when a file could not be parsed, since its
   * definitions are missing and every reference to them would be a false alarm.
   */
  checkReferences: boolean;
}

type Rec = Record<string, unknown>;

function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(data: unknown, key: string): unknown[] {
  const v = isRecord(data) ? data[key] : undefined;
  return Array.isArray(v) ? v : [];
}

interface Defined {
  where: string;
  type: unknown;
}

const NUMERIC_KINDS = new Set(['quantity', 'change', 'share']);
const DATE_FIELDS = ['from', 'to', 'date', 'verified'] as const;
const precisionOf = (p: unknown): Precision | undefined => (p === 'month' || p === 'year' || p === 'day' ? p : undefined);

export function checkFactSemantics(files: readonly ParsedFactFile[], options: SemanticOptions): FactProblem[] {
  const problems: FactProblem[] = [];
  const entities = new Map<string, Defined>();
  const properties = new Map<string, Defined>();
  const statementIds = new Map<string, Defined>();

  // Pass 1: definitions and duplicates (a Map, so linear in the number of entries).
  for (const { file, data } of files) {
    collect(list(data, 'entities'), 'entities', 'entity', 'type', entities, file, problems);
    collect(list(data, 'properties'), 'properties', 'property', 'kind', properties, file, problems);
    collect(list(data, 'statements'), 'statements', 'statement', 'property', statementIds, file, problems);
  }

  let entitySuggester: Suggester | undefined;
  let officeSuggester: Suggester | undefined;
  let propertySuggester: Suggester | undefined;
  const suggestEntity = (id: string, office: boolean): string | undefined => {
    if (office) {
      officeSuggester ??= new Suggester([...entities].filter(([, d]) => d.type === 'office').map(([k]) => k));
      return officeSuggester.suggest(id);
    }
    entitySuggester ??= new Suggester([...entities.keys()]);
    return entitySuggester.suggest(id);
  };
  const didYouMean = (s: string | undefined): string => (s === undefined ? '' : ` (did you mean "${s}"?)`);

  // Pointers are built only when there is something to report: a large set has 10^5 statements.
  const at = (entry: string, path: string, j?: number): string => (j === undefined ? `${entry}/${path}` : `${entry}/${path}/${j}`);

  /** Reports an unknown entity id; `office` also requires an entity of type office. */
  const entityRef = (id: unknown, file: string, entry: string, path: string, j?: number, office = false): void => {
    if (!options.checkReferences || typeof id !== 'string') return;
    const found = entities.get(id);
    if (found === undefined || office) {
      const field = path.replace('/', '.');
      if (found) {
        if (found.type !== 'office') {
          problems.push({ file, pointer: at(entry, path, j), message: `"${id}" in ${field} is not an office (type ${String(found.type)})` });
        }
        return;
      }
      const hint = properties.has(id) ? ` ("${id}" is a property)` : didYouMean(suggestEntity(id, office));
      problems.push({ file, pointer: at(entry, path, j), message: `unknown ${office ? 'office' : 'entity'} "${id}" in ${field}${hint}` });
    }
  };
  const entityRefs = (ids: unknown, file: string, entry: string, path: string): void => {
    if (!Array.isArray(ids)) return entityRef(ids, file, entry, path);
    for (let j = 0; j < ids.length; j++) entityRef(ids[j], file, entry, path, j);
  };
  const propertyRef = (id: unknown, file: string, entry: string, path: string): Defined | undefined => {
    if (typeof id !== 'string') return undefined;
    const found = properties.get(id);
    if (found || !options.checkReferences) return found;
    propertySuggester ??= new Suggester([...properties.keys()]);
    const hint = entities.has(id) ? ` ("${id}" is an entity)` : didYouMean(propertySuggester.suggest(id));
    problems.push({ file, pointer: at(entry, path), message: `unknown property "${id}"${path === 'property' ? '' : ` in ${path}`}${hint}` });
    return undefined;
  };

  for (const { file, data } of files) {
    // An entity's name of one letter (or none, once invisible characters are left out) would match
    // everywhere. Property words may be one letter: a place property's "в" is the preposition.
    for (const section of ['entities'] as const) {
      list(data, section).forEach((e, i) => {
        if (!isRecord(e)) return;
        for (const field of ['names', 'adjectives'] as const) {
          const names = e[field];
          if (!isRecord(names)) continue;
          for (const [lang, words] of Object.entries(names)) {
            if (!Array.isArray(words)) continue;
            words.forEach((w, k) => {
              if (typeof w === 'string' && isOneLetter(w)) {
                problems.push({ file, pointer: `/${section}/${i}/${field}/${lang}/${k}`, message: `the name "${w}" is one letter: it would be found in almost every text` });
              }
            });
          }
        }
      });
    }
    list(data, 'properties').forEach((p, i) => {
      if (!isRecord(p)) return;
      if (p.of !== undefined) {
        const base = propertyRef(p.of, file, `/properties/${i}`, 'of');
        // A growth is read only as the growth of a quantity named in the text ("trade grew 13%").
        if (p.kind === 'change' && base && base.type !== 'quantity') {
          problems.push({ file, pointer: `/properties/${i}/of`, message: `a change property grows a quantity; "${String(p.of)}" is a ${String(base.type)} property` });
        }
      } else if (p.kind === 'change') {
        problems.push({ file, pointer: `/properties/${i}`, message: `a change property needs "of", the quantity property it is the growth of: without it no figure can be read as "${String(p.id)}"` });
      }
    });
    list(data, 'statements').forEach((s, i) => {
      if (isRecord(s)) checkStatement(s, file, `/statements/${i}`);
    });
  }
  return problems;

  function checkStatement(s: Rec, file: string, entry: string): void {
    entityRefs(s.subject, file, entry, 'subject');
    entityRefs(s.of, file, entry, 'of');
    if (s.parties !== undefined) entityRefs(s.parties, file, entry, 'parties');
    const object = s.object;
    if (isRecord(object)) {
      entityRef(object.office, file, entry, 'object/office', undefined, true);
      entityRef(object.of, file, entry, 'object/of');
    } else {
      entityRef(object, file, entry, 'object');
    }

    for (const field of DATE_FIELDS) {
      const v = s[field];
      if (typeof v === 'string' && !isValidDate(v)) problems.push({ file, pointer: `${entry}/${field}`, message: `invalid date ${v}` });
    }
    // A boundary known to the month or year spans it: "from 2021-02 to 2021" is a valid term.
    if (typeof s.from === 'string' && typeof s.to === 'string' && isValidDate(s.from) && isValidDate(s.to)
      && boundaryRange(s.from, precisionOf(s.fromPrecision), undefined).earliest > boundaryRange(s.to, precisionOf(s.toPrecision), undefined).latest) {
      problems.push({ file, pointer: `${entry}/from`, message: `from ${s.from} is after to ${s.to}` });
    }
    for (const [alt, day] of [['fromAlt', 'from'], ['toAlt', 'to']] as const) {
      const list = s[alt];
      if (!Array.isArray(list)) continue;
      if (typeof s[day] !== 'string') problems.push({ file, pointer: `${entry}/${alt}`, message: `${alt} gives other days for "${day}", which the statement does not have` });
      list.forEach((d, k) => {
        if (typeof d === 'string' && !isValidDate(d)) problems.push({ file, pointer: `${entry}/${alt}/${k}`, message: `invalid date ${d}` });
      });
    }
    for (const [precision, day] of [['fromPrecision', 'from'], ['toPrecision', 'to']] as const) {
      if (s[precision] !== undefined && typeof s[day] !== 'string') problems.push({ file, pointer: `${entry}/${precision}`, message: `${precision} qualifies "${day}", which the statement does not have` });
    }
    if (s.verified !== undefined && s.to !== null) problems.push({ file, pointer: `${entry}/verified`, message: 'verified dates an open term: it belongs on a statement with to: null' });
    if (typeof s.min === 'number' && typeof s.max === 'number' && s.min > s.max) problems.push({ file, pointer: `${entry}/min`, message: `min ${s.min} is above max ${s.max}` });
    if (typeof s.period === 'string') {
      const problem = periodProblem(s.period);
      if (problem) problems.push({ file, pointer: `${entry}/period`, message: problem });
    }

    const property = propertyRef(s.property, file, entry, 'property');
    if (property) checkShape(s, String(s.property), property.type, file, entry);
  }

  /** The value a statement needs for its property's kind. */
  function checkShape(s: Rec, propertyId: string, kind: unknown, file: string, at: string): void {
    const needs = (what: string, field: string): void => {
      problems.push({
        file,
        pointer: s[field] === undefined ? at : `${at}/${field}`,
        message: `statement for property "${propertyId}" (kind ${String(kind)}) needs ${what}`,
      });
    };
    if (kind === 'office') {
      const o = s.object;
      if (!isRecord(o) || typeof o.office !== 'string' || typeof o.of !== 'string') needs('an object {office, of}', 'object');
    } else if (typeof kind === 'string' && NUMERIC_KINDS.has(kind)) {
      // A value known only as "more than X" is a bound, not a point with a guessed tolerance.
      if (typeof s.value !== 'number' && typeof s.min !== 'number' && typeof s.max !== 'number') needs('a numeric value (or min / max bounds)', 'value');
      // An amount or count is positive and a share a percentage; a growth may be anything.
      for (const field of ['value', 'min', 'max'] as const) {
        const v = s[field];
        if (typeof v !== 'number') continue;
        if (kind === 'quantity' && v <= 0) problems.push({ file, pointer: `${at}/${field}`, message: `${field} ${v} of "${propertyId}" is not a positive amount` });
        if (kind === 'share' && (v < 0 || v > 100)) problems.push({ file, pointer: `${at}/${field}`, message: `${field} ${v} of "${propertyId}" is not a share between 0 and 100` });
      }
    } else if (kind === 'place') {
      if (typeof s.object !== 'string') needs('an object (the id of the place)', 'object');
    } else if (kind === 'date') {
      if (typeof s.date !== 'string' && typeof s.from !== 'string') needs('a date or from', 'date');
    }
  }
}

/**
 * Whether a name is one character once invisible characters and spaces are left out. Most names
 * start with two plain letters, which settles it without the two replacements (a large set has
 * 10^5 entities and several names each).
 */
function isOneLetter(w: string): boolean {
  if (w.length >= 2 && isPlainLetter(w.charCodeAt(0)) && isPlainLetter(w.charCodeAt(1))) return false;
  return w.replace(INVISIBLE_ALL, '').replace(/\s/gu, '').length === 1;
}

/** A Latin or Cyrillic letter without marks, or a digit: neither a space nor invisible. */
function isPlainLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0x410 && c <= 0x44f);
}

function collect(
  entries: unknown[],
  section: string,
  noun: string,
  typeKey: string,
  seen: Map<string, Defined>,
  file: string,
  problems: FactProblem[],
): void {
  entries.forEach((e, i) => {
    if (!isRecord(e) || typeof e.id !== 'string') return;
    const first = seen.get(e.id);
    if (first) {
      problems.push({ file, pointer: `/${section}/${i}/id`, message: `duplicate ${noun} id "${e.id}" (first defined in ${first.where})` });
    } else {
      seen.set(e.id, { where: `${file}#/${section}/${i}`, type: e[typeKey] });
    }
  });
}
