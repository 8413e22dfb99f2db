// Language of an article when nothing says it: file-name suffix, then a cheap detector.
//
// Order used by parseDocument (first that gives a code wins):
//   1. front matter `lang:`   — the author's own statement about this file;
//   2. the --lang option       — the user's statement about the whole run;
//   3. file-name suffix        — "talks.ru.md", a repository convention;
//   4. detectLanguage(text)    — script and stopword counts, en/ru/de/id only.
// Detection libraries are poor on short, name-heavy news text (see DESIGN.md), so the
// detector only answers when the evidence is clear and returns undefined otherwise.
import { basename } from 'node:path';
import { availableLangs } from '../language/pack.js';
// ISO 639-1 codes, so that "notes.md.txt" or "app.js.md" are not read as languages.
const ISO_639_1 = new Set(('aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu '
    + 'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn '
    + 'ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os '
    + 'pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw '
    + 'ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '));
/**
 * Language code from a file name like "name.ru.md" or "name.de.txt": the second-to-last
 * dot-separated part when it is an ISO 639-1 code, or a 3-letter code we have rules for.
 */
export function langFromFileName(path) {
    const parts = basename(path).split('.');
    if (parts.length < 3)
        return undefined;
    const code = parts[parts.length - 2].toLowerCase();
    if (ISO_639_1.has(code))
        return code;
    if (/^[a-z]{3}$/.test(code) && availableLangs('calendar').includes(code))
        return code;
    return undefined;
}
// Frequent function words unique to one of the four languages (shared ones such as "in",
// "die"/"was" in English, "di" in Italian-looking names are left out).
const STOPWORDS = {
    en: ['the', 'and', 'of', 'is', 'to', 'that', 'for', 'with', 'on', 'are', 'was', 'by', 'as', 'it', 'this', 'from', 'has', 'have', 'will', 'its', 'at', 'be'],
    de: ['der', 'die', 'und', 'ist', 'nicht', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'zu', 'mit', 'sich', 'auf', 'für', 'von', 'im', 'sind', 'wird', 'wurde', 'auch', 'nach', 'bei'],
    id: ['yang', 'dan', 'di', 'dengan', 'ini', 'itu', 'untuk', 'dari', 'dalam', 'pada', 'tidak', 'akan', 'adalah', 'ke', 'oleh', 'juga', 'tersebut', 'telah', 'para', 'sebagai'],
};
const WORD_LANG = new Map();
for (const [lang, words] of Object.entries(STOPWORDS))
    for (const w of words)
        WORD_LANG.set(w, lang);
/** Characters looked at: enough for a verdict, bounded so huge files cost nothing extra. */
const SAMPLE = 20_000;
/** Stopword hits the winner needs, and how far ahead of the runner-up it must be. */
const MIN_HITS = 3;
const MIN_RATIO = 1.5;
/** en, ru, de or id from the text itself; undefined when unclear or another language. */
export function detectLanguage(text, from = 0) {
    const sample = text.slice(from, from + SAMPLE);
    let cyrillic = 0;
    let latin = 0;
    for (const m of sample.matchAll(/\p{L}/gu)) {
        const c = m[0].codePointAt(0);
        if (c >= 0x400 && c <= 0x52f)
            cyrillic++;
        else if (c < 0x250 || (c >= 0x1e00 && c <= 0x1eff))
            latin++;
    }
    if (cyrillic + latin < 20)
        return undefined;
    if (cyrillic > latin)
        return 'ru';
    const hits = { en: 0, de: 0, id: 0 };
    for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
        const lang = WORD_LANG.get(m[0]);
        if (lang)
            hits[lang]++;
    }
    const ranked = Object.entries(hits).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [first, second] = ranked;
    if (first[1] < MIN_HITS || first[1] < second[1] * MIN_RATIO)
        return undefined;
    return first[0];
}
