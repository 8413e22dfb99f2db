// The language packs checked against Unicode CLDR: month and weekday names, relative day words
// (calendar.json) and decimal and group separators (numbers.json). CLDR comes from the
// cldr-dates-full and cldr-numbers-full devDependencies and is read here only: factlint never
// loads it at run time. A pack may hold more than CLDR (case forms, regional spellings, dotted
// or undotted variants), so the check is inclusion, under the pack's own matching rule
// (rules/schema/calendar.schema.json: case-insensitive, ё read as е, a trailing dot ignored).
// A CLDR form a pack leaves out on purpose is listed in OMITTED with the reason.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { availableLangs, loadPack } from '../../src/language/pack.js';
import type { CalendarPack } from '../../src/language/calendar.js';
import type { NumbersPack } from '../../src/language/numbers.js';

type Names = Record<string, string>;
type Widths = { wide: Names; abbreviated: Names };
type Contexts = { format: Widths; 'stand-alone': Widths };
interface Gregorian {
  months: Contexts;
  days: Contexts;
}
/** CLDR's day field: relative-type--1 "yesterday", relative-type-0 "today", … */
type DayField = Record<string, string>;

const CONTEXTS = ['format', 'stand-alone'] as const;
/** Narrow forms ("J", "M") are single letters no text is read by, so they are not checked. */
const WIDTHS = ['wide', 'abbreviated'] as const;
/** CLDR's weekday keys in pack order (Monday first, ISO 8601). */
const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * CLDR forms a pack leaves out on purpose, by language and CLDR form (as CLDR writes it),
 * with the reason. Every entry must still be a CLDR form the pack lacks: a stale entry fails.
 */
const OMITTED: Record<string, Record<string, string>> = {
  en: {
    Sat: "'sat.' ends ordinary sentences ('she sat.')",
    Sun: "'sun.' ends ordinary sentences, and 'The Sun, May 8' names a newspaper",
  },
  de: {
    'Mo.': 'two-letter weekday abbreviations are as short as names next to a date (pack $comment)',
    'Di.': 'two-letter weekday abbreviations are as short as names next to a date (pack $comment)',
    'Mi.': 'two-letter weekday abbreviations are as short as names next to a date (pack $comment)',
    'Do.': 'two-letter weekday abbreviations are as short as names next to a date (pack $comment)',
    'Fr.': "'Fr.' is 'Frau'",
    'Sa.': 'two-letter weekday abbreviations are as short as names next to a date (pack $comment)',
    'So.': "'so.' ends ordinary sentences",
  },
  ru: {
    пн: 'two-letter weekday abbreviations belong to timetables, not news prose (pack $comment)',
    вт: "'Вт' is watts",
    ср: "'ср.' means 'compare'",
    чт: 'two-letter weekday abbreviations belong to timetables, not news prose (pack $comment)',
    пт: 'two-letter weekday abbreviations belong to timetables, not news prose (pack $comment)',
    сб: "'сб.' is a collection in citations",
    вс: "'ВС' is the Supreme Court or the armed forces ('ВС 8 мая отклонил…' would read as a Sunday)",
  },
  fr: {
    'mer.': "'la mer.' ends ordinary sentences (a dotted form keeps a sentence from ending there)",
    'jeu.': "'le jeu.' ends ordinary sentences (a dotted form keeps a sentence from ending there)",
  },
};

/** The pack's matching key (src/language/calendar.ts keyOf, plus runs of spaces as one). */
function keyOf(form: string): string {
  return form.trim().toLowerCase().replace(/ё/g, 'е').replace(/\.$/, '').replace(/\s+/g, ' ');
}

const require = createRequire(import.meta.url);

