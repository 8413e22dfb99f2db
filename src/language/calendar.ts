// Month and weekday words per language, from rules/lang/<lang>/calendar.json.
import { loadPack, perLanguage } from './pack.js';
import { escapeRegex } from './phrase-pattern.js';

/** Shape of rules/lang/<lang>/calendar.json (schema: rules/schema/calendar.schema.json). */
export interface CalendarPack {
  /** 12 arrays, January first: every printed form of the month. */
  months: string[][];
  /** 7 arrays, Monday first: every printed form of the weekday. */
  weekdays: string[][];
  /** Relative day words keyed by day offset ("-1" yesterday, "0" today, "1" tomorrow). */
  relative?: Record<string, string[]>;
}

interface CalendarIndex {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  relative: Map<string, number>;
  monthSource: string;
  /** Weekday forms, longest first, with their ISO weekday. */
  weekdayForms: Array<{ form: string; weekday: number }>;
}

/** Lookup key: lowercase, ё→е, trailing dot dropped ("Янв." and "янв" are one key). */
function keyOf(word: string): string {
  return word.trim().toLowerCase().replace(/ё/g, 'е').replace(/\.$/, '');
}


/** Regex source for one form: escaped; е also matches ё, and ' any apostrophe, as printed text varies. */
function formSource(form: string): string {
  return escapeRegex(form).replace(/е/g, '[её]').replace(/['’ʼ]/g, "['’ʼ]");
}

/** Every form once, longest first so "January" wins over "Jan." and "Jan." over "Jan". */
function longestFirst(groups: string[][]): string[] {
  const forms = [...new Set(groups.flat())];
  return forms.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** Alternation of all forms, longest first. */
function alternation(groups: string[][]): string {
  return longestFirst(groups).map(formSource).join('|');
}

function indexOf(groups: string[][]): Map<string, number> {
  const map = new Map<string, number>();
  groups.forEach((forms, i) => {
    for (const f of forms) if (!map.has(keyOf(f))) map.set(keyOf(f), i + 1);
  });
  return map;
}

const calendarIndex = perLanguage(buildCalendarIndex);

function buildCalendarIndex(code: string): CalendarIndex | undefined {
  const pack = loadPack<CalendarPack>(code, 'calendar');
  let idx: CalendarIndex | undefined;
  if (pack) {
    const relative = new Map<string, number>();
    for (const [offset, words] of Object.entries(pack.relative ?? {})) {
      for (const w of words) relative.set(keyOf(w), Number(offset));
    }
    const weekdays = indexOf(pack.weekdays);
    idx = {
      months: indexOf(pack.months),
      weekdays,
      relative,
      monthSource: alternation(pack.months),
      weekdayForms: longestFirst(pack.weekdays).map((form) => ({ form, weekday: weekdays.get(keyOf(form))! })),
    };
  }
  return idx;
}

/** The raw calendar data for a language, or undefined when there is none. */
export function calendarPack(lang: string): CalendarPack | undefined {
  return loadPack<CalendarPack>(lang, 'calendar');
}

/** Month number 1..12 for a printed month word ("мая", "Jänner", "Okt", "Sept."), else undefined. */
export function monthIndex(lang: string, word: string): number | undefined {
  return calendarIndex(lang)?.months.get(keyOf(word));
}

/** Day offset from the article date for a relative word ("вчера" → -1, "hari ini" → 0), else undefined. */
export function relativeDayOffset(lang: string, word: string): number | undefined {
  return calendarIndex(lang)?.relative.get(keyOf(word).replace(/\s+/g, ' '));
}

/**
 * Regex source (no groups, no anchors) for the month alternation of a language, longest form
 * first. Use it with the `iu` flags and add your own boundaries, e.g.
 * `(?<![\p{L}\p{N}])(?:${month})(?![\p{L}])` — `\b` does not work for Cyrillic. Forms with a
 * trailing dot include it, so "Jan." is matched with its dot. Undefined when the language has
 * no calendar data.
 */
export function calendarPattern(lang: string): { month: string } | undefined {
  const idx = calendarIndex(lang);
  return idx ? { month: idx.monthSource } : undefined;
}

/**
 * The weekday forms of a language, longest first (the order an alternation of them would
 * try), each with its ISO weekday; empty when the language has no calendar data.
 */
export function weekdayForms(lang: string): ReadonlyArray<{ form: string; weekday: number }> {
  return calendarIndex(lang)?.weekdayForms ?? [];
}
