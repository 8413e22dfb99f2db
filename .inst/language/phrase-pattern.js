// How a data phrase ("рубл*", "first half") matches text, written as regex source. Dates and
// calendars build regexes from it; word lists (lexicon.ts) follow the same rules in a trie.
// Every quantifier is bounded, so no input can make these regexes backtrack badly.
/** Spaces allowed between the words of a phrase and around numbers: space, NBSP, thin spaces. */
export const GAP_CLASS = '[\\s\\u00A0\\u2009\\u202F]';
const WORD_GAP = `${GAP_CLASS}{1,3}`;
export function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
export function formText(spec) {
    return typeof spec === 'string' ? spec : spec.form;
}
// What a `*` adds: up to 8 characters that are not spaces, digits or punctuation. A negated
// small class rather than \p{L}: V8 builds a large case-folded table for every \p{L} in an
// `iu` regex, which made compiling the per-language alternations take hundreds of ms.
const STAR = '[^\\s\\d.,;:!?()\\[\\]{}"\'«»„“”‘’\\-–—/\\\\<>|@#$%^&*+=~`]{0,8}';
/**
 * Regex source of one data phrase. Words are separated by single spaces in the data and match
 * 1–3 spaces of any kind in text; a word ending in `*` takes up to 8 more letters (an inflection:
 * "рубл*" matches "рублей"); е matches ё; any apostrophe matches any other; a hyphen matches the
 * Unicode hyphens.
 */
export function phraseSource(phrase) {
    return phrase
        .trim()
        .split(/\s+/)
        .map((word) => {
        const star = word.length > 1 && word.endsWith('*');
        const body = star ? word.slice(0, -1) : word;
        const src = escapeRegex(body)
            .replace(/[её]/g, '[её]')
            .replace(/[ЕЁ]/g, '[ЕЁ]')
            .replace(/['’ʼ]/g, "['’ʼ]")
            .replace(/-/g, '[-‐‑]');
        return star ? `${src}${STAR}` : src;
    })
        .join(WORD_GAP);
}
