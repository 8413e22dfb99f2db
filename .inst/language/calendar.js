// Month and weekday words per language, from rules/lang/<lang>/calendar.json.
import { loadPack } from './pack.js';
import { escapeRegex } from './phrase-pattern.js';
const indexes = new Map();
/** Lookup key: lowercase, ё→е, trailing dot dropped ("Янв." and "янв" are one key). */
function keyOf(word) {
    return word.trim().toLowerCase().replace(/ё/g, 'е').replace(/\.$/, '');
}
/** Regex source for one form: escaped; е also matches ё, and ' any apostrophe, as printed text varies. */
function formSource(form) {
    return escapeRegex(form).replace(/е/g, '[её]').replace(/['’ʼ]/g, "['’ʼ]");
}
/** Alternation of all forms, longest first so "January" wins over "Jan." and "Jan." over "Jan". */
function alternation(groups) {
    const forms = [...new Set(groups.flat())];
    forms.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    return forms.map(formSource).join('|');
}
function indexOf(groups) {
    const map = new Map();
    groups.forEach((forms, i) => {
        for (const f of forms)
            if (!map.has(keyOf(f)))
                map.set(keyOf(f), i + 1);
    });
    return map;
}
function calendarIndex(lang) {
    const code = lang.toLowerCase();
    if (indexes.has(code))
        return indexes.get(code);
    const pack = loadPack(code, 'calendar');
    let idx;
    if (pack) {
        const relative = new Map();
        for (const [offset, words] of Object.entries(pack.relative ?? {})) {
            for (const w of words)
                relative.set(keyOf(w), Number(offset));
        }
        idx = {
            months: indexOf(pack.months),
            weekdays: indexOf(pack.weekdays),
            relative,
            monthSource: alternation(pack.months),
            weekdaySource: alternation(pack.weekdays),
        };
    }
    indexes.set(code, idx);
    return idx;
}
/** The raw calendar data for a language, or undefined when there is none. */
export function calendarPack(lang) {
    return loadPack(lang, 'calendar');
}
/** Month number 1..12 for a printed month word ("мая", "Jänner", "Okt", "Sept."), else undefined. */
export function monthIndex(lang, word) {
    return calendarIndex(lang)?.months.get(keyOf(word));
}
/** ISO weekday 1 = Monday .. 7 = Sunday for a printed weekday word ("пятницу", "Jum'at"), else undefined. */
export function weekdayIndex(lang, word) {
    const idx = calendarIndex(lang);
    if (!idx)
        return undefined;
    const key = keyOf(word);
    return idx.weekdays.get(key) ?? idx.weekdays.get(key.replace(/[’ʼ]/g, "'"));
}
/** Day offset from the article date for a relative word ("вчера" → -1, "hari ini" → 0), else undefined. */
export function relativeDayOffset(lang, word) {
    return calendarIndex(lang)?.relative.get(keyOf(word).replace(/\s+/g, ' '));
}
/**
 * Regex sources (no groups, no anchors) for the month and weekday alternations of a language,
 * longest form first. Use them with the `iu` flags and add your own boundaries, e.g.
 * `(?<![\p{L}\p{N}])(?:${month})(?![\p{L}])` — `\b` does not work for Cyrillic. Forms with a
 * trailing dot include it, so "Jan." is matched with its dot. Undefined when the language has
 * no calendar data.
 */
export function calendarPattern(lang) {
    const idx = calendarIndex(lang);
    return idx ? { month: idx.monthSource, weekday: idx.weekdaySource } : undefined;
}
