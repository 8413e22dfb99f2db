// Publication date printed at the top of an article: "21 мая 2024", "date 2025-11-25 …",
// "12. Oktober 2023", "October 12, 2023", "12.10.2023".
import type { Span } from '../types.js';
import { availableLangs } from '../language/pack.js';
import { calendarPattern, monthIndex } from '../language/calendar.js';
import { formatDate } from './dates.js';

export interface Dateline {
  date: string;
  span: Span;
}

/** How many non-empty lines from the body start are searched. */
const MAX_LINES = 5;
/**
 * Text allowed before the date on its line: a label, weekday or place ("date", "Published:",
 * "Senin,", "BISHKEK,"). A date after more text sits in a sentence and is about something
 * else ("signed on 12 October 2003").
 */
const MAX_PREFIX_CHARS = 40;
const MAX_PREFIX_WORDS = 4;
const FOUR_DIGITS = /\d{4}/;

interface Matcher {
  re: RegExp;
  /** Month word of a match, if any; the numeric group order otherwise. */
  read: (m: RegExpExecArray, lang: string | undefined) => string | undefined;
}

const matchers = new Map<string, Matcher[]>();

function monthOf(word: string, langs: string[]): number | undefined {
  for (const l of langs) {
    const n = monthIndex(l, word);
    if (n !== undefined) return n;
  }
  return undefined;
}

function langsFor(lang: string | undefined): string[] {
  const all = availableLangs('calendar');
  return lang && all.includes(lang) ? [lang, ...all.filter((l) => l !== lang)] : all;
}

/**
 * Patterns for a language (month words of every known language, the article's first). Exported
 * for the test that holds every pattern to a four-digit year, which the line screen relies on.
 */
export function matchersFor(lang: string | undefined): Matcher[] {
  const key = lang ?? '';
  const cached = matchers.get(key);
  if (cached) return cached;
  const langs = langsFor(lang);
  const month = langs.map((l) => calendarPattern(l)?.month).filter(Boolean).join('|');
  const B = '(?<![\\p{L}\\p{N}])';
  const E = '(?![\\p{L}\\p{N}])';
  const year = '(\\d{4})(?!\\d)';
  const list: Matcher[] = [
    // 2023-10-12
    { re: new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, 'u'), read: (m) => formatDate(+m[1]!, +m[2]!, +m[3]!) },
    // 12.10.2023 (day first: the order of every language served here)
    { re: new RegExp(`${B}(\\d{1,2})\\.(\\d{1,2})\\.${year}`, 'u'), read: (m) => formatDate(+m[3]!, +m[2]!, +m[1]!) },
  ];
  if (month) {
    const mon = `(${month})(?![\\p{L}])`;
    // 21 мая 2024, 12. Oktober 2023, 13 Okt 2023
    list.push({
      re: new RegExp(`${B}(\\d{1,2})\\.?[ \\t\\u00A0]+${mon}[ \\t\\u00A0]*,?[ \\t\\u00A0]+${year}`, 'iu'),
      read: (m) => {
        const mo = monthOf(m[2]!, langs);
        return mo ? formatDate(+m[3]!, mo, +m[1]!) : undefined;
      },
    });
    // October 12, 2023
    list.push({
      re: new RegExp(`${B}${mon}[ \\t\\u00A0]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t\\u00A0]+${year}`, 'iu'),
      read: (m) => {
        const mo = monthOf(m[1]!, langs);
        return mo ? formatDate(+m[3]!, mo, +m[2]!) : undefined;
      },
    });
  }
  matchers.set(key, list);
  return list;
}

function isDatelinePrefix(prefix: string): boolean {
  const p = prefix.trim();
  if (p === '') return true;
  if (p.length > MAX_PREFIX_CHARS || p.split(/\s+/u).length > MAX_PREFIX_WORDS) return false;
  if (/[.!?…](?:\s|$)/u.test(p)) return false; // a sentence ended before the date
  // A label or place ends in a separator ("Berlin,", "Stand:", "Senin, |"); a lone word is a
  // label ("date"). Words running into the date ("Министры встретились 21 мая") are a sentence.
  return /[,:;|/·–—-]$/u.test(p) || !/\s/u.test(p);
}

/**
 * The first date near the start of one of the first non-empty lines from `from` (the body
 * start), in any of the formats above; month words from rules/lang/<lang>/calendar.json,
 * the article's language tried first. Undefined when none (or only impossible dates) is found.
 */
export function findDateline(text: string, from = 0, lang?: string): Dateline | undefined {
  const lineRe = /[^\r\n]*/y;
  let pos = from;
  let seen = 0;
  while (pos < text.length && seen < MAX_LINES) {
    lineRe.lastIndex = pos;
    const fullLine = lineRe.exec(text)![0];
    // Only the head of a line can hold a dateline; cutting it keeps huge one-line files cheap.
    const line = fullLine.slice(0, MAX_PREFIX_CHARS + 60);
    const lineStart = pos;
    pos += fullLine.length;
    // skip the line break (CRLF counts once)
    if (text.charCodeAt(pos) === 13 && text.charCodeAt(pos + 1) === 10) pos += 2;
    else if (pos < text.length) pos += 1;
    if (fullLine.trim() === '') continue;
    seen++;
    // Every format has a four-digit year: a line without one is passed over without running the
    // patterns (the month patterns hold every language's month names, case-folded).
    if (!FOUR_DIGITS.test(line)) continue;
    let best: Dateline | undefined;
    let bestIndex = Infinity;
    for (const { re, read } of matchersFor(lang)) {
      const m = re.exec(line);
      if (!m || m.index >= bestIndex) continue;
      if (!isDatelinePrefix(line.slice(0, m.index).replace(/^[#>*\s]+/u, ''))) continue;
      const date = read(m, lang);
      if (!date) continue;
      best = { date, span: { start: lineStart + m.index, end: lineStart + m.index + m[0].length } };
      bestIndex = m.index;
    }
    if (best) return best;
  }
  return undefined;
}