/** A CLDR file for a locale, or undefined when CLDR has no such locale. */
function cldrFile(pkg: string, lang: string, file: string): unknown {
  const root = dirname(require.resolve(`${pkg}/package.json`));
  const path = join(root, 'main', lang, `${file}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { main: Record<string, unknown> }).main[lang] : undefined;
}

function cldrCalendar(lang: string): { gregorian: Gregorian; day: DayField } | undefined {
  const ca = cldrFile('cldr-dates-full', lang, 'ca-gregorian') as { dates: { calendars: { gregorian: Gregorian } } } | undefined;
  const fields = cldrFile('cldr-dates-full', lang, 'dateFields') as { dates: { fields: { day: DayField } } } | undefined;
  return ca && fields ? { gregorian: ca.dates.calendars.gregorian, day: fields.dates.fields.day } : undefined;
}

function cldrSymbols(lang: string): { decimal: string; group: string } | undefined {
  const n = cldrFile('cldr-numbers-full', lang, 'numbers') as { numbers: Record<string, { decimal: string; group: string }> } | undefined;
  return n?.numbers['symbols-numberSystem-latn'];
}

/** "U+202F" for a character the eye cannot tell apart, the character itself otherwise. */
function showChar(c: string): string {
  return /^[\p{L}\p{N}\p{P}]$/u.test(c) ? `"${c}"` : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Every CLDR month, weekday and relative day form the pack lacks, one line each, naming the
 * slot, CLDR's context and width, and where the pack has the form instead if anywhere.
 */
function calendarDrift(lang: string, pack: CalendarPack, cldr: { gregorian: Gregorian; day: DayField }, omitted: Record<string, string> = {}): string[] {
  const drift: string[] = [];
  const skip = new Set(Object.keys(omitted).map(keyOf));
  const check = (what: 'months' | 'weekdays', groups: string[][], slot: number, label: string, form: string, source: string): void => {
    const key = keyOf(form);
    if (skip.has(key) || groups[slot]?.some((f) => keyOf(f) === key)) return;
    const elsewhere = groups.findIndex((forms) => forms.some((f) => keyOf(f) === key));
    const where = elsewhere >= 0 ? `, but the pack has it in ${what}[${elsewhere}]` : '';
    drift.push(`${lang} ${what}[${slot}] ${label}: CLDR ${source} "${form}" missing${where} (pack: ${JSON.stringify(groups[slot] ?? [])})`);
  };
  for (const context of CONTEXTS) {
    for (const width of WIDTHS) {
      const source = `${context} ${width}`;
      for (let m = 0; m < 12; m++) {
        check('months', pack.months, m, `month ${m + 1}`, cldr.gregorian.months[context][width][String(m + 1)]!, source);
      }
      DAY_KEYS.forEach((k, d) => check('weekdays', pack.weekdays, d, DAY_NAMES[d]!, cldr.gregorian.days[context][width][k]!, source));
    }
  }
  for (const [field, word] of Object.entries(cldr.day)) {
    const offset = /^relative-type-(-?\d+)$/.exec(field)?.[1];
    if (offset === undefined || skip.has(keyOf(word))) continue;
    const forms = pack.relative?.[offset] ?? [];
    if (!forms.some((f) => keyOf(f) === keyOf(word))) {
      drift.push(`${lang} relative[${offset}]: CLDR "${word}" missing (pack: ${JSON.stringify(forms)})`);
    }
  }
  return drift;
}

/** The decimal and group separators CLDR gives (latn digits) that the pack lacks. */
function numbersDrift(lang: string, pack: Pick<NumbersPack, 'decimal' | 'group'>, symbols: { decimal: string; group: string }): string[] {
  const drift: string[] = [];
  for (const kind of ['decimal', 'group'] as const) {
    if (!pack[kind].includes(symbols[kind])) {
      drift.push(`${lang} numbers ${kind}: CLDR ${showChar(symbols[kind])} missing (pack: ${pack[kind].map(showChar).join(' ') || 'none'})`);
    }
  }
  return drift;
}

describe('calendar.json against CLDR', () => {
  it('exists for fr, es and ky as well as en, ru, de and id', () => {
    expect(availableLangs('calendar')).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr', 'id', 'ky', 'ru']));
  });

  it.each(availableLangs('calendar'))('%s: every CLDR month, weekday and relative day form is in the pack', (lang) => {
    const cldr = cldrCalendar(lang);
    expect(cldr, `${lang}: CLDR has no gregorian calendar for this locale`).toBeDefined();
    expect(calendarDrift(lang, loadPack<CalendarPack>(lang, 'calendar')!, cldr!, OMITTED[lang])).toEqual([]);
  });

  it('ru keeps CLDR’s genitive month names (format wide: "21 мая")', () => {
    const cldr = cldrCalendar('ru')!;
    const months = loadPack<CalendarPack>('ru', 'calendar')!.months;
    expect(cldr.gregorian.months.format.wide['5']).toBe('мая');
    for (let m = 0; m < 12; m++) expect(months[m]).toContain(cldr.gregorian.months.format.wide[String(m + 1)]);
  });

  it('every OMITTED entry is still a CLDR form its pack lacks', () => {
    for (const [lang, forms] of Object.entries(OMITTED)) {
      const cldr = cldrCalendar(lang)!;
      const pack = loadPack<CalendarPack>(lang, 'calendar')!;
      const cldrKeys = new Set(
        CONTEXTS.flatMap((c) => WIDTHS.flatMap((w) => [...Object.values(cldr.gregorian.months[c][w]), ...Object.values(cldr.gregorian.days[c][w])])).map(keyOf),
      );
      const packKeys = new Set([...pack.months, ...pack.weekdays].flat().map(keyOf));
      for (const form of Object.keys(forms)) {
        expect(cldrKeys.has(keyOf(form)), `${lang}: "${form}" is not a CLDR form`).toBe(true);
        expect(packKeys.has(keyOf(form)), `${lang}: "${form}" is in the pack now; drop it from OMITTED`).toBe(false);
      }
    }
  });

  it('reports a missing form, a form in the wrong slot and a missing relative word, and matches as the pack does', () => {
    const cldr = cldrCalendar('en')!;
    const pack: CalendarPack = {
      months: [['JANUARY', 'Jan.'], ['February', 'Feb.', 'Mar'], ...Array.from({ length: 10 }, (_, i) => [cldr.gregorian.months.format.wide[String(i + 3)]!, cldr.gregorian.months.format.abbreviated[String(i + 3)]!])],
      weekdays: DAY_KEYS.map((k) => [cldr.gregorian.days.format.wide[k]!, cldr.gregorian.days.format.abbreviated[k]!]),
      relative: { '-1': ['yesterday'], '0': ['today'] },
    };
    pack.months[2] = ['March'];
    const drift = calendarDrift('en', pack, cldr);
    expect(drift.filter((d) => d.includes('months[2]'))).toEqual([
      'en months[2] month 3: CLDR format abbreviated "Mar" missing, but the pack has it in months[1] (pack: ["March"])',
      'en months[2] month 3: CLDR stand-alone abbreviated "Mar" missing, but the pack has it in months[1] (pack: ["March"])',
    ]);
    expect(drift).toContain('en relative[1]: CLDR "tomorrow" missing (pack: [])');
    expect(drift.some((d) => d.includes('months[0]'))).toBe(false); // "JANUARY" and "Jan." stand for "January" and "Jan"
    expect(calendarDrift('en', pack, cldr, { Mar: 'test', tomorrow: 'test' })).toEqual([]);
  });
});

describe('numbers.json against CLDR', () => {
  it.each(availableLangs('numbers'))('%s: CLDR’s decimal and group separators (latn) are the pack’s', (lang) => {
    const symbols = cldrSymbols(lang);
    expect(symbols, `${lang}: CLDR has no latn number symbols for this locale`).toBeDefined();
    expect(numbersDrift(lang, loadPack<NumbersPack>(lang, 'numbers')!, symbols!)).toEqual([]);
  });

  it('reports a missing separator by code point', () => {
    expect(numbersDrift('fr', { decimal: ['.'], group: [' '] }, cldrSymbols('fr')!)).toEqual([
      'fr numbers decimal: CLDR "," missing (pack: ".")',
      'fr numbers group: CLDR U+202F missing (pack: U+0020)',
    ]);
  });
});
