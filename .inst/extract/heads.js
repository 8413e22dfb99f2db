import { grammarOf } from './grammar.js';
const SPLIT = /[\s\u00a0]+/u;
export function headsOf(e, lang) {
    const names = e.names?.[lang] ?? [];
    const position = grammarOf(lang).headPosition ?? 'first';
    const short = new Set(names.filter((n) => !SPLIT.test(n)).map((n) => n.toLowerCase()));
    const heads = new Set();
    for (const name of names) {
        const words = name.split(SPLIT).filter(Boolean);
        if (words.length < 2)
            continue;
        const rest = words.filter((w) => !short.has(w.toLowerCase()));
        if (rest.length > 0 && rest.length < words.length)
            heads.add(rest.join(' '));
        else if (rest.length === words.length) {
            const w = position === 'last' ? words[words.length - 1] : words[0];
            if (/^\p{Ll}/u.test(w) || lang === 'de')
                heads.add(w);
        }
    }
    return [...heads];
}
/** Pseudo-entities whose names are the heads, for a NameMatcher over heads. */
export function headEntities(entities, hasPlace, langs) {
    const out = [];
    for (const e of entities) {
        if (!hasPlace(e.id) || e.type === 'country' || e.type === 'city' || e.type === 'region')
            continue;
        const names = {};
        for (const l of langs) {
            const h = headsOf(e, l);
            if (h.length)
                names[l] = h;
        }
        if (Object.keys(names).length)
            out.push({ id: e.id, type: `head:${e.type}`, names });
    }
    return out;
}
