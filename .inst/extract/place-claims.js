import { grammarOf } from './grammar.js';
import { foldWord } from './tokens.js';
const PLACE_TYPES = new Set(['country', 'region', 'city']);
const cueCache = new Map();
function cuesOf(lang) {
    let c = cueCache.get(lang);
    if (!c)
        cueCache.set(lang, (c = (grammarOf(lang).placeIn ?? []).map((p) => foldWord(p).split(/\s+/u)).sort((a, b) => b.length - a.length)));
    return c;
}
export function extractPlaceClaims(ctx) {
    const out = [];
    const keys = ctx.tokens.map((t) => t.key);
    const articles = new Set(grammarOf(ctx.lang).articles.map(foldWord));
    const byStart = new Map();
    for (const m of ctx.mentions)
        if (!byStart.has(m.tokenStart))
            byStart.set(m.tokenStart, m);
    const named = ctx.mentions.filter((m) => !PLACE_TYPES.has(m.entityType) && ctx.locatable(m.entityId));
    // A head inside a name of its own entity ("summit" in "CIS summit") is that name again.
    const heads = ctx.heads.filter((h) => !named.some((m) => m.entityId === h.entityId && m.span.start <= h.span.start && m.span.end >= h.span.end));
    const seen = new Set();
    for (const x of [...named, ...heads]) {
        for (const cue of cuesOf(ctx.lang)) {
            if (!cue.every((w, i) => keys[x.tokenEnd + i] === w))
                continue;
            let j = x.tokenEnd + cue.length;
            while (j < keys.length && articles.has(keys[j]))
                j++;
            const y = byStart.get(j);
            if (y && PLACE_TYPES.has(y.entityType) && y.form === 'name' && y.entityId !== x.entityId && !seen.has(`${x.entityId}\u0000${y.entityId}\u0000${y.span.start}`)) {
                seen.add(`${x.entityId}\u0000${y.entityId}\u0000${y.span.start}`);
                out.push({ kind: 'place', subject: x.entityId, place: y.entityId, span: { start: x.span.start, end: y.span.end }, placeSpan: y.span, lang: ctx.lang });
            }
            break;
        }
    }
    return out;
}
