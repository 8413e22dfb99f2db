// Per-language grammar data (rules/lang/<lang>/grammar.json) and the inflection rule derived from it.
import { loadPack } from '../language/pack.js';
const EMPTY = {
    inflection: { tails: ['s'], minStem: 3 },
    nameJoiners: [], possessive: [], and: [], listSeparators: [','], articles: [],
    qualifiers: { former: [], then: [], acting: [], future: [] },
    predicateCues: [],
};
/** Grammar of a language; a language with no pack gets a neutral one (names match as written). */
export function grammarOf(lang) {
    return loadPack(lang, 'grammar') ?? EMPTY;
}
const inflections = new Map();
export function inflectionOf(lang) {
    let inf = inflections.get(lang);
    if (inf)
        return inf;
    const rule = grammarOf(lang).inflection;
    const minStem = rule.minStem ?? 3;
    const strip = [...(rule.stripEndings ?? [])].sort((a, b) => b.length - a.length);
    const tails = new Set((rule.tails ?? []).map((t) => t.replace(/’/g, "'").toLowerCase()));
    const chars = rule.tailChars ? new Set(rule.tailChars) : undefined;
    const maxTail = Math.max(rule.maxTail ?? 0, ...[...tails].map((t) => t.length), 0);
    inf = {
        stem(word) {
            for (const e of strip)
                if (word.endsWith(e) && word.length - e.length >= minStem)
                    return word.slice(0, -e.length);
            return word;
        },
        allows(tail) {
            if (tail === '')
                return true;
            if (tails.has(tail))
                return true;
            if (chars && tail.length <= (rule.maxTail ?? 0)) {
                for (const c of tail)
                    if (!chars.has(c))
                        return false;
                return true;
            }
            return false;
        },
        maxTail,
    };
    inflections.set(lang, inf);
    return inf;
}
